// GET /api/compare?orgs=csto,nato&asOf=: cohesion figures of two organizations side by side.
import { jsonAnswer } from '@/lib/api/answer';
import { COMPARE_ROUTE } from '@/lib/api/routes';
import { compareBlocs } from '@/lib/analysis/cohesion';
import { apiRoute, badParameter, viewFor } from '../respond';

export const GET = apiRoute(COMPARE_ROUTE, async (get) => {
  const result = await viewFor(get);
  if ('answer' in result) return result.answer;
  const { view } = result;
  const orgs = (get('orgs') ?? 'csto,nato').split(',').map((o) => o.trim());
  const known = view.filterNodes((_, a) => a.kind === 'organization').sort();
  const unknown = orgs.filter((o) => !known.includes(o));
  if (orgs.length !== 2 || unknown.length > 0) {
    const what =
      orgs.length !== 2
        ? `orgs takes exactly two organizations, got ${orgs.length}`
        : `unknown organization(s) ${unknown.map((o) => `"${o}"`).join(', ')} on ${view.getAttribute('asOf')}`;
    return badParameter('orgs', `${what}; valid: ${known.join(', ')}`);
  }
  return jsonAnswer(200, { asOf: view.getAttribute('asOf'), orgs, blocs: compareBlocs(view, [orgs[0]!, orgs[1]!]) });
});
export const HEAD = GET;
