// GEXF 1.3 (Gephi) export and import, with periods as spells so that Gephi's timeline plays the history.
import { firstDay, isIsoDate } from '@/lib/data/dates';
import type { EntenteGraph, GraphAttributes } from '@/lib/graph/types';
import { EDGE_FIELDS, NODE_FIELDS, fieldsOf, valueText, type AttributeRecord, type FieldType, type Positions } from './fields';
import { graphBuilder } from './graph-builder';
import { DEFAULT_LIMITS, FORBIDDEN_KEYS, checkText, runImport, type ImportResult, type Problems } from './import-result';
import type { Interval } from './normalize';
import { EDGE_TYPE_FORMS, type EdgeTypeForm } from './edge-type';
import type { FileFormat } from './file-format';
import { attribute, childElements, describe, escapeXml, firstChild, localName, parseXmlDocument, textOf, type XmlImportOptions } from './xml';
import { valueOf } from '@/lib/graph/id-record';

/**
 * `edgeType` "directed" (the default): one directed graph, every tie from source to target with a `directed`
 * attribute saying whether the tie has a direction, which networkx, igraph, Gephi and graphology-gexf all read.
 * "mixed" (for Gephi): each edge typed directed or undirected, and each period's status as a dynamic attribute for
 * Gephi's timeline; networkx refuses it, graphology-gexf reads it with allowUndeclaredAttributes.
 */
export type GexfExportOptions = { positions?: Positions; edgeType?: EdgeTypeForm };

const STATUS_OVER_TIME = 'statusOverTime';
const GEXF_TYPE: Record<FieldType, string> = {
  string: 'string',
  'string?': 'string',
  'number?': 'double',
  'integer?': 'integer',
  boolean: 'boolean',
  json: 'string',
  sources: 'string',
};

const attr = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : ` ${name}="${escapeXml(String(value))}"`;

