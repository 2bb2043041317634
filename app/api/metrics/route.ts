// GET /api/metrics?measure=&asOf=&kinds=&projection=&direction=: one centrality measure on the view of a date.
import { errorAnswer, jsonAnswer } from '@/lib/api/answer';
import { METRICS_ROUTE } from '@/lib/api/routes';
import { explainMetricError } from '@/lib/analysis/explain-error';
import { MEASURES } from '@/lib/analysis/measures';
import { parseMetricRequest, runMetric } from '@/lib/analysis/metric-request';
import { apiRoute, badParameter, viewFor } from '../respond';

export const GET = apiRoute(METRICS_ROUTE, async (get) => {
  const parsed = parseMetricRequest(get);
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const result = await viewFor(get);
  if ('answer' in result) return result.answer;
  try {
    return jsonAnswer(200, runMetric(result.view, parsed.request));
  } catch (error) {
    // e.g. eigenvector does not converge on a directed graph without cycles: a property of the request, not a server fault
    return errorAnswer(422, 'not-computable', explainMetricError(String((error as Error)?.message), MEASURES[parsed.request.measure].label));
  }
});
export const HEAD = GET;
