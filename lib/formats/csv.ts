// CSV export (a nodes and an edges file; cells a spreadsheet would run as formulas, starting with = + - @, get a
// leading apostrophe) and import (an edge list with an optional node list, columns found by their header).
import type { EntenteGraph } from '@/lib/graph/types';
import { csvLine, readCsvTable, type CsvTable } from './csv-table';
import { EDGE_FIELDS, NODE_FIELDS, fieldsOf, valueText, type AttributeRecord } from './fields';
import type { FileFormat } from './file-format';
import { graphBuilder } from './graph-builder';
import { DEFAULT_LIMITS, checkText, runImport, type ImportLimits, type ImportResult, type Problems } from './import-result';

const EOL = '\r\n';

export function toNodesCsv(graph: EntenteGraph): string {
  const all: AttributeRecord[] = [];
  graph.forEachNode((_, a) => void all.push(a));
  const fields = fieldsOf(all, NODE_FIELDS, ['key']);
  const lines = [csvLine(['key', ...fields.map(([name]) => name)])];
  graph.forEachNode((key, a: AttributeRecord) => {
    lines.push(csvLine([key, ...fields.map(([name, type]) => valueText(a[name], type, 'compact') ?? '')]));
  });
  return lines.join(EOL) + EOL;
}

export function toEdgesCsv(graph: EntenteGraph): string {
  const all: AttributeRecord[] = [];
  graph.forEachEdge((_, a) => void all.push(a));
  const fields = fieldsOf(all, EDGE_FIELDS, ['key', 'source', 'target', 'directed']);
  const lines = [csvLine(['key', 'source', 'target', 'directed', ...fields.map(([name]) => name)])];
  graph.forEachEdge((key, a: AttributeRecord, source, target, _sa, _ta, undirected) => {
    const cells = fields.map(([name, type]) => valueText(a[name], type, 'compact') ?? '');
    lines.push(csvLine([key, source, target, undirected ? 'false' : 'true', ...cells]));
  });
  return lines.join(EOL) + EOL;
}

/** Both files: the node list and the edge list (the API serves one per request, see app/api/graph/route.ts). */
export function toCsv(graph: EntenteGraph): { nodes: string; edges: string } {
  return { nodes: toNodesCsv(graph), edges: toEdgesCsv(graph) };
}

// ---- column mapping ------------------------------------------------------------------------

/** Which header holds each role in an edges file; absent = no such column. */
export type CsvMapping = {
  source?: string;
  target?: string;
  key?: string;
  label?: string;
  weight?: string;
  kind?: string;
  /** Gephi's Type column: Directed / Undirected (any other value is read as the kind). */
  type?: string;
  directed?: string;
  start?: string;
  end?: string;
};
export type CsvRole = keyof CsvMapping;

/** Header names each role is recognised by, compared without case, spaces, underscores or hyphens. */
export const CSV_ROLE_NAMES: Record<CsvRole, string[]> = {
  source: ['source', 'from', 'src', 'sourceid', 'sourcenode'],
  target: ['target', 'to', 'dst', 'tgt', 'targetid', 'targetnode'],
  key: ['key', 'id', 'edgeid', 'edgekey'],
  label: ['label'],
  weight: ['weight', 'value'],
  kind: ['kind', 'relation', 'relationship', 'tiekind'],
  type: ['type'],
  directed: ['directed'],
  start: ['start', 'startdate', 'begin', 'since'],
  end: ['end', 'enddate', 'until'],
};
const ROLES = Object.keys(CSV_ROLE_NAMES) as CsvRole[];
const ENDS = ['source', 'target'] as const;
const isEnd = (role: CsvRole) => role === 'source' || role === 'target';

export type CsvMappingDetection = {
  /** Every role, with the header chosen for it (the most usual name when several fit) or undefined. */
  mapping: CsvMapping;
  /** Roles that more than one header could fill (the first candidate is the one chosen). */
  ambiguous: { role: CsvRole; candidates: string[] }[];
  /** Required roles (source, target) that no header fills. */
  missing: CsvRole[];
  /**
   * A sentence for the user when the source or target column is missing or ambiguous, so that they choose (the UI
   * shows a preview); null when the import can go ahead (other ambiguous roles take their first candidate).
   */
  message: string | null;
};

