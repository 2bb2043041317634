// Parses a request for a measure's history (API query or UI choice) with messages naming the parameter and valid values.
import { parseAsOfParam } from '@/lib/graph/date-param';
import { parseMetricRequest } from './metric-request';
import { isBlocSeries, isSeriesMeasure, SERIES_MEASURE_IDS, type SeriesRequest, type SeriesStep } from './series';

export const SERIES_STEPS: readonly SeriesStep[] = ['year', 'change'];
/** At most this many nodes on one chart. */
export const MAX_SERIES_NODES = 12;
/** Where a series starts when no `from` is given: the first year of the data's Cold War span. */
export const DEFAULT_SERIES_FROM = '1949-01-01';

export type ParsedSeriesRequest = { ok: true; request: SeriesRequest } | { ok: false; parameter: string; message: string };

export function parseSeriesRequest(get: (name: string) => string | null, today: string, hasNode: (key: string) => boolean): ParsedSeriesRequest {
  const measure = get('measure') ?? 'degree';
  if (!isSeriesMeasure(measure)) return { ok: false, parameter: 'measure', message: `unknown measure "${measure}"; valid: ${SERIES_MEASURE_IDS.join(', ')}` };
  const nodes = (get('node') ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (nodes.length === 0)
    return { ok: false, parameter: 'node', message: 'node is required: one node key or several separated by commas, e.g. node=csto,nato' };
  if (nodes.length > MAX_SERIES_NODES) return { ok: false, parameter: 'node', message: `at most ${MAX_SERIES_NODES} nodes, got ${nodes.length}` };
  const unknown = nodes.filter((n) => !hasNode(n));
  if (unknown.length > 0) return { ok: false, parameter: 'node', message: `unknown node(s) ${unknown.map((n) => `"${n}"`).join(', ')}` };
  const to = parseAsOfParam(get('to'), today, 'to');
  if (!to.ok) return { ok: false, parameter: 'to', message: to.message };
  const from = parseAsOfParam(get('from') ?? DEFAULT_SERIES_FROM, today, 'from');
  if (!from.ok) return { ok: false, parameter: 'from', message: from.message };
  if (from.day > to.day) return { ok: false, parameter: 'from', message: `from (${from.day}) must not be after to (${to.day})` };
  const step = get('step') ?? 'year';
  if (!(SERIES_STEPS as readonly string[]).includes(step))
    return { ok: false, parameter: 'step', message: `unknown step "${step}"; valid: ${SERIES_STEPS.join(', ')}` };
  // kinds, projection and direction are read as for a single-date measure (bloc figures ignore them)
  const metric = parseMetricRequest((name) => (name === 'measure' ? (isBlocSeries(measure) ? 'degree' : measure) : get(name)));
  if (!metric.ok) return metric;
  const { kinds, projection, direction } = metric.request;
  return { ok: true, request: { measure, nodes, from: from.day, to: to.day, step: step as SeriesStep, kinds, projection, direction } };
}
