'use client';
// The measure a view state asks for (a centrality measure on chosen tie kinds, or a numeric node attribute), derived
// the same way for the explorer and the embed, and its values on the shown graph (useMeasureValues).
import { useMemo } from 'react';
import { MEASURES, isMeasureId } from '@/lib/analysis/measures';
import type { MetricRequest } from '@/lib/analysis/metric-request';
import { idRecord } from '@/lib/graph/id-record';
import { ATTRIBUTE_MEASURE_PREFIX } from '@/lib/graph/numeric-attributes';
import type { EntenteGraph } from '@/lib/graph/types';
import type { ViewState } from '@/lib/view/view-state';
import { useMeasureValues, type MeasureState } from './use-measure-values';

const NO_VALUES: Record<string, number> = idRecord();

export type ViewMeasure = {
  /** The centrality request (also when an attribute sizes the nodes: the history chart uses it). */
  request: MetricRequest;
  /** The numeric node attribute chosen instead of a centrality measure, or null. */
  attribute: string | null;
  /** The measure's human name. */
  label: string;
  measure: MeasureState;
  /** The values by node key (empty while the first computation runs). */
  values: Record<string, number>;
};

export function useViewMeasure(graph: EntenteGraph, state: Pick<ViewState, 'measure' | 'metricKinds' | 'projection'>): ViewMeasure {
  const measureId = isMeasureId(state.measure) ? state.measure : 'degree';
  const request: MetricRequest = useMemo(
    () => ({
      measure: measureId,
      kinds: state.metricKinds,
      projection: state.projection,
      direction: MEASURES[measureId].needsDirected ? 'directed' : 'undirected',
    }),
    [measureId, state.metricKinds, state.projection],
  );
  const attribute = state.measure.startsWith(ATTRIBUTE_MEASURE_PREFIX) ? state.measure.slice(ATTRIBUTE_MEASURE_PREFIX.length) : null;
  const measure = useMeasureValues(graph, request, attribute);
  return { request, attribute, label: attribute ?? MEASURES[measureId].label, measure, values: measure.result?.values ?? NO_VALUES };
}
