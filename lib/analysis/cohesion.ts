// How cohesive an organization is on the view's date: who is in, how its members are tied, fight and weigh.
//
// Conventions:
// - "In" the organization means membership status founder, member, frozen or suspended. Frozen and suspended
//   members are still formally in, so every figure below (memberCount, ties, density, totals, hegemony, dependency)
//   counts them; they are listed apart in `strained`. Observers and partners are `associates`, withdrawn states `former`.
// - Ties are read as they stand on the view's date: alliances count while in force (a suspended treaty is a sign of
//   strain, not cohesion), dependencies while active, conflicts while active, in ceasefire or frozen.
// - density: the share of pairs of members linked by an alliance or a dependency (either way); null under 2 members.
// - totals and hegemon: sums over members of the node attributes population, gdp and milexUsd where known, with how
//   many members reported a figure; the hegemon is the member with the largest figure and its share of the total.
// - dependencyOnLargest: the largest member is the one with the largest GDP (economic weight is what supplies trade,
//   arms and bases; population would crown a large, poor member). Over the other members' trade-import,
//   trade-export, arms and basing dependencies, it is the share that points to that member, each tie weighing its
//   figure where it has one (a share in % as value/100) and 1 otherwise, as in prepareAnalysisGraph. Null when no
//   member reports a GDP; its share is null when the other members have no such dependencies.
import type { IndicatorName } from '@/lib/data/schema';
import type { EdgeAttributes, EntenteGraph, OrganizationNodeAttributes } from '@/lib/graph/types';
import { membershipCounts, membershipGroupsOf, type MembershipGroups } from '@/lib/graph/membership';
import { byKey, isBlocBindingTie, isHostileTie, tieWeight } from './tie-rules';

export const BLOC_INDICATORS = ['population', 'gdp', 'milexUsd'] as const satisfies readonly IndicatorName[];
export type BlocIndicator = (typeof BLOC_INDICATORS)[number];

export type CohesionOptions = { indicators: readonly BlocIndicator[] };

export const DEFAULTS: CohesionOptions = { indicators: BLOC_INDICATORS };

/** Dependency subtypes that measure reliance on one partner (energy and security ties are left out of the share). */
export const HEGEMONIC_DEPENDENCIES: ReadonlySet<string> = new Set(['trade-import', 'trade-export', 'arms', 'basing']);

export type IndicatorTotal = {
  sum: number;
  /** How many members had a figure. */
  reported: number;
  /** How many members there are (memberCount). */
  of: number;
};

export type Hegemon = { key: string; share: number };

export type DependencyOnLargest = {
  largest: string;
  by: 'gdp';
  /** Weight of the other members' dependencies pointing to `largest`, over the weight of all of them; null when there are none. */
  share: number | null;
  ties: number;
  tiesToLargest: number;
  weight: number;
  weightToLargest: number;
};

export type BlocCohesion = {
  org: string;
  label: string;
  name: string;
  founded: string;
  asOf: string | null;
  /** Founders and members in good standing. */
  members: string[];
  /** Frozen or suspended: still formally members. */
  strained: string[];
  /** Observers and partners. */
  associates: string[];
  /** Withdrawn. */
  former: string[];
  /** members + strained. */
  memberCount: number;
  /** How many states each membership group holds (lib/graph/membership.ts), as every panel and the API count them. */
  counts: ReturnType<typeof membershipCounts>;
  internalTies: { alliances: number; conflicts: number; dependencies: number };
  density: number | null;
  internalConflicts: { a: string; b: string; status: EdgeAttributes['status']; edgeKey: string }[];
  conflictsWithOutsiders: { member: string; outsider: string; status: EdgeAttributes['status']; edgeKey: string }[];
  totals: Partial<Record<BlocIndicator, IndicatorTotal>>;
  /** null for an indicator no member reports (or whose total is 0). */
  hegemon: Partial<Record<BlocIndicator, Hegemon | null>>;
  dependencyOnLargest: DependencyOnLargest | null;
};

function organization(graph: EntenteGraph, org: string): OrganizationNodeAttributes {
  if (!graph.hasNode(org)) throw new Error(`lib/analysis/cohesion: unknown organization "${org}"`);
  const attributes = graph.getNodeAttributes(org);
  if (attributes.kind !== 'organization') throw new Error(`lib/analysis/cohesion: "${org}" is a state, not an organization`);
  return attributes;
}

function indicatorOf(graph: EntenteGraph, node: string, indicator: BlocIndicator): number | null {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind !== 'state') return null;
  const value = attributes[indicator];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The member with the largest figure (ties broken by key), or null when none reports one. */
function largestBy(graph: EntenteGraph, inside: string[], indicator: BlocIndicator): { key: string; value: number } | null {
  let best: { key: string; value: number } | null = null;
  for (const member of inside) {
    const value = indicatorOf(graph, member, indicator);
    if (value !== null && (best === null || value > best.value)) best = { key: member, value };
  }
  return best;
}