const canonical = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** Finds the source, target and optional columns of an edges file from its header. */
export function detectCsvMapping(headers: readonly string[]): CsvMappingDetection {
  const mapping: CsvMapping = {};
  const ambiguous: CsvMappingDetection['ambiguous'] = [];
  for (const role of ROLES) {
    const names = CSV_ROLE_NAMES[role];
    const candidates = headers.filter((h) => names.includes(canonical(h)));
    candidates.sort((a, b) => names.indexOf(canonical(a)) - names.indexOf(canonical(b)));
    mapping[role] = candidates[0];
    if (candidates.length > 1) ambiguous.push({ role, candidates });
  }
  const missing = ENDS.filter((role) => mapping[role] === undefined);
  const found = headers.map((h) => `"${h}"`).join(', ');
  const parts = [
    ...missing.map(
      (role) => `no ${role} column (expected one of ${CSV_ROLE_NAMES[role].slice(0, 3).join(', ')}, or Gephi's ${role === 'source' ? 'Source' : 'Target'})`,
    ),
    ...ambiguous.filter((a) => isEnd(a.role)).map((a) => `several columns could be the ${a.role}: ${a.candidates.map((c) => `"${c}"`).join(', ')}`),
  ];
  return { mapping, ambiguous, missing, message: parts.length > 0 ? `${parts.join('; ')}. Found: ${found}` : null };
}

// ---- import ---------------------------------------------------------------------------------

export type CsvImportOptions = { limits?: Partial<ImportLimits> };

const NODE_SYNONYMS: Record<string, string> = { latitude: 'lat', longitude: 'lng', lon: 'lng', long: 'lng', x: 'x', y: 'y' };

/** Headers that match a known attribute without case (Gephi's Label, Latitude) take its name. */
function attributeName(header: string, known: Record<string, unknown>, synonyms: Record<string, string> = {}): string {
  const lower = header.trim().toLowerCase();
  return Object.keys(known).find((name) => name.toLowerCase() === lower) ?? (Object.hasOwn(synonyms, lower) ? synonyms[lower]! : header);
}

function resolveMapping(table: CsvTable, given: CsvMapping | undefined, problems: Problems): CsvMapping {
  const detected = detectCsvMapping(table.headers);
  const mapping: CsvMapping = { ...detected.mapping };
  for (const role of ROLES) {
    const header = given?.[role];
    if (header === undefined) continue;
    if (!table.headers.includes(header)) problems.error(`the ${role} column "${header}" is not in the header (${table.headers.join(', ')})`, 'line 1');
    mapping[role] = header;
  }
  const unresolved = detected.ambiguous.filter((a) => given?.[a.role] === undefined);
  for (const a of unresolved.filter((u) => !isEnd(u.role))) {
    problems.warn(
      `the ${a.role} is read from the column "${a.candidates[0]}" (${a.candidates
        .slice(1)
        .map((c) => `"${c}"`)
        .join(', ')} could be it too, and is kept as an attribute)`,
    );
  }
  const missing = ENDS.filter((role) => mapping[role] === undefined);
  if (missing.length > 0 || unresolved.some((a) => isEnd(a.role))) {
    const parts = [
      ...missing.map(
        (role) => `no ${role} column (expected one of ${CSV_ROLE_NAMES[role].join(', ')}; Gephi's ${role === 'source' ? 'Source' : 'Target'} works too)`,
      ),
      ...unresolved.filter((a) => isEnd(a.role)).map((a) => `several columns could be the ${a.role} (${a.candidates.join(', ')}): choose one`),
    ];
    problems.fatal(`${parts.join('; ')}. Found the columns: ${table.headers.join(', ')}`, 'line 1');
  }
  return mapping;
}

function directedness(value: string | undefined): boolean | null {
  const v = value?.trim().toLowerCase();
  if (v === 'directed' || v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'undirected' || v === 'mutual' || v === 'false' || v === '0' || v === 'no') return false;
  return null;
}

