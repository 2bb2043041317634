// Turns the files a user gives (picked, dropped or fetched from ?file=) into a graph the explorer can show, or into
// messages that say what is wrong and where; asks for a column mapping when a CSV's header is ambiguous.
import { createProblems } from '@/lib/formats/import-result';
import { readCsvTable } from '@/lib/formats/csv-table';
import { decodeFile, detectCsvMapping, formatOfFileName, importFile, MAX_IMPORT_BYTES, type CsvMapping, type ImportError } from '@/lib/formats';
import type { SerializedEntenteGraph } from '@/lib/graph/types';

export type NamedFile = { name: string; bytes: Uint8Array };

export type ImportOutcome =
  | { status: 'ok'; name: string; graph: SerializedEntenteGraph; warnings: string[] }
  | { status: 'failed'; name: string; errors: ImportError[] }
  | { status: 'mapping'; name: string; headers: string[]; preview: string[][]; mapping: CsvMapping; reason: string };

function csvTable(file: NamedFile) {
  const decoded = decodeFile(file.bytes, { maxBytes: MAX_IMPORT_BYTES });
  if (!decoded.ok) return null;
  try {
    return readCsvTable(decoded.text, createProblems(), file.name);
  } catch {
    return null; // the importer reports the problem with its position
  }
}

/** With two CSV files, the edges file is the one whose header has a source and a target. */
function splitCsv(files: NamedFile[]): { edges: NamedFile; nodes?: NamedFile } {
  const [a, b] = files as [NamedFile, NamedFile?];
  if (!b) return { edges: a };
  const aIsEdges = detectCsvMapping(csvTable(a)?.headers ?? []).missing.length === 0;
  return aIsEdges ? { edges: a, nodes: b } : { edges: b, nodes: a };
}

export async function importFiles(files: NamedFile[], mapping?: CsvMapping): Promise<ImportOutcome> {
  const first = files[0];
  if (!first) return { status: 'failed', name: '(nothing)', errors: [{ message: 'no file was given', where: 'file' }] };
  const format = formatOfFileName(first.name);
  if (files.length > 2 || (files.length === 2 && (format !== 'csv' || formatOfFileName(files[1]!.name) !== 'csv'))) {
    return { status: 'failed', name: files.map((f) => f.name).join(', '), errors: [{ message: 'import one file, or two CSV files (an edge list and a node list)', where: 'files' }] };
  }
  let edges = first;
  let nodes: NamedFile | undefined;
  if (format === 'csv') {
    ({ edges, nodes } = splitCsv(files));
    const table = csvTable(edges);
    if (!mapping && table) {
      const detected = detectCsvMapping(table.headers);
      if (detected.message) {
        return {
          status: 'mapping',
          name: edges.name,
          headers: table.headers,
          preview: table.rows.slice(0, 5).map((r) => r.cells),
          mapping: detected.mapping,
          reason: detected.message,
        };
      }
    }
  }
  const name = nodes ? `${edges.name} + ${nodes.name}` : edges.name;
  const result = importFile(edges.name, edges.bytes, { nodes, mapping });
  if (!result.ok) return { status: 'failed', name, errors: result.errors };
  return { status: 'ok', name, graph: result.graph.export(), warnings: result.warnings };
}

const EXTENSION_BY_TYPE: [RegExp, string][] = [
  [/gexf/, 'gexf'],
  [/graphml/, 'graphml'],
  [/json/, 'json'],
  [/csv|tab-separated/, 'csv'],
];

/** The file's name: from Content-Disposition, else the URL's last segment, with an extension from the content type if it has none. */
function fileNameOf(url: URL, headers: Headers): string {
  const disposition = /filename="?([^";]+)"?/i.exec(headers.get('content-disposition') ?? '')?.[1];
  const name = disposition ?? (decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'graph');
  if (formatOfFileName(name)) return name;
  const type = headers.get('content-type') ?? '';
  const extension = EXTENSION_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1];
  return extension ? `${name}.${extension}` : name;
}

/** Fetches ?file=<url> (same origin, or a server that allows CORS); errors say what went wrong. */
export async function fetchGraphFile(url: string, base: string): Promise<NamedFile | { error: string }> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { error: `"${url}" is not a valid URL` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { error: `only http(s) files can be imported, not ${target.protocol}` };
  let response: Response;
  try {
    response = await fetch(target, { mode: 'cors', credentials: 'omit' });
  } catch {
    return { error: `could not fetch ${target.href}: the server is unreachable or does not allow cross-origin requests (CORS)` };
  }
  if (!response.ok) return { error: `fetching ${target.href} failed with HTTP ${response.status}` };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_IMPORT_BYTES) return { error: `${target.href} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit` };
  return { name: fileNameOf(target, response.headers), bytes: new Uint8Array(await response.arrayBuffer()) };
}
