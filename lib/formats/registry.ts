// The file formats Entente reads and writes, one entry each. The import control (accepted extensions, its label), the
// export dialog (one button per format and edge form), GET /api/graph's format= (and its error message) and the
// OpenAPI description are derived from this list. Adding a format: its module with a FileFormat, and one entry here.
import { CSV_FORMAT } from './csv';
import type { FileFormat } from './file-format';
import { GEXF_FORMAT } from './gexf';
import { GRAPHML_FORMAT } from './graphml';
import { JSON_FORMAT } from './json';

export const FILE_FORMATS: readonly FileFormat[] = [GEXF_FORMAT, GRAPHML_FORMAT, JSON_FORMAT, CSV_FORMAT];

/** The format `id` names, or null (a Map lookup: any string is safe). */
const BY_ID = new Map(FILE_FORMATS.map((format) => [format.id, format]));
export function formatById(id: string): FileFormat | null {
  return BY_ID.get(id) ?? null;
}

const BY_EXTENSION = new Map(FILE_FORMATS.flatMap((format) => format.extensions.map((extension) => [extension, format] as const)));

/** The format a file name's extension names (e.g. .xml is read as GraphML, .tsv and .txt as CSV), or null. */
export function formatOfFileName(name: string): FileFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? null : (BY_EXTENSION.get(extension) ?? null);
}

/** The format a content type names (for fetched files whose URL has no known extension), or null. */
export function formatOfContentType(contentType: string): FileFormat | null {
  return FILE_FORMATS.find((format) => format.contentTypes.test(contentType.toLowerCase())) ?? null;
}

/** Every extension read, for a file input's accept attribute: ".gexf,.graphml,.xml,...". */
export const ACCEPTED_EXTENSIONS = FILE_FORMATS.flatMap((format) => format.extensions.map((extension) => `.${extension}`)).join(',');

/** "GEXF, GraphML, graphology JSON or CSV". */
export const FORMAT_LABELS = listed(
  FILE_FORMATS.map((format) => format.label),
  'or',
);

/** "a, b or c". */
export function listed(items: readonly string[], conjunction: 'or' | 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
