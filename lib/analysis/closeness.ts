// Closeness centrality: how few hops separate a node from the nodes that can reach it, via graphology-metrics.
//
// Hops, not weights (graphology-metrics's closeness is unweighted). Normalisation: by default the Wasserman & Faust
// variant, which is NetworkX's default (wf_improved=True): (r / s) · (r / (n - 1)), where r is the number of nodes
// that reach the node and s the sum of their distances to it. On a connected graph this is the plain (n - 1) / s;
// on a disconnected one it keeps a node in a small component from scoring as high as a hub. On a directed graph
// distances are incoming (from the others to the node), as in NetworkX. A node nobody reaches scores 0.
import gmCloseness from 'graphology-metrics/centrality/closeness';
import { assertMetricGraph, type MetricGraph } from './metric-graph';
import { nodeValuesOnSafeKeys } from './safe-node-keys';

export type ClosenessOptions = { wassermanFaust: boolean };

export const DEFAULTS: ClosenessOptions = { wassermanFaust: true };

export function closenessCentrality(graph: MetricGraph, options?: Partial<ClosenessOptions>): Record<string, number> {
  const { wassermanFaust } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'closeness');
  return nodeValuesOnSafeKeys(graph, (g) => gmCloseness(g, { wassermanFaust }));
}
