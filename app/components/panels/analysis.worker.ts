// A Web Worker that runs a measure off the main thread, so that the page never freezes on a large graph.
import { MultiGraph } from 'graphology';
import { explainMetricError } from '@/lib/analysis/explain-error';
import { MEASURES } from '@/lib/analysis/measures';
import { runMetric, type MetricRequest } from '@/lib/analysis/metric-request';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';

export type AnalysisJob = { id: number; graph: SerializedEntenteGraph; request: MetricRequest };
export type AnalysisReply = { id: number; ms: number } & ({ ok: true; result: ReturnType<typeof runMetric> } | { ok: false; message: string });

self.onmessage = (event: MessageEvent<AnalysisJob>) => {
  const { id, graph, request } = event.data;
  const started = performance.now();
  let reply: AnalysisReply;
  try {
    const result = runMetric(MultiGraph.from(graph) as EntenteGraph, request);
    reply = { id, ok: true, result, ms: performance.now() - started };
  } catch (error) {
    reply = { id, ok: false, message: explainMetricError(String((error as Error)?.message), MEASURES[request.measure].label), ms: performance.now() - started };
  }
  self.postMessage(reply);
};