function readNodes(table: CsvTable, builder: ReturnType<typeof graphBuilder>, problems: Problems) {
  const idColumn = table.headers.find((h) => ['key', 'id', 'node', 'nodeid'].includes(canonical(h)));
  if (!idColumn) {
    problems.fatal(`the nodes file has no id column (expected key, id or Id); found: ${table.headers.join(', ')}`, 'nodes file line 1');
  }
  const names = table.headers.map((h) => (h === idColumn ? null : attributeName(h, NODE_FIELDS, NODE_SYNONYMS)));
  table.rows.forEach((row, r) => {
    const raw = new Map<string, unknown>();
    names.forEach((name, c) => {
      const cell = row.cells[c];
      if (name !== null && cell !== undefined && cell !== '' && !raw.has(name)) raw.set(name, cell);
    });
    builder.addNode(row.cells[table.headers.indexOf(idColumn)]?.trim(), raw, `nodes file row ${r + 1} (line ${row.line})`);
  });
}

/**
 * Imports an edge list (and a node list, if given). Columns are found with detectCsvMapping; `mapping` overrides it
 * role by role. An ambiguous or missing source/target column is an error that names the columns found. Without a
 * node list, nodes are created from the edges' ends; with one, an edge to a node it does not list is an error.
 */
export function importCsv(edgesText: string, nodesText?: string, mapping?: CsvMapping, options: CsvImportOptions = {}): ImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return runImport('CSV', (problems) => {
    checkText(edgesText, limits, problems);
    const edges = readCsvTable(edgesText, problems);
    const roles = resolveMapping(edges, mapping, problems);
    const hasNodes = nodesText !== undefined && nodesText.trim() !== '';
    const builder = graphBuilder(problems, limits, { createMissingNodes: !hasNodes });
    if (hasNodes) {
      checkText(nodesText, limits, problems);
      readNodes(readCsvTable(nodesText, problems, 'nodes file'), builder, problems);
    }
    if (edges.rows.length > limits.maxEdges)
      problems.fatal(`the file has ${edges.rows.length.toLocaleString('en')} edges, above the ${limits.maxEdges.toLocaleString('en')} import limit`, 'file');
    const column = (header: string | undefined) => (header === undefined ? -1 : edges.headers.indexOf(header));
    const at = Object.fromEntries(ROLES.map((role) => [role, column(roles[role])])) as Record<CsvRole, number>;
    const mapped = new Set(Object.values(at).filter((i) => i >= 0));
    const names = edges.headers.map((h, i) => (mapped.has(i) ? null : attributeName(h, EDGE_FIELDS)));
    edges.rows.forEach((row, r) => {
      const cell = (i: number) => (i >= 0 ? row.cells[i]?.trim() : undefined) || undefined;
      const raw = new Map<string, unknown>();
      for (const role of ['label', 'weight', 'kind', 'start', 'end'] as const) {
        const value = cell(at[role]);
        if (value !== undefined) raw.set(role, value);
      }
      names.forEach((name, c) => {
        const value = row.cells[c];
        if (name !== null && value !== undefined && value !== '' && !raw.has(name)) raw.set(name, value);
      });
      const type = cell(at.type);
      const where = `row ${r + 1} (line ${row.line})`;
      const directedCell = cell(at.directed);
      let directed = directedness(directedCell);
      if (directedCell !== undefined && directed === null) problems.error(`directed "${directedCell}" is not true or false`, where);
      if (type !== undefined) {
        const fromType = directedness(type);
        if (fromType !== null) directed ??= fromType;
        else if (!raw.has('kind')) raw.set('kind', type);
        else raw.set('type', type);
      }
      builder.addEdge(cell(at.key), cell(at.source), cell(at.target), raw, where, directed);
    });
    return builder.finish({ title: 'Imported CSV' });
  });
}

export const CSV_FORMAT: FileFormat = {
  id: 'csv',
  label: 'CSV',
  readBy: 'spreadsheets, Gephi, Kumu, Flourish, pandas',
  extensions: ['csv', 'tsv', 'txt'],
  mimeType: 'text/csv',
  contentTypes: /csv|tab-separated/,
  parts: ['edges', 'nodes'],
  edgeTypes: [],
  read: (text, options) => importCsv(text, options.companionText, options.mapping, options),
  write: (graph, options) => (options.part === 'nodes' ? toNodesCsv(graph) : toEdgesCsv(graph)),
};
