// Public entry of lib/formats: export a graph as GEXF, GraphML, graphology JSON or CSV, and import a user's file
// (chosen by its extension, see registry.ts) into a graph the explorer can show.
import type { CsvMapping } from './csv';
import { decodeFile } from './decode';
import { MAX_IMPORT_BYTES as MAX_BYTES_DEFAULT, type ImportResult } from './import-result';
import { FILE_FORMATS, formatOfFileName, listed } from './registry';
import type { XmlImportOptions } from './xml';

export { toGexf, importGexf, type GexfExportOptions } from './gexf';
export { toGraphml, importGraphml, type GraphmlExportOptions } from './graphml';
export { toJson, importJson, roundTripJson } from './json';
export { toCsv, toNodesCsv, toEdgesCsv, importCsv, detectCsvMapping, CSV_ROLE_NAMES, type CsvMapping, type CsvMappingDetection, type CsvRole } from './csv';
export { decodeFile, type DecodeResult } from './decode';
export { MAX_IMPORT_BYTES, MAX_IMPORT_NODES, MAX_IMPORT_EDGES, MAX_JSON_DEPTH, type ImportError, type ImportLimits, type ImportResult } from './import-result';
export type { ParseXml, XmlImportOptions } from './xml';
export type { Positions } from './fields';
export { EXPORT_FORMATS, parseExportRequest, exportFile, type ExportRequest } from './export-request';
export { FILE_FORMATS, ACCEPTED_EXTENSIONS, FORMAT_LABELS, formatById, formatOfFileName, formatOfContentType, listed } from './registry';
export type { FileFormat, FormatReadOptions, FormatWriteOptions } from './file-format';
export { EDGE_TYPE_FORMS, DEFAULT_EDGE_TYPE_FORM, type EdgeTypeForm } from './edge-type';

export type FileImportOptions = XmlImportOptions & { nodes?: { name: string; bytes: Uint8Array }; mapping?: CsvMapping };

/** Decodes and imports one file, in the format its extension names (for CSV, with an optional node list in `options.nodes`). */
export function importFile(name: string, bytes: Uint8Array, options: FileImportOptions = {}): ImportResult {
  const format = formatOfFileName(name);
  if (!format) {
    const extensions = FILE_FORMATS.map((f) => `.${f.extensions[0]}`);
    return { ok: false, errors: [{ message: `"${name}" is not a file Entente can import: use ${listed(extensions, 'or')}`, where: 'file name' }] };
  }
  const maxBytes = options.limits?.maxBytes ?? MAX_BYTES_DEFAULT;
  const decoded = decodeFile(bytes, { maxBytes });
  if (!decoded.ok) return decoded;
  let companionText: string | undefined;
  if (options.nodes) {
    const nodes = decodeFile(options.nodes.bytes, { maxBytes });
    if (!nodes.ok) return { ok: false, errors: nodes.errors.map((e) => ({ ...e, where: `nodes file ${e.where}` })) };
    companionText = nodes.text;
  }
  return format.read(decoded.text, { ...options, companionText });
}
