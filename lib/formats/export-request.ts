// The export parameters of GET /api/graph (format, part) read and checked, and what each format is served as.
import type { EntenteGraph } from '@/lib/graph/types';
import { toEdgesCsv, toNodesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** CSV is two files; one response holds one of them (no archive: it would need a zip dependency). */
export const CSV_PARTS = ['edges', 'nodes'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

export type ExportRequest = { format: ExportFormat; part: CsvPart | null; explicit: boolean };
export type ExportRequestResult = ({ ok: true } & ExportRequest) | { ok: false; parameter: string; message: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** `format` defaults to json; `part` (edges by default) is for csv only. */
export function parseExportRequest(get: (name: string) => string | null): ExportRequestResult {
  const format = get('format');
  const part = get('part');
  if (format !== null && !isOneOf(EXPORT_FORMATS, format)) {
    return { ok: false, parameter: 'format', message: `format "${format}" is not one of ${EXPORT_FORMATS.join(', ')}` };
  }
  const chosen: ExportFormat = format ?? 'json';
  if (part !== null && chosen !== 'csv') return { ok: false, parameter: 'part', message: `part applies to format=csv only (it picks ${CSV_PARTS.join(' or ')})` };
  if (part !== null && !isOneOf(CSV_PARTS, part)) return { ok: false, parameter: 'part', message: `part "${part}" is not one of ${CSV_PARTS.join(', ')}` };
  return { ok: true, format: chosen, part: chosen === 'csv' ? (part ?? 'edges') : null, explicit: format !== null };
}

/** The body, content type and download file name (entente-<asOf>.<ext>, CSV: entente-<asOf>.edges.csv) of an export. */
export function exportFile(graph: EntenteGraph, request: ExportRequest): { body: string; contentType: string; fileName: string } {
  const day = graph.getAttribute('asOf') ?? 'timeless';
  const contentType = CONTENT_TYPES[request.format];
  switch (request.format) {
    case 'json':
      return { body: toJson(graph), contentType, fileName: `entente-${day}.json` };
    case 'gexf':
      return { body: toGexf(graph), contentType, fileName: `entente-${day}.gexf` };
    case 'graphml':
      return { body: toGraphml(graph), contentType, fileName: `entente-${day}.graphml` };
    case 'csv': {
      const part = request.part ?? 'edges';
      return { body: part === 'nodes' ? toNodesCsv(graph) : toEdgesCsv(graph), contentType, fileName: `entente-${day}.${part}.csv` };
    }
  }
}
