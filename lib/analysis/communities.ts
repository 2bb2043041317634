// Communities by Louvain modularity optimisation (graphology-communities-louvain), reproducible run to run.
//
// Louvain visits nodes in a random order; we give it a seeded generator (mulberry32, seed 1 by default, a fresh one
// per call) so the same graph and options give the same partition every time. Edge weights are the analysis graph's
// `weight` unless `weighted: false`. Communities are renumbered 0, 1, 2… from the largest to the smallest (ties
// broken by their smallest node key), so "community 0" means the same thing on every run and in every export.
// Modularity is Louvain's own, for the partition returned (directed modularity on a directed graph); it is null for a
// graph without edges, where every node is its own community and modularity is undefined.
import louvain from 'graphology-communities-louvain';
import { idRecordFrom } from '@/lib/graph/id-record';
import { seededRandom } from '@/lib/graph/seeded-random';
import { assertMetricGraph, type MetricGraph } from './metric-graph';
import { onSafeNodeKeys, recordBack } from './safe-node-keys';
import { byKey } from './tie-rules';

export type CommunityOptions = {
  seed: number;
  /** A random generator in [0, 1) to use instead of the seeded one; the caller then owns reproducibility. */
  rng?: () => number;
  resolution: number;
  weighted: boolean;
};

export const DEFAULTS: CommunityOptions = { seed: 1, resolution: 1, weighted: true };

export type CommunityResult = {
  communities: Record<string, number>;
  count: number;
  modularity: number | null;
};

/** Renumbers communities by decreasing size, then by smallest member key. */
function canonical(graph: MetricGraph, raw: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const community = raw[node]!;
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  const groups = [...members.values()].map((list) => list.sort(byKey));
  groups.sort((a, b) => b.length - a.length || byKey(a[0]!, b[0]!));
  const entries: [string, number][] = [];
  groups.forEach((group, index) => {
    for (const node of group) entries.push([node, index]);
  });
  entries.sort((a, b) => byKey(a[0], b[0]));
  return idRecordFrom(entries);
}

export function detectCommunities(graph: MetricGraph, options?: Partial<CommunityOptions>): CommunityResult {
  const { seed, rng, resolution, weighted } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'communities');
  if (graph.type === 'mixed') throw new Error('lib/analysis/communities: Louvain needs a directed or an undirected graph, not a mixed one');
  const detailed = onSafeNodeKeys(
    graph,
    (g) => louvain.detailed(g, { getEdgeWeight: weighted ? 'weight' : null, resolution, rng: rng ?? seededRandom(seed) }),
    (result) => ({ ...result, communities: recordBack(result.communities) }),
  );
  return {
    communities: canonical(graph, detailed.communities),
    count: detailed.count,
    modularity: graph.size === 0 || Number.isNaN(detailed.modularity) ? null : detailed.modularity,
  };
}
