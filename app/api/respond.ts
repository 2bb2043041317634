// Shared helpers for the route handlers: the 400 answer for a bad parameter, and the as-of view a request asks for.
import { NextResponse, type NextRequest } from 'next/server';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { parseAsOfParam } from '@/lib/graph/date-param';
import type { EntenteGraph } from '@/lib/graph/types';

export function badParameter(parameter: string, message: string) {
  return NextResponse.json({ error: 'bad-parameter', parameter, message }, { status: 400 });
}

/** The view as of the request's `asOf` (default today), or the 400 response to send instead. */
export async function viewFor(request: NextRequest): Promise<{ view: EntenteGraph } | { response: NextResponse }> {
  const date = parseAsOfParam(request.nextUrl.searchParams.get('asOf'));
  if (!date.ok) return { response: badParameter('asOf', date.message) };
  return { view: asOf(await getBundledGraph(), date.day) };
}
