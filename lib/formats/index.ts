// Public entry of lib/formats: export a graph as GEXF, GraphML, graphology JSON or CSV, and import a user's file
// (chosen by its extension) into a graph the explorer can show.
import { importCsv, type CsvMapping } from './csv';
import { decodeFile } from './decode';
import { importGexf } from './gexf';
import { importGraphml } from './graphml';
import type { XmlImportOptions } from './xml';
import { MAX_IMPORT_BYTES as MAX_BYTES_DEFAULT, type ImportResult } from './import-result';
import { importJson } from './json';

export { toGexf, importGexf, type GexfExportOptions } from './gexf';
export { toGraphml, importGraphml, type GraphmlExportOptions } from './graphml';
export { toJson, importJson, roundTripJson } from './json';
export { toCsv, toNodesCsv, toEdgesCsv, importCsv, detectCsvMapping, CSV_ROLE_NAMES, type CsvMapping, type CsvMappingDetection, type CsvRole } from './csv';
export { decodeFile, type DecodeResult } from './decode';
export { MAX_IMPORT_BYTES, MAX_IMPORT_NODES, MAX_IMPORT_EDGES, MAX_JSON_DEPTH, type ImportError, type ImportLimits, type ImportResult } from './import-result';
export type { ParseXml, XmlImportOptions } from './xml';
export type { Positions } from './fields';
export { EXPORT_FORMATS, CSV_PARTS, parseExportRequest, exportFile, type ExportFormat, type CsvPart } from './export-request';

export type ImportFormat = 'gexf' | 'graphml' | 'json' | 'csv';

/** The format a file name's extension names (.xml is read as GraphML, .tsv and .txt as CSV), or null. */
export function formatOfFileName(name: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'gexf':
      return 'gexf';
    case 'graphml':
    case 'xml':
      return 'graphml';
    case 'json':
      return 'json';
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    default:
      return null;
  }
}

export type FileImportOptions = XmlImportOptions & { nodes?: { name: string; bytes: Uint8Array }; mapping?: CsvMapping };

/** Decodes and imports one file (for CSV, with an optional node list in `options.nodes`). */
export function importFile(name: string, bytes: Uint8Array, options: FileImportOptions = {}): ImportResult {
  const format = formatOfFileName(name);
  if (!format) {
    return { ok: false, errors: [{ message: `"${name}" is not a file Entente can import: use .gexf, .graphml, .json or .csv`, where: 'file name' }] };
  }
  const decoded = decodeFile(bytes, { maxBytes: options.limits?.maxBytes ?? MAX_BYTES_DEFAULT });
  if (!decoded.ok) return decoded;
  switch (format) {
    case 'gexf':
      return importGexf(decoded.text, options);
    case 'graphml':
      return importGraphml(decoded.text, options);
    case 'json':
      return importJson(decoded.text, options);
    case 'csv': {
      let nodesText: string | undefined;
      if (options.nodes) {
        const nodes = decodeFile(options.nodes.bytes, { maxBytes: options.limits?.maxBytes ?? MAX_BYTES_DEFAULT });
        if (!nodes.ok) return { ok: false, errors: nodes.errors.map((e) => ({ ...e, where: `nodes file ${e.where}` })) };
        nodesText = nodes.text;
      }
      return importCsv(decoded.text, nodesText, options.mapping, options);
    }
  }
}
