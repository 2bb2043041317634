// GET /api/changes?from=&to=&kinds=&node=&format=json|csv: every change between two dates, in date order, with sources.
import { NextResponse, type NextRequest } from 'next/server';
import { TIE_KINDS } from '@/lib/data/schema';
import { todayIso } from '@/lib/data/dates';
import { changesBetween } from '@/lib/changes/changes-between';
import { changesToCsv, filterChanges, parseChangesRequest } from '@/lib/changes/changes-request';
import { getBundledGraph } from '@/lib/graph/bundled';
import { badParameter } from '../respond';

const FORMATS = ['json', 'csv'];
const KINDS = [...TIE_KINDS, 'node'];

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (!FORMATS.includes(format)) return badParameter('format', `unknown format "${format}"; valid: ${FORMATS.join(', ')}`);
  const parsed = parseChangesRequest((name) => params.get(name), todayIso(), KINDS);
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const { from, to, kinds, node } = parsed.request;
  const graph = await getBundledGraph();
  if (node !== null && !graph.hasNode(node)) return badParameter('node', `unknown node "${node}"`);
  const changes = filterChanges(changesBetween(graph, from, to), { kinds, node });
  if (format === 'csv') {
    return new NextResponse(changesToCsv(changes), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="entente-changes-${from}-${to}.csv"` },
    });
  }
  return NextResponse.json({ from, to, kinds, node, count: changes.length, changes });
}