function shiftDay(day: string, by: 1 | -1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

/** A half-open [start, end) period as an inclusive GEXF spell of whole days; null end = still holds. */
function spell(start: string, end: string | null): { start: string; end: string | null } {
  const from = firstDay(start);
  if (end === null) return { start: from, end: null };
  const last = shiftDay(firstDay(end), -1);
  return { start: from, end: last < from ? from : last };
}

function spellsXml(intervals: { start: string; end: string | null }[], indent: string): string {
  if (intervals.length === 0) return '';
  const items = intervals.map((p) => spell(p.start, p.end)).map((s) => `${indent}  <spell${attr('start', s.start)}${attr('end', s.end)}/>`);
  return `${indent}<spells>\n${items.join('\n')}\n${indent}</spells>\n`;
}

function declarations(kind: 'node' | 'edge', fields: [string, FieldType][]): string {
  const items = fields.map(([name, type]) => `      <attribute id="${escapeXml(name)}" title="${escapeXml(name)}" type="${GEXF_TYPE[type]}"/>`);
  return `    <attributes class="${kind}" mode="static">\n${items.join('\n')}\n    </attributes>\n`;
}

function attvalues(attributes: AttributeRecord, fields: [string, FieldType][], extra: string[] = []): string {
  const items = fields.flatMap(([name, type]) => {
    const text = valueText(attributes[name], type, 'compact');
    return text === null ? [] : [`          <attvalue for="${escapeXml(name)}" value="${escapeXml(text)}"/>`];
  });
  items.push(...extra);
  return items.length === 0 ? '' : `        <attvalues>\n${items.join('\n')}\n        </attvalues>\n`;
}

/**
 * The graph as a GEXF 1.3 document. Ties, organizations and state lifespans carry their periods as spells
 * (timeformat="date", mode="dynamic", whole days, ends inclusive); the mixed form (for Gephi) adds each period's
 * status as a dynamic attribute ("status over time"), in a second <attributes> block that graphology-gexf cannot read. Edges are all directed with a `directed` attribute, or (edgeType "mixed") each of its own
 * type, directed or undirected (defaultedgetype="mixed" is not GEXF). An edge's kind, label and weight go in GEXF's
 * own edge attributes (Gephi's Kind, Label and Weight columns); its kind is written kind/subtype, so that Gephi does
 * not merge two ties of one kind between the same states, and (directed form) also as a `kind` attribute, which
 * networkx reads where it drops GEXF's own kind.
 * Structured values (periods, lifespans, former names) are JSON text; sources "publisher: title (date) <url>; ...".
 * `positions` (or numeric x/y node attributes) become viz:position, y flipped to point up as Gephi's does.
 * <attributes> carry mode="static|dynamic": Gephi's importer reads it to make a column dynamic (a timeline
 * attribute), although the 1.3 XSD lists only class there.
 */
export function toGexf(graph: EntenteGraph, options: GexfExportOptions = {}): string {
  const nodeAttributes: AttributeRecord[] = [];
  const edgeAttributes: AttributeRecord[] = [];
  graph.forEachNode((_, a) => void nodeAttributes.push(a));
  graph.forEachEdge((_, a) => void edgeAttributes.push(a));
  const nodeFields = fieldsOf(nodeAttributes, NODE_FIELDS, ['label', 'x', 'y']);
  const mixed = options.edgeType === 'mixed';
  const edgeFields = fieldsOf(edgeAttributes, EDGE_FIELDS, ['label', 'weight', STATUS_OVER_TIME, ...(mixed ? ['kind', 'directed'] : [])]);
  const meta = graph.getAttributes();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    `  <meta${isIsoDate(meta.datasetAsOf ?? '') ? attr('lastmodifieddate', firstDay(meta.datasetAsOf)) : ''}>\n`,
    '    <creator>Entente</creator>\n',
    `    <description>${escapeXml(meta.title ?? '')}</description>\n`,
    ...(meta.asOf ? [`    <keywords>as of ${escapeXml(meta.asOf)}</keywords>\n`] : []),
    '  </meta>\n',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n',
    declarations('node', nodeFields),
    declarations('edge', edgeFields),
    // graphology-gexf (Gephi Lite) reads one <attributes> block per class: the directed form has no dynamic block
    ...(mixed
      ? [
          `    <attributes class="edge" mode="dynamic">\n      <attribute id="${STATUS_OVER_TIME}" title="status over time" type="string"/>\n    </attributes>\n`,
        ]
      : []),
    '    <nodes>\n',
  ];
  graph.forEachNode((key, a) => {
    out.push(`      <node${attr('id', key)}${attr('label', a.label)}>\n`, attvalues(a, nodeFields));
    if (a.kind === 'state' && a.lifespan) out.push(spellsXml(a.lifespan, '        '));
    if (a.kind === 'organization') out.push(spellsXml([{ start: a.founded, end: a.dissolved }], '        '));
    const loose = a as { x?: unknown; y?: unknown };
    const position =
      (options.positions && valueOf(options.positions, key)) ??
      (typeof loose.x === 'number' && typeof loose.y === 'number' ? { x: loose.x, y: loose.y } : undefined);
    // Gephi's y axis points up, Cytoscape's (and so Entente's positions) down
    if (position && Number.isFinite(position.x) && Number.isFinite(position.y))
      out.push(`        <viz:position x="${position.x}" y="${-position.y}" z="0"/>\n`);
    out.push('      </node>\n');
  });
  out.push('    </nodes>\n    <edges>\n');
  graph.forEachEdge((key, a, source, target) => {
    const kind = a.subtype ? `${a.kind}/${a.subtype}` : a.kind;
    const statuses = !mixed
      ? []
      : a.periods.map((p) => {
          const s = spell(p.start, p.end);
          return `          <attvalue for="${STATUS_OVER_TIME}"${attr('value', p.status)}${attr('start', s.start)}${attr('end', s.end)}/>`;
        });
    const type = mixed ? ` type="${a.directed ? 'directed' : 'undirected'}"` : '';
    out.push(`      <edge${attr('id', key)}${attr('source', source)}${attr('target', target)}${type}`);
    out.push(`${attr('kind', kind)}${attr('label', a.label)}${a.weight !== null && Number.isFinite(a.weight) ? attr('weight', a.weight) : ''}>\n`);
    out.push(attvalues(a, edgeFields, statuses), spellsXml(a.periods, '        '), '      </edge>\n');
  });
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  return out.join('');
}

// ---- import ----------------------------------------------------------------------------------

type Declaration = { title: string; type: string; dynamic: boolean; fallback: string | null };
type Dynamic = { value: string; start: string | null; end: string | null };

const NUMERIC = new Set(['integer', 'long', 'double', 'float', 'short', 'byte', 'biginteger', 'bigdecimal']);

