// Weighted degree (strength): the sum of the weights of a node's edges (total, incoming or outgoing), not normalised.
//
// Weights are the analysis graph's `weight` (summed tie weights, see analysis-graph.ts); an edge without a numeric
// weight counts 1, as in graphology-metrics. On a directed graph 'total' adds incoming and outgoing arcs, so an
// alliance (two opposite arcs) counts twice. The values are in tie-weight units, so they compare nodes within one
// analysis graph, not across graphs of different kinds.
import { weightedDegree as gmWeightedDegree, weightedInDegree, weightedOutDegree } from 'graphology-metrics/node/weighted-degree';
import { idRecord } from '@/lib/graph/id-record';
import type { DegreeMode } from './degree';
import { assertMetricGraph, type MetricGraph } from './metric-graph';

export type WeightedDegreeOptions = { mode: DegreeMode };

export const DEFAULTS: WeightedDegreeOptions = { mode: 'total' };

export function weightedDegree(graph: MetricGraph, options?: Partial<WeightedDegreeOptions>): Record<string, number> {
  const { mode } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'weighted-degree');
  if (mode !== 'total' && mode !== 'in' && mode !== 'out') throw new Error(`lib/analysis/weighted-degree: unknown mode "${String(mode)}"`);
  if (mode !== 'total' && graph.type === 'undirected') {
    throw new Error(`lib/analysis/weighted-degree: weighted ${mode}-degree needs a directed graph (prepareAnalysisGraph with direction 'directed')`);
  }
  const compute = mode === 'in' ? weightedInDegree : mode === 'out' ? weightedOutDegree : gmWeightedDegree;
  const result = idRecord<number>();
  graph.forEachNode((node) => {
    result[node] = compute(graph, node, 'weight');
  });
  return result;
}
