// GET /api/graph?asOf=YYYY-MM-DD&format=&part=&edgetype=: the graph as of a date, as graphology JSON (the default) or a
// download in any format of the registry (lib/formats/registry.ts); 400 with a message on a bad parameter.
import { jsonAnswer, answer } from '@/lib/api/answer';
import { GRAPH_ROUTE } from '@/lib/api/routes';
import { exportFile, parseExportRequest } from '@/lib/formats/export-request';
import { apiRoute, badParameter, viewFor } from '../respond';

export const GET = apiRoute(GRAPH_ROUTE, async (get) => {
  const parsed = parseExportRequest(get);
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const result = await viewFor(get);
  if ('answer' in result) return result.answer;
  // Without a format the answer stays what it always was: JSON to read, not a download.
  if (!parsed.explicit) return jsonAnswer(200, result.view.export());
  const file = exportFile(result.view, parsed);
  return answer(200, file.body, file.contentType, { 'Content-Disposition': `attachment; filename="${file.fileName}"` });
});
export const HEAD = GET;
