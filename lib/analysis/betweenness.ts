// Betweenness centrality: how often a node lies on the shortest paths between other nodes, via graphology-metrics.
//
// Paths count hops: tie weights are strengths, not distances, so they are ignored here (graphology-metrics would
// read `weight` as a length by default). Normalisation as graphology-metrics does it, which matches NetworkX's
// betweenness_centrality: Brandes sums over ordered (source, target) pairs are scaled by 1 / ((n - 1)(n - 2)) when
// normalised, on directed and undirected graphs alike (so an undirected pair, counted both ways, gets
// 2 / ((n - 1)(n - 2))); unnormalised, undirected sums are halved. Graphs of one or two nodes score 0.
import gmBetweenness from 'graphology-metrics/centrality/betweenness';
import { assertMetricGraph, type MetricGraph } from './metric-graph';
import { nodeValuesOnSafeKeys } from './safe-node-keys';

export type BetweennessOptions = { normalized: boolean };

export const DEFAULTS: BetweennessOptions = { normalized: true };

export function betweennessCentrality(graph: MetricGraph, options?: Partial<BetweennessOptions>): Record<string, number> {
  const { normalized } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'betweenness');
  return nodeValuesOnSafeKeys(graph, (g) => gmBetweenness(g, { getEdgeWeight: null, normalized }));
}
