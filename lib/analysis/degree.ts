// Degree centrality: the share of the other nodes a node is tied to (total, incoming or outgoing), via graphology-metrics.
//
// Normalisation as graphology-metrics (and NetworkX) do it: degree / (n - 1), where n counts every node of the
// analysis graph, isolated ones included. On a directed graph 'total' is (in + out) / (n - 1) and can exceed 1; an
// alliance, which prepareAnalysisGraph turns into two opposite arcs, then counts once in and once out. A graph of one
// node scores 0 (NetworkX says 1; a node without ties has no degree to speak of).
import { degreeCentrality as gmDegree, inDegreeCentrality as gmInDegree, outDegreeCentrality as gmOutDegree } from 'graphology-metrics/centrality/degree';
import { idRecordFrom } from '@/lib/graph/id-record';
import { assertMetricGraph, type MetricGraph } from './metric-graph';
import { nodeValuesOnSafeKeys } from './safe-node-keys';

export type DegreeMode = 'total' | 'in' | 'out';
export type DegreeOptions = { mode: DegreeMode };

export const DEFAULTS: DegreeOptions = { mode: 'total' };

export function degreeCentrality(graph: MetricGraph, options?: Partial<DegreeOptions>): Record<string, number> {
  const { mode } = { ...DEFAULTS, ...options };
  assertMetricGraph(graph, 'degree');
  if (mode !== 'total' && mode !== 'in' && mode !== 'out') throw new Error(`lib/analysis/degree: unknown mode "${String(mode)}"`);
  if (mode !== 'total' && graph.type === 'undirected') {
    throw new Error(`lib/analysis/degree: ${mode}-degree needs a directed graph (prepareAnalysisGraph with direction 'directed')`);
  }
  if (graph.order === 1) return idRecordFrom(graph.nodes().map((node) => [node, 0] as const));
  const compute = mode === 'in' ? gmInDegree : mode === 'out' ? gmOutDegree : gmDegree;
  return nodeValuesOnSafeKeys(graph, (g) => compute(g));
}
