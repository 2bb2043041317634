// GET /api/graph?asOf=YYYY-MM-DD&format=json|gexf|graphml|csv&part=edges|nodes: the graph as of a date, as graphology
// JSON (the default), GEXF 1.3, GraphML or CSV; 400 with a message on a bad date, format or part. CSV is two files,
// served one per request (part=edges, the default, or part=nodes) rather than zipped, which would need a dependency.
import { NextResponse, type NextRequest } from 'next/server';
import { exportFile, parseExportRequest } from '@/lib/formats/export-request';
import { badParameter, viewFor } from '../respond';

const CACHE = 'public, max-age=300';

export async function GET(request: NextRequest) {
  const parsed = parseExportRequest((name) => request.nextUrl.searchParams.get(name));
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
  const result = await viewFor(request);
  if ('response' in result) return result.response;
  // Without a format the answer stays what it always was: JSON to read, not a download.
  if (!parsed.explicit) return NextResponse.json(result.view.export(), { headers: { 'Cache-Control': CACHE } });
  const file = exportFile(result.view, parsed);
  return new NextResponse(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': CACHE,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
