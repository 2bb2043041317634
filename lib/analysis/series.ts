// A measure's history: one value per date (each year, or each date on which the data changed) for one or more
// nodes, on the as-of view of each date. Centrality measures come from the measure registry; organizations add the
// compare view's bloc figures (member counts by group, density, internal conflicts, hegemony).
import { firstDay } from '@/lib/data/dates';
import { csvLine } from '@/lib/formats/csv-table';
import { asOf } from '@/lib/graph/as-of';
import { changeDates } from '@/lib/graph/change-dates';
import type { EntenteGraph } from '@/lib/graph/types';
import { blocCohesion, type BlocCohesion } from './cohesion';
import { MEASURES, isMeasureId, type MeasureId } from './measures';
import { runMetric, type MetricRequest } from './metric-request';

export type SeriesStep = 'year' | 'change';

/** Bloc figures read off the compare view's cohesion record; each is defined for organizations only. */
export const BLOC_SERIES = {
  'member-count': { label: 'Members (in good standing, frozen or suspended)', read: (c: BlocCohesion) => c.memberCount },
  'members-in-good-standing': { label: 'Members in good standing', read: (c: BlocCohesion) => c.members.length },
  strained: { label: 'Frozen or suspended members', read: (c: BlocCohesion) => c.strained.length },
  associates: { label: 'Observers and partners', read: (c: BlocCohesion) => c.associates.length },
  density: { label: 'Density (share of member pairs allied or dependent)', read: (c: BlocCohesion) => c.density },
  'internal-conflicts': { label: 'Conflicts between members', read: (c: BlocCohesion) => c.internalConflicts.length },
  hegemony: { label: 'Hegemony index (largest member’s share of GDP)', read: (c: BlocCohesion) => c.hegemon.gdp?.share ?? null },
} as const satisfies Record<string, { label: string; read: (c: BlocCohesion) => number | null }>;
export type BlocSeriesId = keyof typeof BLOC_SERIES;
export const BLOC_SERIES_IDS = Object.keys(BLOC_SERIES) as BlocSeriesId[];
export type SeriesMeasureId = MeasureId | BlocSeriesId;

export const SERIES_MEASURE_IDS: readonly SeriesMeasureId[] = [...(Object.keys(MEASURES) as MeasureId[]), ...BLOC_SERIES_IDS];

export function isBlocSeries(id: string): id is BlocSeriesId {
  return Object.hasOwn(BLOC_SERIES, id);
}

export function isSeriesMeasure(id: string): id is SeriesMeasureId {
  return isMeasureId(id) || isBlocSeries(id);
}

export function seriesMeasureLabel(id: SeriesMeasureId): string {
  return isBlocSeries(id) ? BLOC_SERIES[id].label : MEASURES[id].label;
}

export type SeriesRequest = Omit<MetricRequest, 'measure'> & { measure: SeriesMeasureId; nodes: string[]; from: string; to: string; step: SeriesStep };

/** A node's value on a date: null where the node did not exist (or is not an organization, for bloc figures). */
export type SeriesPoint = { date: string; values: (number | null)[] };
export type Series = { measure: SeriesMeasureId; label: string; nodes: string[]; step: SeriesStep; points: SeriesPoint[] };

/** The dates a series samples: 1 January of each year from `from` to `to`, or each change date, both ends included. */
export function seriesDates(graph: EntenteGraph, from: string, to: string, step: SeriesStep): string[] {
  const start = firstDay(from);
  const end = firstDay(to);
  const days = new Set<string>([start]);
  if (step === 'year') for (let year = Number(start.slice(0, 4)) + 1; `${year}-01-01` <= end; year++) days.add(`${year}-01-01`);
  else for (const day of changeDates(graph)) if (day > start && day <= end) days.add(day);
  days.add(end);
  return [...days].sort();
}

function valuesOn(view: EntenteGraph, request: SeriesRequest): (number | null)[] {
  const present = request.nodes.map((node) => view.hasNode(node));
  const { measure } = request;
  if (isBlocSeries(measure)) {
    return request.nodes.map((node, i) => {
      if (!present[i] || view.getNodeAttribute(node, 'kind') !== 'organization') return null;
      return BLOC_SERIES[measure].read(blocCohesion(view, node));
    });
  }
  if (!present.some(Boolean)) return request.nodes.map(() => null);
  let values: Record<string, number>;
  try {
    values = runMetric(view, { measure, kinds: request.kinds, projection: request.projection, direction: request.direction }).values;
  } catch {
    // a measure that cannot be computed on one date (eigenvector that does not converge) leaves a gap, not an error
    return request.nodes.map(() => null);
  }
  return request.nodes.map((node, i) => (present[i] ? (Object.hasOwn(values, node) ? values[node]! : 0) : null));
}

/** Computes the series; `onProgress` receives the share done (0–1) after each date. */
export function measureSeries(graph: EntenteGraph, request: SeriesRequest, onProgress?: (done: number) => void): Series {
  const dates = seriesDates(graph, request.from, request.to, request.step);
  const points = dates.map((date, i) => {
    const point = { date, values: valuesOn(asOf(graph, date), request) };
    onProgress?.((i + 1) / dates.length);
    return point;
  });
  return { measure: request.measure, label: seriesMeasureLabel(request.measure), nodes: request.nodes, step: request.step, points };
}

/** The series as CSV: a date column and one column per node (empty where the node did not exist). */
export function seriesToCsv(series: Series): string {
  const header = csvLine(['date', ...series.nodes]);
  const rows = series.points.map((p) => csvLine([p.date, ...p.values.map((v) => (v === null ? '' : String(v)))]));
  return `${[header, ...rows].join('\n')}\n`;
}
