// A Web Worker that runs a measure or Louvain communities off the main thread, so that the page never freezes on a large graph.
import { MultiGraph } from '@/lib/graph/graphology';
import { runCommunities, type CommunityRequest } from '@/lib/analysis/community-request';
import type { CommunityResult } from '@/lib/analysis/communities';
import { explainMetricError } from '@/lib/analysis/explain-error';
import { MEASURES } from '@/lib/analysis/measures';
import { runMetric, type MetricRequest } from '@/lib/analysis/metric-request';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';

export type AnalysisTask = { kind: 'measure'; request: MetricRequest } | { kind: 'communities'; request: CommunityRequest };
export type AnalysisJob = { id: number; graph: SerializedEntenteGraph; task: AnalysisTask };
type Outcome = { kind: 'measure'; result: ReturnType<typeof runMetric> } | { kind: 'communities'; result: CommunityResult };
export type AnalysisReply = { id: number; ms: number } & ({ ok: true; outcome: Outcome } | { ok: false; message: string });

function run(graph: EntenteGraph, task: AnalysisTask): Outcome {
  return task.kind === 'measure'
    ? { kind: 'measure', result: runMetric(graph, task.request) }
    : { kind: 'communities', result: runCommunities(graph, task.request) };
}

self.onmessage = (event: MessageEvent<AnalysisJob>) => {
  const { id, graph, task } = event.data;
  const started = performance.now();
  let reply: AnalysisReply;
  try {
    reply = { id, ok: true, outcome: run(MultiGraph.from(graph) as EntenteGraph, task), ms: performance.now() - started };
  } catch (error) {
    const label = task.kind === 'measure' ? MEASURES[task.request.measure].label : 'Communities';
    reply = { id, ok: false, message: explainMetricError(String((error as Error)?.message), label), ms: performance.now() - started };
  }
  self.postMessage(reply);
};
