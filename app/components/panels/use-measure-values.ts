'use client';
// Runs the chosen measure on the shown graph in a Web Worker and reports its progress; stale answers are dropped.
import { useEffect, useMemo, useRef, useState } from 'react';
import { MEASURES } from '@/lib/analysis/measures';
import { attributeLabel, attributeValues } from '@/lib/graph/numeric-attributes';
import { idRecordFrom } from '@/lib/graph/id-record';
import type { MetricRequest, MetricResult } from '@/lib/analysis/metric-request';
import type { EntenteGraph } from '@/lib/graph/types';
import type { AnalysisJob, AnalysisReply } from './analysis.worker';
import { useAnalysisWorker } from './use-analysis-worker';

export type MeasureState =
  | { status: 'computing'; message: string; result: Pick<MetricResult, 'values'> | null }
  | { status: 'done'; message: string; result: Pick<MetricResult, 'values'>; ms: number }
  | { status: 'error'; message: string; result: null };

/**
 * Values of a centrality measure (`request`), computed in the worker, or of a numeric node attribute (`attribute`,
 * e.g. population), read directly.
 */
export function useMeasureValues(graph: EntenteGraph, request: MetricRequest, attribute: string | null): MeasureState {
  const workerRef = useAnalysisWorker();
  const jobId = useRef(0);
  const [state, setState] = useState<MeasureState>({ status: 'computing', message: 'Computing…', result: null });
  const key = JSON.stringify(request);

  const attributeState = useMemo((): MeasureState | null => {
    if (attribute === null) return null;
    const values = attributeValues(graph, attribute);
    const known = Object.values(values).filter((v) => v !== 0).length;
    return {
      status: 'done',
      result: { values },
      ms: 0,
      message: `${attributeLabel(attribute)}: known for ${known} of ${graph.order} nodes (the others count 0).`,
    };
  }, [graph, attribute]);

  useEffect(() => {
    const worker = workerRef.current;
    if (!worker || attribute !== null) return;
    const id = ++jobId.current;
    setState((s) => ({ status: 'computing', message: `Computing ${MEASURES[request.measure].label} on ${graph.order} nodes…`, result: s.result }));
    const onMessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.id !== jobId.current) return; // a newer job superseded this one
      if (reply.ok && reply.outcome.kind === 'measure') {
        const result = reply.outcome.result;
        const g = result.graph;
        setState({
          status: 'done',
          result: { ...result, values: idRecordFrom(result.values) },
          ms: reply.ms,
          message: `${MEASURES[result.measure].label} on ${g.nodes} nodes and ${g.edges} links (${g.projection === 'bipartite' ? 'memberships as ties to organizations' : 'states linked by shared blocs'}, ${g.direction}) in ${Math.round(reply.ms)} ms.`,
        });
      } else if (!reply.ok) setState({ status: 'error', message: reply.message, result: null });
    };
    worker.addEventListener('message', onMessage);
    const job: AnalysisJob = { id, graph: graph.export(), task: { kind: 'measure', request } };
    worker.postMessage(job);
    return () => worker.removeEventListener('message', onMessage);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the request's content
  }, [graph, key, attribute]);

  return attributeState ?? state;
}
