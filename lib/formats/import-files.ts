// Turns the files a user gives (picked, dropped or fetched from ?file=) into a graph the explorer can show, or into
// messages that say what is wrong and where; asks for a column mapping when a CSV's header is ambiguous.
import type { SerializedEntenteGraph } from '@/lib/graph/types';
import { CSV_FORMAT, detectCsvMapping, type CsvMapping } from './csv';
import { readCsvTable } from './csv-table';
import { decodeFile } from './decode';
import { importFile } from './index';
import { createProblems, MAX_IMPORT_BYTES, type ImportError } from './import-result';
import { formatOfContentType, formatOfFileName } from './registry';
import type { ParseXml } from './xml';

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

/**
 * One file, or a format's two parts (CSV: an edge list and a node list); a CSV with an ambiguous header asks first.
 * `parseXml`: the XML parser where the browser's DOMParser is missing (the import worker).
 */
export function importFiles(files: NamedFile[], mapping?: CsvMapping, parseXml?: ParseXml): ImportOutcome {
  const first = files[0];
  if (!first) return { status: 'failed', name: '(nothing)', errors: [{ message: 'no file was given', where: 'file' }] };
  const format = formatOfFileName(first.name);
  if (files.length > 2 || (files.length === 2 && (format?.parts == null || formatOfFileName(files[1]!.name) !== format))) {
    return {
      status: 'failed',
      name: files.map((f) => f.name).join(', '),
      errors: [{ message: 'import one file, or two CSV files (an edge list and a node list)', where: 'files' }],
    };
  }
  let edges = first;
  let nodes: NamedFile | undefined;
  if (format === CSV_FORMAT) {
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
  const result = importFile(edges.name, edges.bytes, { nodes, mapping, parseXml });
  if (!result.ok) return { status: 'failed', name, errors: result.errors };
  return { status: 'ok', name, graph: result.graph.export(), warnings: result.warnings };
}

/** A fetched file's name: from Content-Disposition, else the URL's last segment, with an extension from the content
 *  type if it has none the registry knows. A malformed %-escape in the URL is kept as written. */
export function fileNameOf(url: URL, headers: Headers): string {
  const disposition = /filename="?([^";]+)"?/i.exec(headers.get('content-disposition') ?? '')?.[1];
  const segment = url.pathname.split('/').pop() ?? '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep the segment as written
  }
  const name = disposition ?? (decoded || 'graph');
  if (formatOfFileName(name)) return name;
  const format = formatOfContentType(headers.get('content-type') ?? '');
  return format ? `${name}.${format.extensions[0]}` : name;
}
