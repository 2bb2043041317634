// PageRank: where a random walker following ties ends up, via graphology-metrics's power iteration.
//
// Same iteration as NetworkX's pagerank: damping alpha = 0.85, start from 1/n, the rank of nodes without outgoing
// edges spread evenly over all nodes, stop when the summed change is below n · tolerance. We run up to 1000
// iterations with tolerance 1e-9 (both libraries default to 100 and 1e-6), so scores sum to 1 and are exact to about
// 1e-9. Weighted by the analysis graph's `weight` unless `weighted: false`: a walker leaves a node along an edge in
// proportion to its weight. On a directed graph rank flows along arcs: to organizations from their members, to
// suppliers from their dependents, to hosts from the states that deploy there. A zero weight (a 0 % trade share) is a
// valid tie that carries no rank; a node whose ties all weigh zero spreads its rank evenly, like one without ties.
import gmPagerank from 'graphology-metrics/centrality/pagerank';
import { assertMetricGraph, assertNonNegativeWeights, type MetricGraph } from './metric-graph';
import { nodeValuesOnSafeKeys } from './safe-node-keys';

export type PagerankOptions = { alpha: number; weighted: boolean; maxIterations: number; tolerance: number };

export const DEFAULTS: PagerankOptions = { alpha: 0.85, weighted: true, maxIterations: 1000, tolerance: 1e-9 };

/** The graph without its zero-weight edges (a walker never takes them), as NetworkX's stochastic graph treats them. */
function withoutZeroWeights(graph: MetricGraph): MetricGraph {
  const zero = graph.filterEdges((_, attributes) => attributes['weight'] === 0);
  if (zero.length === 0) return graph;
  const copy = graph.copy();
  for (const edge of zero) copy.dropEdge(edge);
  return copy;
}

export function pagerank(graph: MetricGraph, options?: Partial<PagerankOptions>): Record<string, number> {
  const { alpha, weighted, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'pagerank');
  if (!(alpha > 0 && alpha < 1)) throw new Error(`lib/analysis/pagerank: alpha must lie strictly between 0 and 1, got ${alpha}`);
  if (weighted) assertNonNegativeWeights(graph, 'pagerank');
  try {
    return nodeValuesOnSafeKeys(weighted ? withoutZeroWeights(graph) : graph, (g) =>
      gmPagerank(g, { getEdgeWeight: weighted ? 'weight' : null, alpha, maxIterations, tolerance }),
    );
  } catch (error) {
    if (error instanceof Error && /failed to converge/.test(error.message)) {
      throw new Error(`lib/analysis/pagerank: did not converge in ${maxIterations} iterations (tolerance ${tolerance})`);
    }
    throw error;
  }
}
