// Structural balance between states: a signed network of friends and adversaries, its balanced and unbalanced triads.
//
// Signs, between states only, as ties stand on the view's date:
// - positive: an alliance in force, or membership of a common organization (both founder, member, frozen or
//   suspended: observers and partners are not members);
// - negative: a conflict that is active, in ceasefire or frozen (ended conflicts and peace agreements are not);
// - a pair with both a positive and a negative relation is negative: fighting outweighs a shared treaty or
//   organization (Armenia and Azerbaijan, both in the CIS, count as adversaries).
// A triad is three states related pairwise; it is balanced when the product of its three signs is positive
// (+ + +: friends of friends are friends; + − −: the enemy of my enemy is my friend).
import type { SerializedGraph } from 'graphology-types';
import { idRecord } from '@/lib/graph/id-record';
import type { EntenteGraph } from '@/lib/graph/types';
import { byKey, IN_STATUSES, isFriendlyTie, isHostileTie } from './tie-rules';

export type Sign = 1 | -1;

export type SignedTie = {
  a: string;
  b: string;
  sign: Sign;
  /** Keys of the alliance ties in force between them. */
  alliances: string[];
  /** Organizations both are members of. */
  organizations: string[];
  /** Keys of the hostile conflict ties between them. */
  conflicts: string[];
};

export type SignedAdjacency = Map<string, Map<string, SignedTie>>;

export type TriadCount = { balanced: number; unbalanced: number };

export type BalanceResult = TriadCount & {
  /** balanced / (balanced + unbalanced); null without triads. */
  ratio: number | null;
  /** For every state, the triads it belongs to. */
  byState: Record<string, TriadCount>;
  /** The unbalanced triads, each as three sorted state keys, in key order. */
  unbalancedTriads: [string, string, string][];
};

function isState(graph: EntenteGraph, node: string): boolean {
  return graph.getNodeAttribute(node, 'kind') === 'state';
}

export function signedAdjacency(graph: EntenteGraph): SignedAdjacency {
  const adjacency: SignedAdjacency = new Map();
  const relation = (x: string, y: string): SignedTie => {
    const [a, b] = byKey(x, y) <= 0 ? [x, y] : [y, x];
    let tie = adjacency.get(a)?.get(b);
    if (!tie) {
      tie = { a, b, sign: 1, alliances: [], organizations: [], conflicts: [] };
      for (const [p, q] of [
        [a, b],
        [b, a],
      ] as const) {
        const row = adjacency.get(p) ?? new Map<string, SignedTie>();
        row.set(q, tie);
        adjacency.set(p, row);
      }
    }
    return tie;
  };

  const membersOf = new Map<string, string[]>();
  graph.forEachEdge((key, tie, source, target) => {
    if (tie.kind === 'membership') {
      if (!IN_STATUSES.has(tie.status) || !isState(graph, source)) return;
      const members = membersOf.get(target) ?? [];
      members.push(source);
      membersOf.set(target, members);
      return;
    }
    if (source === target || !isState(graph, source) || !isState(graph, target)) return;
    if (isFriendlyTie(tie)) relation(source, target).alliances.push(key);
    if (isHostileTie(tie)) relation(source, target).conflicts.push(key);
  });
  for (const [org, members] of membersOf) {
    const unique = [...new Set(members)].sort(byKey);
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) relation(unique[i]!, unique[j]!).organizations.push(org);
    }
  }
  for (const row of adjacency.values()) {
    for (const tie of row.values()) {
      tie.sign = tie.conflicts.length > 0 ? -1 : 1;
      tie.alliances.sort(byKey);
      tie.organizations.sort(byKey);
      tie.conflicts.sort(byKey);
    }
  }
  return adjacency;
}

/** Every signed pair of states, sorted by (a, b) with a < b. */
export function signedNetwork(graph: EntenteGraph): SignedTie[] {
  const ties: SignedTie[] = [];
  for (const [node, row] of signedAdjacency(graph)) {
    for (const [other, tie] of row) if (byKey(node, other) < 0) ties.push(tie);
  }
  return ties.sort((x, y) => byKey(x.a, y.a) || byKey(x.b, y.b));
}

