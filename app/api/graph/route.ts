// GET /api/graph?asOf=YYYY-MM-DD: the graph as of a date in graphology's serialized JSON; 400 with a message on a bad date.
import { NextResponse, type NextRequest } from 'next/server';
import { viewFor } from '../respond';

export async function GET(request: NextRequest) {
  const result = await viewFor(request);
  if ('response' in result) return result.response;
  return NextResponse.json(result.view.export(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
