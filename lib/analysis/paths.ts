// How two nodes are connected through the chosen kinds of ties, and which nodes lie within k steps of one.
//
// Reachability ignores direction: a membership, a dependency or a deployment links its two ends both ways, since
// "how is A connected to B" asks about ties, not flows. Ties that no longer hold (withdrawn memberships, ended
// conflicts, see tie-rules.ts) are skipped unless `includeEnded` is set. Results do not depend on the order ties were
// added: neighbours are visited in key order, and when several ties link a pair the one with the smallest key is used.
import { TIE_KINDS, type TieKind } from '@/lib/data/tie-kinds';
import { idRecordFrom } from '@/lib/graph/id-record';
import type { EdgeAttributes, EntenteGraph } from '@/lib/graph/types';
import { byKey, isLiveTie } from './tie-rules';

export type PathOptions = {
  kinds: readonly TieKind[];
  includeEnded: boolean;
  /** Only friendly ties: no conflicts and no invasions (a path of cooperation, not of hostility). */
  friendlyOnly: boolean;
};

export const DEFAULTS: PathOptions = { kinds: TIE_KINDS, includeEnded: false, friendlyOnly: false };

/** Ties that are hostile by nature: a conflict of any status, a deployment that is an invasion. */
export function isHostileTie(attributes: Pick<EdgeAttributes, 'kind' | 'subtype'>): boolean {
  return attributes.kind === 'conflict' || (attributes.kind === 'deployment' && attributes.subtype === 'invasion');
}

export type Hop = {
  from: string;
  to: string;
  edgeKey: string;
  kind: TieKind;
  subtype: string | null;
  status: EdgeAttributes['status'];
  /** The tie's own name where it has one ("Treaty of Friendship … (1997)", "Russian 102nd military base, Gyumri"). */
  label: string | null;
  /** 'forward' when the tie points from `from` to `to`, 'backward' when it points the other way, 'undirected' otherwise. */
  direction: 'forward' | 'backward' | 'undirected';
};

/** For each node, its neighbours through the chosen ties, sorted, each with the smallest key of the ties linking them. */
function adjacency(graph: EntenteGraph, options: PathOptions): Map<string, [string, string][]> {
  const kinds = new Set(options.kinds);
  const best = new Map<string, Map<string, string>>();
  const note = (a: string, b: string, key: string) => {
    const row = best.get(a) ?? new Map<string, string>();
    const current = row.get(b);
    if (current === undefined || byKey(key, current) < 0) row.set(b, key);
    best.set(a, row);
  };
  graph.forEachEdge((key, attributes, source, target) => {
    if (!kinds.has(attributes.kind) || (!options.includeEnded && !isLiveTie(attributes))) return;
    if (options.friendlyOnly && isHostileTie(attributes)) return;
    note(source, target, key);
    note(target, source, key);
  });
  const result = new Map<string, [string, string][]>();
  for (const [node, row] of best)
    result.set(
      node,
      [...row].sort((x, y) => byKey(x[0], y[0])),
    );
  return result;
}

function assertNode(graph: EntenteGraph, node: string) {
  if (!graph.hasNode(node)) throw new Error(`lib/analysis/paths: unknown node "${node}"`);
}

function hop(graph: EntenteGraph, from: string, to: string, edgeKey: string): Hop {
  const attributes = graph.getEdgeAttributes(edgeKey);
  const direction = !attributes.directed ? 'undirected' : graph.source(edgeKey) === from ? 'forward' : 'backward';
  return { from, to, edgeKey, kind: attributes.kind, subtype: attributes.subtype, status: attributes.status, label: attributes.label ?? null, direction };
}

/** A shortest path (fewest ties) from `from` to `to`, one hop per tie; [] when from === to; null when none exists. */
export function shortestPath(graph: EntenteGraph, from: string, to: string, options?: Partial<PathOptions>): Hop[] | null {
  assertNode(graph, from);
  assertNode(graph, to);
  if (from === to) return [];
  const neighbours = adjacency(graph, { ...DEFAULTS, ...options });
  const reachedBy = new Map<string, { previous: string; edgeKey: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0 && !seen.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const [neighbour, edgeKey] of neighbours.get(node) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        reachedBy.set(neighbour, { previous: node, edgeKey });
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;
  const hops: Hop[] = [];
  for (let node = to; node !== from;) {
    const step = reachedBy.get(node)!;
    hops.push(hop(graph, step.previous, node, step.edgeKey));
    node = step.previous;
  }
  return hops.reverse();
}

export type ShortestPaths = {
  /** Up to `limit` shortest paths, each one hop per tie, in key order of the nodes they pass through. */
  paths: Hop[][];
  /** How many shortest paths there are in all (may exceed paths.length). */
  total: number;
};

/**
 * Every shortest path (fewest ties) from `from` to `to`, up to `limit` of them; paths differ by the nodes they pass
 * through (between two nodes, the tie with the smallest key is the hop). `null` when none exists.
 */
export function allShortestPaths(graph: EntenteGraph, from: string, to: string, options?: Partial<PathOptions>, limit = 10): ShortestPaths | null {
  assertNode(graph, from);
  assertNode(graph, to);
  if (from === to) return { paths: [[]], total: 1 };
  const neighbours = adjacency(graph, { ...DEFAULTS, ...options });
  const distance = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  const previous = new Map<string, [string, string][]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    const step = distance.get(frontier[0]!)! + 1;
    for (const node of frontier) {
      for (const [neighbour, edgeKey] of neighbours.get(node) ?? []) {
        const known = distance.get(neighbour);
        if (known === undefined) {
          distance.set(neighbour, step);
          next.push(neighbour);
        } else if (known !== step) continue;
        previous.set(neighbour, [...(previous.get(neighbour) ?? []), [node, edgeKey]]);
        count.set(neighbour, (count.get(neighbour) ?? 0) + count.get(node)!);
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return null;
  // Walk back from `to` over the predecessors, in key order, until `limit` paths are found.
  const paths: Hop[][] = [];
  const walk = (node: string, suffix: Hop[]) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push(suffix);
      return;
    }
    const before = [...(previous.get(node) ?? [])].sort((x, y) => byKey(x[0], y[0]));
    for (const [prior, edgeKey] of before) walk(prior, [hop(graph, prior, node, edgeKey), ...suffix]);
  };
  walk(to, []);
  paths.sort((x, y) => {
    for (let i = 0; i < x.length; i++) {
      const c = byKey(x[i]!.to, y[i]!.to);
      if (c !== 0) return c;
    }
    return 0;
  });
  return { paths, total: count.get(to)! };
}

/** Every node within `k` ties of `node` (k ≥ 0), with its distance in ties; the node itself is at 0. */
export function withinSteps(graph: EntenteGraph, node: string, k: number, options?: Partial<PathOptions>): Record<string, number> {
  assertNode(graph, node);
  if (!Number.isInteger(k) || k < 0) throw new Error(`lib/analysis/paths: k must be a non-negative integer, got ${k}`);
  const neighbours = adjacency(graph, { ...DEFAULTS, ...options });
  const distances = new Map([[node, 0]]);
  let frontier = [node];
  for (let distance = 1; distance <= k && frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const [neighbour] of neighbours.get(current) ?? []) {
        if (distances.has(neighbour)) continue;
        distances.set(neighbour, distance);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return idRecordFrom(distances);
}
