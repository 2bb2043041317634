// What ties two nodes: every tie between them (current and past) grouped by kind, the organizations both belong to,
// and the shortest friendly path when they are not tied directly. The answer to "what ties Armenia to Russia?".
import { shortestPath, type Hop } from '@/lib/analysis/paths';
import { edgeHolds } from './holds';
import type { Ego } from './ego';
import { IN_STATUSES } from './membership';
import { groupByKind, uniqueSources, type TieFacts, type TieGroup } from './ties-of';
import type { EdgeAttributes, EntenteGraph } from './types';

export type PairTie = TieFacts & {
  /** 'a-to-b' when the tie points from the first node to the second, 'b-to-a' the other way, 'both' when undirected. */
  direction: 'a-to-b' | 'b-to-a' | 'both';
  /** 'current' = holds on the date; 'ended' = held before it (or holds with an ending status); 'future' = begins after it. */
  when: 'current' | 'ended' | 'future';
};

export type PairGroup = TieGroup<PairTie>;
export type SharedOrganization = { key: string; label: string; statusA: string; statusB: string };

export type PairSummary = {
  a: string;
  b: string;
  groups: PairGroup[];
  /** Ties that hold on the date, and ties that held before it or start after it. */
  current: number;
  past: number;
  /** Organizations both are members of on the date (frozen and suspended members included, with their status). */
  shared: SharedOrganization[];
  /** The shortest chain of friendly ties shown, when no tie shown links the two directly; null otherwise or when none. */
  friendlyPath: Hop[] | null;
  tiedDirectly: boolean;
};

const WHEN_ORDER = { current: 0, ended: 1, future: 2 } as const;

function pairTie(key: string, timeless: EdgeAttributes, onDay: EdgeAttributes | null, source: string, a: string, day: string): PairTie {
  const periods = timeless.periods ?? [];
  const shown = onDay ?? timeless;
  const startsLater = !onDay && periods.length > 0 && periods[0]!.start > day;
  const when: PairTie['when'] = onDay ? (edgeHolds(onDay) ? 'current' : 'ended') : startsLater ? 'future' : 'ended';
  // Without a period on the date, the nearest one: the first for a tie that begins later, the last for one that ended.
  const nearest = onDay ? null : startsLater ? periods[0] : periods[periods.length - 1];
  return {
    key,
    kind: timeless.kind,
    subtype: timeless.subtype,
    direction: !timeless.directed ? 'both' : source === a ? 'a-to-b' : 'b-to-a',
    when,
    status: nearest ? nearest.status : shown.status,
    intensity: nearest ? ('intensity' in nearest ? nearest.intensity : null) : shown.intensity,
    start: nearest ? nearest.start : shown.start,
    end: nearest ? nearest.end : shown.end,
    label: timeless.label,
    note: timeless.note,
    periodNote: nearest ? (nearest.note ?? null) : shown.periodNote,
    weight: timeless.weight === null ? null : { value: timeless.weight, unit: timeless.unit ?? '', year: timeless.year },
    periods,
    sources: uniqueSources([...timeless.sources, ...periods.flatMap((p) => p.sources ?? [])]),
  };
}

/** Memberships of `node` in the view that make it part of an organization, by organization key. */
function memberships(view: EntenteGraph, node: string): Map<string, string> {
  const result = new Map<string, string>();
  if (!view.hasNode(node)) return result;
  view.forEachOutEdge(node, (_, attributes, _source, target) => {
    if (attributes.kind === 'membership' && IN_STATUSES.has(attributes.status)) result.set(target, attributes.status);
  });
  return result;
}

/**
 * The pair `a`–`b`: `timeless` holds every tie with its whole history, `dayView` what held on `day`, `shown` what the
 * filters let through (for the friendly path). Ties come in the order of TIE_KINDS; within a kind, current first.
 */
export function pairSummary(timeless: EntenteGraph, dayView: EntenteGraph, shown: EntenteGraph, a: string, b: string, day: string): PairSummary {
  const ties: PairTie[] = [];
  if (timeless.hasNode(a) && timeless.hasNode(b) && a !== b) {
    timeless.forEachEdge(a, (key, attributes, source, target) => {
      if ((source === a ? target : source) !== b) return;
      const onDay = dayView.hasEdge(key) ? dayView.getEdgeAttributes(key) : null;
      ties.push(pairTie(key, attributes, onDay, source, a, day));
    });
  }
  // Within a kind, current first, then heaviest, then oldest.
  const groups = groupByKind(
    ties,
    (x, y) =>
      WHEN_ORDER[x.when] - WHEN_ORDER[y.when] ||
      (y.weight?.value ?? 0) - (x.weight?.value ?? 0) ||
      x.start.localeCompare(y.start) ||
      x.key.localeCompare(y.key),
  );
  const all = groups.flatMap((g) => g.ties);
  const current = all.filter((t) => t.when === 'current').length;

  const ofA = memberships(dayView, a);
  const ofB = memberships(dayView, b);
  const shared = [...ofA]
    .filter(([org]) => ofB.has(org))
    .map(([org, statusA]) => ({ key: org, label: dayView.getNodeAttribute(org, 'label'), statusA, statusB: ofB.get(org)! }))
    .sort((x, y) => x.label.localeCompare(y.label));

  let tiedDirectly = false;
  if (shown.hasNode(a) && shown.hasNode(b)) {
    shown.forEachEdge(a, (_, attributes, source, target) => {
      if ((source === a ? target : source) === b && edgeHolds(attributes)) tiedDirectly = true;
    });
  }
  const friendlyPath = !tiedDirectly && shown.hasNode(a) && shown.hasNode(b) && a !== b ? shortestPath(shown, a, b, { friendlyOnly: true }) : null;
  return { a, b, groups, current, past: all.length - current, shared, friendlyPath, tiedDirectly };
}

/** What the graph highlights for a pair: both nodes, the ties between them, their shared organizations, the friendly path. */
export function pairEgo(shown: EntenteGraph, pair: PairSummary): Ego {
  const distances: Record<string, number> = Object.create(null) as Record<string, number>;
  const edges = new Set<string>();
  distances[pair.a] = 0;
  distances[pair.b] = 0;
  const sharedKeys = new Set(pair.shared.map((o) => o.key));
  for (const org of sharedKeys) distances[org] = 1;
  for (const end of [pair.a, pair.b]) {
    if (!shown.hasNode(end)) continue;
    shown.forEachEdge(end, (key, _attributes, source, target) => {
      const other = source === end ? target : source;
      if (other === pair.a || other === pair.b || sharedKeys.has(other)) edges.add(key);
    });
  }
  for (const hop of pair.friendlyPath ?? []) {
    if (distances[hop.to] === undefined) distances[hop.to] = 1;
    edges.add(hop.edgeKey);
  }
  return { center: pair.a, distances: { ...distances }, edges: [...edges].sort() };
}
