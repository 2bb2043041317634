'use client';
// Louvain communities of the shown graph, computed in the analysis worker (null while off); stale answers are dropped.
import { useEffect, useRef, useState } from 'react';
import type { CommunityRequest } from '@/lib/analysis/community-request';
import type { CommunityResult } from '@/lib/analysis/communities';
import { idRecordFrom } from '@/lib/graph/id-record';
import type { EntenteGraph } from '@/lib/graph/types';
import type { AnalysisJob, AnalysisReply } from './analysis.worker';
import { useAnalysisWorker } from './use-analysis-worker';

/** The communities for `request` (null: colouring by community is off), the last answer until a new one arrives. */
export function useCommunities(graph: EntenteGraph, request: CommunityRequest | null): CommunityResult | null {
  const analysisWorker = useAnalysisWorker();
  const jobId = useRef(0);
  const [result, setResult] = useState<CommunityResult | null>(null);
  const key = request === null ? null : JSON.stringify(request);

  useEffect(() => {
    const id = ++jobId.current;
    if (request === null) {
      setResult(null);
      return;
    }
    const worker = analysisWorker();
    const onMessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.id !== id || !reply.ok || reply.outcome.kind !== 'communities') return;
      const found = reply.outcome.result;
      setResult({ ...found, communities: idRecordFrom(found.communities) });
    };
    worker.addEventListener('message', onMessage);
    const job: AnalysisJob = { id, graph: graph.export(), task: { kind: 'communities', request } };
    worker.postMessage(job);
    return () => worker.removeEventListener('message', onMessage);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the request's content
  }, [graph, key, analysisWorker]);

  return result;
}
