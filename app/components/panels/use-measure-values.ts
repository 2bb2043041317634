'use client';
// Runs the chosen measure on the shown graph and reports its progress: a linear-time measure (degree) at once, so the
// first drawing already has its sizes; the others in a Web Worker, whose stale answers are dropped.
import { useEffect, useMemo, useRef, useState } from 'react';
import { MEASURES } from '@/lib/analysis/measures';
import { attributeLabel, attributeValues } from '@/lib/graph/numeric-attributes';
import { idRecordFrom } from '@/lib/graph/id-record';
import { explainMetricError } from '@/lib/analysis/explain-error';
import { runMetric, type MetricRequest, type MetricResult } from '@/lib/analysis/metric-request';
import { isLargeGraph } from '@/lib/view/layout';
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
function doneState(result: MetricResult, ms: number): MeasureState {
  const g = result.graph;
  return {
    status: 'done',
    result: { ...result, values: idRecordFrom(result.values) },
    ms,
    message: `${MEASURES[result.measure].label} on ${g.nodes} nodes and ${g.edges} links (${g.projection === 'bipartite' ? 'memberships as ties to organizations' : 'states linked by shared blocs'}, ${g.direction}) in ${Math.round(ms)} ms.`,
  };
}

export function useMeasureValues(graph: EntenteGraph, request: MetricRequest, attribute: string | null): MeasureState {
  const analysisWorker = useAnalysisWorker();
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

  // A linear-time measure on a graph below the large-graph size takes a few milliseconds: no worker round trip, and
  // no second restyle of the canvas when its values arrive.
  const inline = attribute === null && MEASURES[request.measure].linear && !isLargeGraph(graph.order, graph.size);
  const inlineState = useMemo((): MeasureState | null => {
    if (!inline) return null;
    const started = performance.now();
    try {
      return doneState(runMetric(graph, request), performance.now() - started);
    } catch (error) {
      return { status: 'error', message: explainMetricError(String((error as Error)?.message), MEASURES[request.measure].label), result: null };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the request's content
  }, [graph, key, inline]);

  useEffect(() => {
    if (attribute !== null || inline) return;
    const worker = analysisWorker();
    const id = ++jobId.current;
    setState((s) => ({ status: 'computing', message: `Computing ${MEASURES[request.measure].label} on ${graph.order} nodes…`, result: s.result }));
    const onMessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.id !== jobId.current) return; // a newer job superseded this one
      if (reply.ok && reply.outcome.kind === 'measure') setState(doneState(reply.outcome.result, reply.ms));
      else if (!reply.ok) setState({ status: 'error', message: reply.message, result: null });
    };
    worker.addEventListener('message', onMessage);
    const job: AnalysisJob = { id, graph: graph.export(), task: { kind: 'measure', request } };
    worker.postMessage(job);
    return () => worker.removeEventListener('message', onMessage);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the request's content
  }, [graph, key, attribute, inline]);

  return attributeState ?? inlineState ?? state;
}
