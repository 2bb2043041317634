// GET /api/series?measure=&node=&from=&to=&step=year|change&kinds=&projection=&format=json|csv: a measure's history.
import { NextResponse, type NextRequest } from 'next/server';
import { todayIso } from '@/lib/data/dates';
import { measureSeries, seriesToCsv } from '@/lib/analysis/series';
import { parseSeriesRequest } from '@/lib/analysis/series-request';
import { getBundledGraph } from '@/lib/graph/bundled';
import { badParameter } from '../respond';

const FORMATS = ['json', 'csv'];

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (!FORMATS.includes(format)) return badParameter('format', `unknown format "${format}"; valid: ${FORMATS.join(', ')}`);
  const graph = await getBundledGraph();
  const parsed = parseSeriesRequest((name) => params.get(name), todayIso(), (key) => graph.hasNode(key));
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const series = measureSeries(graph, parsed.request);
  if (format === 'csv') {
    const { measure, from, to } = parsed.request;
    return new NextResponse(seriesToCsv(series), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="entente-${measure}-${from}-${to}.csv"` },
    });
  }
  const { kinds, projection, direction, from, to } = parsed.request;
  return NextResponse.json({ ...series, from, to, kinds, projection, direction });
}