/** Balanced and unbalanced triads, overall and per state. */
export function triadBalance(graph: EntenteGraph, adjacency: SignedAdjacency = signedAdjacency(graph)): BalanceResult {
  const byState = idRecord<TriadCount>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'state') byState[node] = { balanced: 0, unbalanced: 0 };
  });
  const result: BalanceResult = { balanced: 0, unbalanced: 0, ratio: null, byState, unbalancedTriads: [] };
  const nodes = [...adjacency.keys()].sort(byKey);
  for (const a of nodes) {
    const rowA = adjacency.get(a)!;
    const later = [...rowA.keys()].filter((b) => byKey(a, b) < 0).sort(byKey);
    for (let i = 0; i < later.length; i++) {
      const b = later[i]!;
      const rowB = adjacency.get(b)!;
      for (let j = i + 1; j < later.length; j++) {
        const c = later[j]!;
        const bc = rowB.get(c);
        if (!bc) continue;
        const balanced = rowA.get(b)!.sign * rowA.get(c)!.sign * bc.sign > 0;
        const field = balanced ? 'balanced' : 'unbalanced';
        result[field]++;
        for (const state of [a, b, c]) byState[state]![field]++;
        if (!balanced) result.unbalancedTriads.push([a, b, c]);
      }
    }
  }
  const total = result.balanced + result.unbalanced;
  result.ratio = total === 0 ? null : result.balanced / total;
  return result;
}

function assertState(graph: EntenteGraph, state: string) {
  if (!graph.hasNode(state)) throw new Error(`lib/analysis/balance: unknown state "${state}"`);
  if (!isState(graph, state)) throw new Error(`lib/analysis/balance: "${state}" is an organization, not a state`);
}

export type EnemyOfEnemy = {
  key: string;
  /** The state's adversaries this one is in conflict with. */
  via: string[];
  /** Its own relation to the state: 1 friend, -1 adversary, 0 none. */
  sign: Sign | 0;
};

/** States in conflict with `state`'s adversaries (other than `state` itself), sorted by key. */
export function enemiesOfEnemies(graph: EntenteGraph, state: string, adjacency: SignedAdjacency = signedAdjacency(graph)): EnemyOfEnemy[] {
  assertState(graph, state);
  const own = adjacency.get(state) ?? new Map<string, SignedTie>();
  const via = new Map<string, string[]>();
  for (const [adversary, tie] of own) {
    if (tie.sign !== -1) continue;
    for (const [other, next] of adjacency.get(adversary) ?? []) {
      if (next.sign !== -1 || other === state) continue;
      via.set(other, [...(via.get(other) ?? []), adversary]);
    }
  }
  return [...via]
    .map(([key, adversaries]): EnemyOfEnemy => ({ key, via: adversaries.sort(byKey), sign: own.get(key)?.sign ?? 0 }))
    .sort((x, y) => byKey(x.key, y.key));
}

export type AlliesInConflict = { a: string; b: string; conflicts: string[] };

/** Pairs of `state`'s positive partners (allies, fellow members) that are in conflict with each other, sorted. */
export function alliesInConflict(graph: EntenteGraph, state: string, adjacency: SignedAdjacency = signedAdjacency(graph)): AlliesInConflict[] {
  assertState(graph, state);
  const partners = [...(adjacency.get(state) ?? new Map<string, SignedTie>())]
    .filter(([, tie]) => tie.sign === 1)
    .map(([partner]) => partner)
    .sort(byKey);
  const pairs: AlliesInConflict[] = [];
  for (let i = 0; i < partners.length; i++) {
    for (let j = i + 1; j < partners.length; j++) {
      const tie = adjacency.get(partners[i]!)?.get(partners[j]!);
      if (tie && tie.sign === -1) pairs.push({ a: tie.a, b: tie.b, conflicts: tie.conflicts });
    }
  }
  return pairs;
}

/**
 * What the balance needs of a graph and nothing more (node kinds, tie kinds and statuses), for counting it in a worker
 * without copying the whole graph: a serialized graph that signedAdjacency reads as it reads the original.
 */
export function balanceInput(graph: EntenteGraph): SerializedGraph {
  const nodes: SerializedGraph['nodes'] = [];
  graph.forEachNode((key, a) => void nodes.push({ key, attributes: { kind: a.kind } }));
  const edges: SerializedGraph['edges'] = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push({ key, source, target, attributes: { kind: a.kind, status: a.status } });
  });
  return { options: { type: 'mixed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
}

/** One state's figures: its triads, the enemies of its enemies and its partners in conflict with each other. */
export type StateBalance = { own: TriadCount; enemies: EnemyOfEnemy[]; allies: AlliesInConflict[] };
