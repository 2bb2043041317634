// Turns the files a user gives (picked, dropped or fetched from ?file=) into a graph the explorer can show, or into
// messages that say what is wrong and where; asks for a column mapping when a CSV's header is ambiguous.
import { createProblems } from '@/lib/formats/import-result';
import { readCsvTable } from '@/lib/formats/csv-table';
import { decodeFile, detectCsvMapping, formatOfFileName, importFile, MAX_IMPORT_BYTES, type CsvMapping, type ImportError, type ParseXml } from '@/lib/formats';
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

/** `parseXml`: the XML parser to use where the browser's DOMParser is missing (in a Web Worker). */
export async function importFiles(files: NamedFile[], mapping?: CsvMapping, parseXml?: ParseXml): Promise<ImportOutcome> {
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
  const result = importFile(edges.name, edges.bytes, { nodes, mapping, parseXml });
  if (!result.ok) return { status: 'failed', name, errors: result.errors };
  return { status: 'ok', name, graph: result.graph.export(), warnings: result.warnings };
}

const EXTENSION_BY_TYPE: [RegExp, string][] = [
  [/gexf/, 'gexf'],
  [/graphml/, 'graphml'],
  [/json/, 'json'],
  [/csv|tab-separated/, 'csv'],
];

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape (%E0%A4%A) stays as written
  }
}

/** The file's name: from Content-Disposition, else the (final, after redirects) URL's last segment, with an extension from the content type if it has none. */
export function fileNameOf(url: URL, headers: Headers): string {
  const disposition = /filename="?([^";]+)"?/i.exec(headers.get('content-disposition') ?? '')?.[1];
  const name = disposition ?? (decodeSegment(url.pathname.split('/').pop() ?? '') || 'graph');
  if (formatOfFileName(name)) return name;
  const type = headers.get('content-type') ?? '';
  const extension = EXTENSION_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1];
  return extension ? `${name}.${extension}` : name;
}

export type FetchProgress = (loaded: number, total: number | null) => void;
export type FetchOptions = { signal?: AbortSignal; onProgress?: FetchProgress; maxBytes?: number; stallMs?: number };

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Fetches ?file=<url> (same origin, or a server that allows CORS), following redirects; errors say what went wrong.
 * The size limit is enforced while the body streams in, and a download that makes no progress for `stallMs` (30 s)
 * stops with a message; `signal` cancels it.
 */
export async function fetchGraphFile(url: string, base: string, options: FetchOptions = {}): Promise<NamedFile | { error: string }> {
  const { signal, onProgress, maxBytes = MAX_IMPORT_BYTES, stallMs = 30_000 } = options;
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { error: `"${url}" is not a valid URL` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { error: `only http(s) files can be imported, not ${target.protocol}` };
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel);
  const stopped = (): { error: string } =>
    stalled ? { error: `${target.href} sent nothing for ${Math.round(stallMs / 1000)} s: the download was stopped` } : { error: 'the download was cancelled' };
  try {
    arm();
    let response: Response;
    try {
      response = await fetch(target, { mode: 'cors', credentials: 'omit', redirect: 'follow', signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return stopped();
      return { error: `could not fetch ${target.href}: the server is unreachable or does not allow cross-origin requests (CORS)` };
    }
    const final = response.url ? new URL(response.url) : target;
    if (!response.ok) return { error: `fetching ${final.href} failed with HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (total !== null && total > maxBytes) {
      controller.abort();
      return { error: `${final.href} is ${mb(total)}, larger than the ${mb(maxBytes)} import limit` };
    }
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    onProgress?.(0, total);
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch {
          if (controller.signal.aborted) return stopped();
          return { error: `the download of ${final.href} broke off after ${mb(loaded)}` };
        }
        if (step.done) break;
        arm();
        loaded += step.value.byteLength;
        if (loaded > maxBytes) {
          void reader.cancel();
          return { error: `${final.href} is larger than the ${mb(maxBytes)} import limit (stopped after ${mb(loaded)})` };
        }
        chunks.push(step.value);
        onProgress?.(loaded, total);
      }
    }
    const bytes = new Uint8Array(loaded);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { name: fileNameOf(final, response.headers), bytes };
  } catch (error) {
    return { error: `could not fetch ${target.href}: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
