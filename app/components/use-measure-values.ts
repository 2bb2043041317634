'use client';
// Runs the chosen measure on the shown graph in a Web Worker and reports its progress; stale answers are dropped.
import { useEffect, useRef, useState } from 'react';
import type { MetricRequest, MetricResult } from '@/lib/analysis/metric-request';
import type { EntenteGraph } from '@/lib/graph/types';
import type { AnalysisJob, AnalysisReply } from './analysis.worker';

export type MeasureState =
  | { status: 'computing'; message: string; result: MetricResult | null }
  | { status: 'done'; message: string; result: MetricResult; ms: number }
  | { status: 'error'; message: string; result: null };

export function useMeasureValues(graph: EntenteGraph, request: MetricRequest): MeasureState {
  const workerRef = useRef<Worker | null>(null);
  const jobId = useRef(0);
  const [state, setState] = useState<MeasureState>({ status: 'computing', message: 'Computing…', result: null });
  const key = JSON.stringify(request);

  useEffect(() => {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url));
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const worker = workerRef.current;
    if (!worker) return;
    const id = ++jobId.current;
    setState((s) => ({ status: 'computing', message: `Computing ${request.measure} on ${graph.order} nodes…`, result: s.result }));
    const onMessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.id !== jobId.current) return; // a newer job superseded this one
      if (reply.ok) {
        const g = reply.result.graph;
        setState({ status: 'done', result: reply.result, ms: reply.ms, message: `${reply.result.measure} on ${g.nodes} nodes and ${g.edges} links (${g.projection}, ${g.direction}) in ${Math.round(reply.ms)} ms.` });
      } else setState({ status: 'error', message: reply.message, result: null });
    };
    worker.addEventListener('message', onMessage);
    const job: AnalysisJob = { id, graph: graph.export(), request };
    worker.postMessage(job);
    return () => worker.removeEventListener('message', onMessage);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the request's content
  }, [graph, key]);

  return state;
}
