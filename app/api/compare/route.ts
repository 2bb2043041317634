// GET /api/compare?orgs=csto,nato&asOf=: cohesion figures of two organizations side by side.
import { NextResponse, type NextRequest } from 'next/server';
import { compareBlocs } from '@/lib/analysis/cohesion';
import { badParameter, viewFor } from '../respond';

export async function GET(request: NextRequest) {
  const result = await viewFor(request);
  if ('response' in result) return result.response;
  const { view } = result;
  const orgs = (request.nextUrl.searchParams.get('orgs') ?? 'csto,nato').split(',').map((o) => o.trim());
  const known = view.filterNodes((_, a) => a.kind === 'organization').sort();
  const unknown = orgs.filter((o) => !known.includes(o));
  if (orgs.length !== 2 || unknown.length > 0) {
    const what = orgs.length !== 2 ? `orgs takes exactly two organizations, got ${orgs.length}` : `unknown organization(s) ${unknown.map((o) => `"${o}"`).join(', ')} on ${view.getAttribute('asOf')}`;
    return badParameter('orgs', `${what}; valid: ${known.join(', ')}`);
  }
  return NextResponse.json({ asOf: view.getAttribute('asOf'), orgs, blocs: compareBlocs(view, [orgs[0]!, orgs[1]!]) });
}
