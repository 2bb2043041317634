// The export parameters of GET /api/graph (format, part, edgetype) read and checked against the format registry, and
// the file each request is served as.
import type { EntenteGraph } from '@/lib/graph/types';
import type { EdgeTypeForm } from './edge-type';
import type { FileFormat } from './file-format';
import { FILE_FORMATS, formatById, listed } from './registry';

/** Every `format=` value, in the registry's order. Without one the API answers graphology JSON. */
export const EXPORT_FORMATS: readonly string[] = FILE_FORMATS.map((format) => format.id);
const DEFAULT_FORMAT = 'json';

export type ExportRequest = { format: FileFormat; part: string | null; edgeType: EdgeTypeForm | null; explicit: boolean };
export type ExportRequestResult = ({ ok: true } & ExportRequest) | { ok: false; parameter: string; message: string };

const formatsWith = (has: (format: FileFormat) => boolean) =>
  listed(
    FILE_FORMATS.filter(has).map((format) => `format=${format.id}`),
    'or',
  );

/** `format` defaults to json; `part` (the first part by default) applies to formats of several files (CSV) only,
 *  `edgetype` (directed by default, or mixed) to formats that can hold ties either way (GEXF, GraphML). */
export function parseExportRequest(get: (name: string) => string | null): ExportRequestResult {
  const formatId = get('format');
  const part = get('part');
  const edgeType = get('edgetype');
  const format = formatById(formatId ?? DEFAULT_FORMAT);
  if (!format) return { ok: false, parameter: 'format', message: `format "${formatId}" is not one of ${EXPORT_FORMATS.join(', ')}` };
  if (part !== null && !format.parts) return { ok: false, parameter: 'part', message: `part applies to ${formatsWith((f) => f.parts !== null)} only` };
  if (part !== null && format.parts && !format.parts.includes(part))
    return { ok: false, parameter: 'part', message: `part "${part}" is not one of ${format.parts.join(', ')}` };
  if (edgeType !== null && format.edgeTypes.length === 0)
    return { ok: false, parameter: 'edgetype', message: `edgetype applies to ${formatsWith((f) => f.edgeTypes.length > 0)} only` };
  const form = format.edgeTypes.find((t) => t === edgeType);
  if (edgeType !== null && !form) return { ok: false, parameter: 'edgetype', message: `edgetype "${edgeType}" is not one of ${format.edgeTypes.join(', ')}` };
  return {
    ok: true,
    format,
    part: format.parts ? (part ?? format.parts[0]!) : null,
    edgeType: format.edgeTypes.length > 0 ? (form ?? format.edgeTypes[0]!) : null,
    explicit: formatId !== null,
  };
}

/** The download file name: entente-<asOf>[.<part>][-mixed].<ext>, e.g. entente-2000-01-01.edges.csv. */
export function exportFileName(stem: string, request: Pick<ExportRequest, 'format' | 'part' | 'edgeType'>): string {
  const mixed = request.edgeType === 'mixed' ? '-mixed' : '';
  return `${stem}${request.part ? `.${request.part}` : ''}${mixed}.${request.format.extensions[0]}`;
}

/** The body, content type and download file name of an export. */
export function exportFile(graph: EntenteGraph, request: Omit<ExportRequest, 'explicit'>): { body: string; contentType: string; fileName: string } {
  const day = graph.getAttribute('asOf') ?? 'timeless';
  const body = request.format.write(graph, { part: request.part ?? undefined, edgeType: request.edgeType ?? undefined });
  return { body, contentType: `${request.format.mimeType}; charset=utf-8`, fileName: exportFileName(`entente-${day}`, request) };
}
