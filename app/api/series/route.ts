// GET /api/series?measure=&node=&from=&to=&step=year|change&kinds=&projection=&format=json|csv: a measure's history.
import { answer, jsonAnswer } from '@/lib/api/answer';
import { SERIES_ROUTE } from '@/lib/api/routes';
import { todayIso } from '@/lib/data/dates';
import { measureSeries, seriesToCsv } from '@/lib/analysis/series';
import { parseSeriesRequest } from '@/lib/analysis/series-request';
import { getBundledGraph } from '@/lib/graph/bundled';
import { apiRoute, badParameter } from '../respond';

const FORMATS = ['json', 'csv'];

export const GET = apiRoute(SERIES_ROUTE, async (get) => {
  const format = get('format') ?? 'json';
  if (!FORMATS.includes(format)) return badParameter('format', `unknown format "${format}"; valid: ${FORMATS.join(', ')}`);
  const graph = await getBundledGraph();
  const parsed = parseSeriesRequest(get, todayIso(), (key) => graph.hasNode(key));
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const series = measureSeries(graph, parsed.request);
  const { measure, kinds, projection, direction, from, to } = parsed.request;
  if (format === 'csv')
    return answer(200, seriesToCsv(series), 'text/csv; charset=utf-8', {
      'Content-Disposition': `attachment; filename="entente-${measure}-${from}-${to}.csv"`,
    });
  return jsonAnswer(200, { ...series, from, to, kinds, projection, direction });
});
export const HEAD = GET;
