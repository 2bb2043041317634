// GET /api/metrics?measure=&asOf=&kinds=&projection=&direction=: one centrality measure on the view of a date.
import { NextResponse, type NextRequest } from 'next/server';
import { explainMetricError } from '@/lib/analysis/explain-error';
import { MEASURES } from '@/lib/analysis/measures';
import { parseMetricRequest, runMetric } from '@/lib/analysis/metric-request';
import { badParameter, viewFor } from '../respond';

export async function GET(request: NextRequest) {
  const parsed = parseMetricRequest((name) => request.nextUrl.searchParams.get(name));
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const result = await viewFor(request);
  if ('response' in result) return result.response;
  try {
    return NextResponse.json(runMetric(result.view, parsed.request));
  } catch (error) {
    // e.g. eigenvector does not converge on a directed graph without cycles: a property of the request, not a server fault
    return NextResponse.json({ error: 'not-computable', message: explainMetricError(String((error as Error)?.message), MEASURES[parsed.request.measure].label) }, { status: 422 });
  }
}