export function blocCohesion(graph: EntenteGraph, org: string, options?: Partial<CohesionOptions>): BlocCohesion {
  const { indicators } = { ...DEFAULTS, ...options };
  for (const indicator of indicators) {
    if (!(BLOC_INDICATORS as readonly string[]).includes(indicator)) throw new Error(`lib/analysis/cohesion: unknown indicator "${String(indicator)}"`);
  }
  const attributes = organization(graph, org);

  const lists: MembershipGroups = membershipGroupsOf(graph, org);
  const inside = [...lists.members, ...lists.strained].sort(byKey);
  const isIn = new Set(inside);

  const internalTies = { alliances: 0, conflicts: 0, dependencies: 0 };
  const linkedPairs = new Set<string>();
  const internalConflicts: BlocCohesion['internalConflicts'] = [];
  const conflictsWithOutsiders: BlocCohesion['conflictsWithOutsiders'] = [];
  graph.forEachEdge((edgeKey, tie, source, target) => {
    const sourceIn = isIn.has(source);
    const targetIn = isIn.has(target);
    if (!sourceIn && !targetIn) return;
    const [a, b] = byKey(source, target) <= 0 ? [source, target] : [target, source];
    if (isHostileTie(tie)) {
      if (sourceIn && targetIn) {
        internalTies.conflicts++;
        internalConflicts.push({ a, b, status: tie.status, edgeKey });
      } else {
        const [member, outsider] = sourceIn ? [source, target] : [target, source];
        conflictsWithOutsiders.push({ member, outsider, status: tie.status, edgeKey });
      }
      return;
    }
    if (!sourceIn || !targetIn) return;
    if (!isBlocBindingTie(tie)) return;
    if (tie.kind === 'alliance') internalTies.alliances++;
    else internalTies.dependencies++;
    linkedPairs.add(JSON.stringify([a, b]));
  });
  internalConflicts.sort((x, y) => byKey(x.a, y.a) || byKey(x.b, y.b) || byKey(x.edgeKey, y.edgeKey));
  conflictsWithOutsiders.sort((x, y) => byKey(x.member, y.member) || byKey(x.outsider, y.outsider) || byKey(x.edgeKey, y.edgeKey));

  const n = inside.length;
  const totals: BlocCohesion['totals'] = {};
  const hegemon: BlocCohesion['hegemon'] = {};
  for (const indicator of indicators) {
    let sum = 0;
    let reported = 0;
    for (const member of inside) {
      const value = indicatorOf(graph, member, indicator);
      if (value === null) continue;
      sum += value;
      reported++;
    }
    totals[indicator] = { sum, reported, of: n };
    const largest = largestBy(graph, inside, indicator);
    hegemon[indicator] = largest && sum > 0 ? { key: largest.key, share: largest.value / sum } : null;
  }

  return {
    org,
    label: attributes.label,
    name: attributes.name,
    founded: attributes.founded,
    asOf: graph.getAttribute('asOf') ?? null,
    ...lists,
    memberCount: n,
    counts: membershipCounts(lists),
    internalTies,
    density: n < 2 ? null : linkedPairs.size / ((n * (n - 1)) / 2),
    internalConflicts,
    conflictsWithOutsiders,
    totals,
    hegemon,
    dependencyOnLargest: dependencyOnLargest(graph, inside),
  };
}

function dependencyOnLargest(graph: EntenteGraph, inside: string[]): DependencyOnLargest | null {
  const largest = largestBy(graph, inside, 'gdp');
  if (!largest) return null;
  const result: DependencyOnLargest = { largest: largest.key, by: 'gdp', share: null, ties: 0, tiesToLargest: 0, weight: 0, weightToLargest: 0 };
  for (const member of inside) {
    if (member === largest.key) continue;
    graph.forEachOutEdge(member, (_key, tie, _source, target) => {
      if (tie.kind !== 'dependency' || !isBlocBindingTie(tie) || tie.subtype === null || !HEGEMONIC_DEPENDENCIES.has(tie.subtype)) return;
      const weight = tieWeight(tie);
      result.ties++;
      result.weight += weight;
      if (target === largest.key) {
        result.tiesToLargest++;
        result.weightToLargest += weight;
      }
    });
  }
  result.share = result.weight > 0 ? result.weightToLargest / result.weight : null;
  return result;
}

/** Two organizations' cohesion on the same date, side by side. */
export function compareBlocs(graph: EntenteGraph, orgs: readonly [string, string], options?: Partial<CohesionOptions>): [BlocCohesion, BlocCohesion] {
  return [blocCohesion(graph, orgs[0], options), blocCohesion(graph, orgs[1], options)];
}
