// GET /api/changes?from=&to=&kinds=&node=&format=json|csv: every change between two dates, in date order, with sources.
import { answer, jsonAnswer } from '@/lib/api/answer';
import { CHANGES_ROUTE } from '@/lib/api/routes';
import { todayIso } from '@/lib/data/dates';
import { TIE_KINDS } from '@/lib/data/schema';
import { changesBetween } from '@/lib/changes/changes-between';
import { changesToCsv, filterChanges, parseChangesRequest } from '@/lib/changes/changes-request';
import { getBundledGraph } from '@/lib/graph/bundled';
import { apiRoute, badParameter } from '../respond';

const FORMATS = ['json', 'csv'];
const KINDS = [...TIE_KINDS, 'node'];

export const GET = apiRoute(CHANGES_ROUTE, async (get) => {
  const format = get('format') ?? 'json';
  if (!FORMATS.includes(format)) return badParameter('format', `unknown format "${format}"; valid: ${FORMATS.join(', ')}`);
  const parsed = parseChangesRequest(get, todayIso(), KINDS);
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const { from, to, kinds, node } = parsed.request;
  const graph = await getBundledGraph();
  if (node !== null && !graph.hasNode(node)) return badParameter('node', `unknown node "${node}"`);
  const changes = filterChanges(changesBetween(graph, from, to), { kinds, node });
  if (format === 'csv')
    return answer(200, changesToCsv(changes), 'text/csv; charset=utf-8', { 'Content-Disposition': `attachment; filename="entente-changes-${from}-${to}.csv"` });
  return jsonAnswer(200, { from, to, kinds, node, count: changes.length, changes });
});
export const HEAD = GET;
