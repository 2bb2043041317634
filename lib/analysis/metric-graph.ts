// What every centrality measure accepts: a simple graphology graph, checked once with a message naming the measure.
import type { AbstractGraph } from 'graphology-types';

/** Any simple (non-multi) graphology graph; a graph from prepareAnalysisGraph is one. Edge weights are read from `weight`. */
export type MetricGraph = AbstractGraph;

/** Throws when the graph is empty or a multigraph (parallel edges would be counted twice by degree and paths). */
export function assertMetricGraph(graph: MetricGraph, module: string): void {
  if (graph.multi) throw new Error(`lib/analysis/${module}: expected a simple graph, got a multigraph; build one with prepareAnalysisGraph`);
  if (graph.order === 0) throw new Error(`lib/analysis/${module}: graph is empty`);
}

/** Throws unless every edge carries a finite, positive `weight` (or none, which counts 1): weighted walks divide by weights. */
export function assertPositiveWeights(graph: MetricGraph, module: string): void {
  graph.forEachEdge((edge, attributes) => {
    const weight: unknown = attributes['weight'];
    if (weight === undefined || weight === null) return;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      throw new Error(
        `lib/analysis/${module}: edge ${edge} has weight ${String(weight)}; weighted measures need positive weights (pass weighted: false to ignore them)`,
      );
    }
  });
}

/** Throws unless every edge weight is finite and zero or more: a 0 % trade share is a real tie that carries no weight. */
export function assertNonNegativeWeights(graph: MetricGraph, module: string): void {
  graph.forEachEdge((edge, attributes) => {
    const weight: unknown = attributes['weight'];
    if (weight === undefined || weight === null) return;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`lib/analysis/${module}: edge ${edge} has weight ${String(weight)}; weights must be zero or more`);
    }
  });
}
