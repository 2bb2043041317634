// One measure on the graph a user sees: parses a request (API query or UI choice), builds the analysis graph, runs it,
// and says exactly what it ran on.
import { TIE_KINDS, type TieKind } from '@/lib/data/schema';
import type { EntenteGraph } from '@/lib/graph/types';
import { DEFAULTS, describeAnalysisGraph, prepareAnalysisGraph, type AnalysisDescription, type Direction, type Projection } from './analysis-graph';
import { MEASURE_IDS, MEASURES, isMeasureId, type MeasureId } from './measures';

export type MetricRequest = { measure: MeasureId; kinds: TieKind[]; projection: Projection; direction: Direction };

export type MetricResult = {
  measure: MeasureId;
  asOf: string | null;
  kinds: TieKind[];
  options: { projection: Projection; direction: Direction; weighted: boolean; normalization: string };
  graph: AnalysisDescription;
  values: Record<string, number>;
};

export const DEFAULT_METRIC_REQUEST: MetricRequest = { measure: 'degree', kinds: [...DEFAULTS.kinds], projection: 'bipartite', direction: 'undirected' };

const PROJECTIONS: readonly Projection[] = ['bipartite', 'co-membership'];
const DIRECTIONS: readonly Direction[] = ['undirected', 'directed'];

export type ParsedMetricRequest = { ok: true; request: MetricRequest } | { ok: false; parameter: string; message: string };

/** Reads `measure`, `kinds`, `projection`, `direction`; unknown values get a message listing the valid ones. */
export function parseMetricRequest(get: (name: string) => string | null): ParsedMetricRequest {
  const measure = get('measure') ?? DEFAULT_METRIC_REQUEST.measure;
  if (!isMeasureId(measure)) return { ok: false, parameter: 'measure', message: `unknown measure "${measure}"; valid: ${MEASURE_IDS.join(', ')}` };
  const rawKinds = get('kinds');
  const kinds =
    rawKinds === null
      ? DEFAULT_METRIC_REQUEST.kinds
      : rawKinds
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean);
  const badKinds = kinds.filter((k) => !(TIE_KINDS as readonly string[]).includes(k));
  if (badKinds.length > 0 || kinds.length === 0) {
    return {
      ok: false,
      parameter: 'kinds',
      message: `${badKinds.length > 0 ? `unknown tie kind(s) ${badKinds.map((k) => `"${k}"`).join(', ')}` : 'no tie kinds given'}; valid: ${TIE_KINDS.join(', ')}`,
    };
  }
  const projection = get('projection') ?? DEFAULT_METRIC_REQUEST.projection;
  if (!(PROJECTIONS as readonly string[]).includes(projection))
    return { ok: false, parameter: 'projection', message: `unknown projection "${projection}"; valid: ${PROJECTIONS.join(', ')}` };
  const needsDirected = MEASURES[measure].needsDirected;
  const direction = get('direction') ?? (needsDirected ? 'directed' : DEFAULT_METRIC_REQUEST.direction);
  if (!(DIRECTIONS as readonly string[]).includes(direction))
    return { ok: false, parameter: 'direction', message: `unknown direction "${direction}"; valid: ${DIRECTIONS.join(', ')}` };
  if (needsDirected && direction !== 'directed') return { ok: false, parameter: 'direction', message: `${measure} needs direction=directed` };
  return { ok: true, request: { measure, kinds: kinds as TieKind[], projection: projection as Projection, direction: direction as Direction } };
}

export function runMetric(graph: EntenteGraph, request: MetricRequest): MetricResult {
  const analysis = prepareAnalysisGraph(graph, { kinds: request.kinds, projection: request.projection, direction: request.direction });
  const measure = MEASURES[request.measure];
  return {
    measure: request.measure,
    asOf: graph.getAttribute('asOf'),
    kinds: request.kinds,
    options: { projection: request.projection, direction: request.direction, weighted: measure.weighted, normalization: measure.description },
    graph: describeAnalysisGraph(analysis),
    values: measure.compute(analysis),
  };
}
