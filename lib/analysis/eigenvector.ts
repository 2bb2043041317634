// Eigenvector centrality: a node is central when its neighbours are, via graphology-metrics's power iteration.
//
// Same iteration as NetworkX's eigenvector_centrality: start from 1/n, multiply by (A + I), scale to unit Euclidean
// norm, stop when the summed change is below n · tolerance. We run up to 1000 iterations with tolerance 1e-9
// (NetworkX and graphology default to 100 and 1e-6, which leaves errors up to 1e-5 on the Florentine families), so
// the result is the leading eigenvector to about 1e-8. Weighted by the analysis graph's `weight` unless
// `weighted: false`. On a directed graph a node scores from the nodes pointing to it (NetworkX's convention).
// On a disconnected graph the scores concentrate in the component with the largest leading eigenvalue and tend to 0
// elsewhere; compare nodes within a component, or use pagerank. When the iteration does not settle (typically a
// directed graph without cycles, such as memberships alone, where no positive eigenvector exists) it throws.
import gmEigenvector from 'graphology-metrics/centrality/eigenvector';
import { assertMetricGraph, assertNonNegativeWeights, type MetricGraph } from './metric-graph';
import { nodeValuesOnSafeKeys } from './safe-node-keys';

export type EigenvectorOptions = { weighted: boolean; maxIterations: number; tolerance: number };

export const DEFAULTS: EigenvectorOptions = { weighted: true, maxIterations: 1000, tolerance: 1e-9 };

export function eigenvectorCentrality(graph: MetricGraph, options?: Partial<EigenvectorOptions>): Record<string, number> {
  const { weighted, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'eigenvector');
  if (weighted) assertNonNegativeWeights(graph, 'eigenvector');
  try {
    return nodeValuesOnSafeKeys(graph, (g) => gmEigenvector(g, { getEdgeWeight: weighted ? 'weight' : null, maxIterations, tolerance }));
  } catch (error) {
    if (error instanceof Error && /failed to converge/.test(error.message)) {
      throw new Error(
        `lib/analysis/eigenvector: did not converge in ${maxIterations} iterations (tolerance ${tolerance}); ` +
          'on a directed graph without cycles eigenvector centrality is not defined: use an undirected graph or pagerank',
      );
    }
    throw error;
  }
}
