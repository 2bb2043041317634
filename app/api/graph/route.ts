// GET /api/graph?asOf=YYYY-MM-DD: the graph as of a date in graphology's serialized JSON; 400 with a message on a bad date.
import { NextResponse, type NextRequest } from 'next/server';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { parseAsOfParam } from '@/lib/graph/date-param';

export async function GET(request: NextRequest) {
  const date = parseAsOfParam(request.nextUrl.searchParams.get('asOf'));
  if (!date.ok) return NextResponse.json({ error: 'bad-parameter', parameter: 'asOf', message: date.message }, { status: 400 });
  const view = asOf(await getBundledGraph(), date.day);
  return NextResponse.json(view.export(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