function typed(value: string, type: string): unknown {
  if (NUMERIC.has(type) && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function readDeclarations(graphElement: Element, problems: Problems): Map<string, Declaration> {
  const declared = new Map<string, Declaration>();
  for (const block of childElements(graphElement, 'attributes')) {
    const cls = attribute(block, 'class') === 'edge' ? 'edge' : 'node';
    const dynamic = attribute(block, 'mode') === 'dynamic';
    childElements(block, 'attribute').forEach((element, i) => {
      const id = attribute(element, 'id') ?? '';
      const title = attribute(element, 'title') ?? id;
      for (const name of [id, title]) if (FORBIDDEN_KEYS.has(name)) problems.error(`the attribute name "${name}" is not allowed`, describe(element, i));
      const fallback = textOf(firstChild(element, 'default'));
      declared.set(`${cls}:${id}`, { title, type: attribute(element, 'type') ?? 'string', dynamic, fallback });
    });
  }
  return declared;
}

/** A GEXF time value as an Entente date: spells' ends are inclusive, so `inclusiveEnd` moves one day (or month, year) on. */
function gexfDate(value: string | null, where: string, problems: Problems, inclusiveEnd = false): string | null {
  if (value === null || value.trim() === '') return null;
  let day = value.trim();
  if (/^\d{4}\.0+$/.test(day)) day = day.slice(0, 4);
  if (/^\d{4}-\d{2}-\d{2}T/.test(day)) day = day.slice(0, 10);
  if (!isIsoDate(day)) {
    problems.error(`time "${value}" is not a date (YYYY-MM-DD)`, where);
    return null;
  }
  if (!inclusiveEnd) return day;
  if (day.length === 4) return String(Number(day) + 1);
  if (day.length === 7) return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 7);
  return shiftDay(day, 1);
}

function readElement(element: Element, cls: 'node' | 'edge', where: string, declared: Map<string, Declaration>, problems: Problems) {
  const raw = new Map<string, unknown>();
  const dynamics = new Map<string, Dynamic[]>();
  for (const block of childElements(element, 'attvalues')) {
    for (const value of childElements(block, 'attvalue')) {
      const ref = attribute(value, 'for') ?? attribute(value, 'id') ?? '';
      const declaration = declared.get(`${cls}:${ref}`);
      if (!declaration) {
        problems.tally('undeclared', ref, (n, ex) => `${n} attribute values refer to attributes the file does not declare (${ex.join(', ')}): read as text`);
        if (FORBIDDEN_KEYS.has(ref)) problems.error(`the attribute name "${ref}" is not allowed`, where);
      }
      const title = declaration?.title ?? ref;
      const text = attribute(value, 'value') ?? '';
      const start = attribute(value, 'start') ?? attribute(value, 'startopen');
      const end = attribute(value, 'end') ?? attribute(value, 'endopen');
      if (declaration?.dynamic || start !== null || end !== null) {
        dynamics.set(title, [
          ...(dynamics.get(title) ?? []),
          { value: text, start: gexfDate(start, where, problems), end: gexfDate(end, where, problems, true) },
        ]);
      } else raw.set(title, typed(text, declaration?.type ?? 'string'));
    }
  }
  for (const [key, declaration] of declared) {
    if (key.startsWith(`${cls}:`) && !declaration.dynamic && declaration.fallback !== null && !raw.has(declaration.title))
      raw.set(declaration.title, typed(declaration.fallback, declaration.type));
  }
  // A dynamic attribute other than the status history becomes its latest value, where no static value exists.
  for (const [title, values] of dynamics) {
    if (title === 'status over time' || title === STATUS_OVER_TIME || raw.has(title)) continue;
    const latest = [...values].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')).pop();
    if (latest) raw.set(title, typed(latest.value, declared.get(`${cls}:${title}`)?.type ?? 'string'));
    // a dynamic status is the periods' statuses (below); its latest value is the tie's current status
    if (title !== 'status') problems.tally('dynamic', title, (_, ex) => `dynamic attributes (${ex.join(', ')}) were reduced to their latest value`);
  }
  const statuses = dynamics.get('status over time') ?? dynamics.get(STATUS_OVER_TIME) ?? dynamics.get('status') ?? [];
  const spells: Interval[] = [];
  const own = { start: attribute(element, 'start'), end: attribute(element, 'end') };
  const spellElements = childElements(element, 'spells').flatMap((s) => childElements(s, 'spell'));
  for (const s of own.start !== null || own.end !== null ? [own] : [])
    spells.push({ start: gexfDate(s.start, where, problems), end: gexfDate(s.end, where, problems, true) });
  for (const s of spellElements) {
    spells.push({ start: gexfDate(attribute(s, 'start'), where, problems), end: gexfDate(attribute(s, 'end'), where, problems, true) });
  }
  for (const interval of spells) {
    const match = statuses.find((d) => d.start === interval.start);
    if (match) interval.status = match.value;
  }
  return { raw, spells };
}

function edgeDirection(type: string | null, fallback: string): boolean {
  return (type ?? fallback) === 'directed';
}

/** Reads a GEXF file (1.1 to 1.3): attributes, spells (into periods), dynamic status values and viz positions. */
export function importGexf(text: string, options: XmlImportOptions = {}): ImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return runImport('GEXF', (problems) => {
    checkText(text, limits, problems);
    const root = parseXmlDocument(text, options.parseXml, problems);
    if (localName(root) !== 'gexf') problems.fatal(`the root element is <${localName(root)}>, expected <gexf>: is this a GEXF file?`, `<${localName(root)}>`);
    const graphElement = firstChild(root, 'graph');
    if (!graphElement) return problems.fatal('there is no <graph> element', '<gexf>');
    const defaultType = attribute(graphElement, 'defaultedgetype') ?? 'undirected';
    const declared = readDeclarations(graphElement, problems);
    const builder = graphBuilder(problems, limits, { createMissingNodes: false });
    const nodes = childElements(graphElement, 'nodes').flatMap((n) => childElements(n, 'node'));
    const edges = childElements(graphElement, 'edges').flatMap((e) => childElements(e, 'edge'));
    if (edges.length > limits.maxEdges)
      problems.fatal(`the file has ${edges.length.toLocaleString('en')} edges, above the ${limits.maxEdges.toLocaleString('en')} import limit`, '<edges>');
    if (nodes.length > limits.maxNodes)
      problems.fatal(`the file has ${nodes.length.toLocaleString('en')} nodes, above the ${limits.maxNodes.toLocaleString('en')} import limit`, '<nodes>');
    nodes.forEach((element, i) => {
      const where = describe(element, i);
      const { raw, spells } = readElement(element, 'node', where, declared, problems);
      const label = attribute(element, 'label');
      if (label !== null && !raw.has('label')) raw.set('label', label);
      const position = childElements(element, 'position')[0];
      if (position) {
        raw.set('x', attribute(position, 'x') ?? '');
        const y = attribute(position, 'y') ?? '';
        const n = Number(y);
        // y points up in Gephi, down in Entente; what is not a number is left for the reader to report
        raw.set('y', y.trim() === '' || !Number.isFinite(n) ? y : n === 0 ? 0 : -n);
      }
      if (childElements(element, 'nodes').length > 0)
        problems.tally('nested', where, (n) => `${n} nodes hold nested nodes (a hierarchy), which Entente does not read`);
      builder.addNode(attribute(element, 'id'), raw, where, spells);
    });
    edges.forEach((element, i) => {
      const where = describe(element, i);
      const { raw, spells } = readElement(element, 'edge', where, declared, problems);
      const kind = attribute(element, 'kind');
      if (kind !== null && !raw.has('kind')) {
        const [main, subtype] = kind.split('/', 2) as [string, string | undefined];
        raw.set('kind', main);
        if (subtype && !raw.has('subtype')) raw.set('subtype', subtype);
      }
      for (const name of ['label', 'weight']) {
        const value = attribute(element, name);
        if (value !== null && !raw.has(name)) raw.set(name, value);
      }
      builder.addEdge(
        attribute(element, 'id'),
        attribute(element, 'source'),
        attribute(element, 'target'),
        raw,
        where,
        edgeDirection(attribute(element, 'type'), defaultType),
        spells,
      );
    });
    const meta = firstChild(root, 'meta');
    const attributes: Partial<GraphAttributes> = {};
    const description = meta ? textOf(firstChild(meta, 'description'))?.trim() : undefined;
    if (description) attributes.title = description;
    const modified = meta ? attribute(meta, 'lastmodifieddate') : null;
    if (modified) attributes.datasetAsOf = modified;
    return builder.finish(attributes);
  });
}

export const GEXF_FORMAT: FileFormat = {
  id: 'gexf',
  label: 'GEXF',
  readBy: 'Gephi, Gephi Lite, networkx; periods as a timeline',
  extensions: ['gexf'],
  mimeType: 'application/gexf+xml',
  contentTypes: /gexf/,
  parts: null,
  edgeTypes: EDGE_TYPE_FORMS,
  read: (text, options) => importGexf(text, options),
  write: (graph, options) => toGexf(graph, options),
};
