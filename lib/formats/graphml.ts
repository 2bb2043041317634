// GraphML export and import: a <key> for every attribute (graph, node and edge), a directed graph whose edges carry a
// `directed` value (or, mixed form, directed="true|false" on each edge), structured values as JSON text.
import type { EntenteGraph, GraphAttributes } from '@/lib/graph/types';
import { EDGE_FIELDS, NODE_FIELDS, fieldsOf, valueText, type AttributeRecord, type FieldType, type Positions } from './fields';
import { EDGE_TYPE_FORMS, type EdgeTypeForm } from './edge-type';
import type { FileFormat } from './file-format';
import { graphBuilder } from './graph-builder';
import { DEFAULT_LIMITS, FORBIDDEN_KEYS, checkText, runImport, type ImportResult, type Problems } from './import-result';
import { attribute, childElements, describe, escapeXml, firstChild, localName, parseXmlDocument, textOf, type XmlImportOptions } from './xml';

/**
 * `edgeType` "directed" (the default): edgedefault="directed" and a `directed` data value on each edge, which
 * networkx and igraph read. "mixed": directed="true|false" on each edge (yEd, graphology); networkx refuses it.
 */
export type GraphmlExportOptions = { positions?: Positions; edgeType?: EdgeTypeForm };

const GRAPHML_TYPE: Record<FieldType, string> = {
  string: 'string',
  'string?': 'string',
  'number?': 'double',
  'integer?': 'long',
  boolean: 'boolean',
  json: 'string',
  sources: 'string',
};
const GRAPH_FIELDS: [string, FieldType][] = [
  ['title', 'string'],
  ['asOf', 'string?'],
  ['datasetAsOf', 'string'],
];
const PREFIX = { graph: 'g', node: 'n', edge: 'e' } as const;

const keyId = (scope: keyof typeof PREFIX, name: string) => `${PREFIX[scope]}_${name}`;

function keys(scope: keyof typeof PREFIX, fields: [string, FieldType][]): string[] {
  return fields.map(
    ([name, type]) => `  <key id="${escapeXml(keyId(scope, name))}" for="${scope}" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`,
  );
}

function dataXml(scope: keyof typeof PREFIX, attributes: AttributeRecord, fields: [string, FieldType][], indent: string): string {
  return fields
    .map(([name, type]) => [name, valueText(attributes[name], type, 'json')] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null)
    .map(([name, text]) => `${indent}<data key="${escapeXml(keyId(scope, name))}">${escapeXml(text)}</data>\n`)
    .join('');
}

/** The graph as GraphML; `positions` become x and y node data. */
export function toGraphml(graph: EntenteGraph, options: GraphmlExportOptions = {}): string {
  const nodes: [string, AttributeRecord][] = [];
  const edges: AttributeRecord[] = [];
  graph.forEachNode((key, a) => {
    const position = options.positions?.[key];
    nodes.push([key, position ? { ...a, x: position.x, y: position.y } : a]);
  });
  graph.forEachEdge((_, a) => void edges.push(a));
  const nodeFields = fieldsOf(
    nodes.map(([, a]) => a),
    NODE_FIELDS,
  );
  const mixed = options.edgeType === 'mixed';
  const edgeFields = fieldsOf(edges, EDGE_FIELDS, mixed ? ['directed'] : []);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    [...keys('graph', GRAPH_FIELDS), ...keys('node', nodeFields), ...keys('edge', edgeFields)].join('\n') + '\n',
    '  <graph id="G" edgedefault="directed">\n',
    dataXml('graph', graph.getAttributes(), GRAPH_FIELDS, '    '),
  ];
  for (const [key, a] of nodes) out.push(`    <node id="${escapeXml(key)}">\n`, dataXml('node', a, nodeFields, '      '), '    </node>\n');
  graph.forEachEdge((key, a, source, target, _s, _t, undirected) => {
    const direction = mixed ? ` directed="${undirected ? 'false' : 'true'}"` : '';
    out.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${direction}>\n`);
    out.push(dataXml('edge', a, edgeFields, '      '), '    </edge>\n');
  });
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}

// ---- import ----------------------------------------------------------------------------------

type Key = { name: string; scope: string; type: string; fallback: string | null; ignored: boolean };

const NUMERIC = new Set(['int', 'long', 'float', 'double']);

function typed(value: string, type: string): unknown {
  const trimmed = value.trim();
  if (NUMERIC.has(type) && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (type === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return value;
}

function readKeys(root: Element, problems: Problems): Map<string, Key> {
  const found = new Map<string, Key>();
  childElements(root, 'key').forEach((element, i) => {
    const id = attribute(element, 'id') ?? '';
    const name = attribute(element, 'attr.name') ?? id;
    if (FORBIDDEN_KEYS.has(name) || FORBIDDEN_KEYS.has(id))
      problems.error(`the attribute name "${FORBIDDEN_KEYS.has(name) ? name : id}" is not allowed`, describe(element, i));
    // yEd's graphics keys (yfiles.type) hold drawing markup, not data
    const ignored = attribute(element, 'yfiles.type') !== null;
    found.set(id, {
      name,
      scope: attribute(element, 'for') ?? 'all',
      type: attribute(element, 'attr.type') ?? 'string',
      fallback: textOf(firstChild(element, 'default')),
      ignored,
    });
  });
  return found;
}

function readData(element: Element, scope: 'graph' | 'node' | 'edge', keys: Map<string, Key>, problems: Problems): Map<string, unknown> {
  const raw = new Map<string, unknown>();
  for (const data of childElements(element, 'data')) {
    const ref = attribute(data, 'key') ?? '';
    const key = keys.get(ref);
    if (key?.ignored) continue;
    if (!key) {
      if (FORBIDDEN_KEYS.has(ref)) problems.error(`the attribute name "${ref}" is not allowed`, `<${scope}>`);
      problems.tally('undeclared key', ref, (n, ex) => `${n} data values refer to keys the file does not declare (${ex.join(', ')}): read as text`);
    }
    raw.set(key?.name ?? ref, typed(textOf(data) ?? '', key?.type ?? 'string'));
  }
  for (const key of keys.values()) {
    if ((key.scope === scope || key.scope === 'all') && !key.ignored && key.fallback !== null && !raw.has(key.name))
      raw.set(key.name, typed(key.fallback, key.type));
  }
  return raw;
}

/** Reads a GraphML file: keys, node and edge data, per-edge direction; hyperedges and nested graphs are left out. */
export function importGraphml(text: string, options: XmlImportOptions = {}): ImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return runImport('GraphML', (problems) => {
    checkText(text, limits, problems);
    const root = parseXmlDocument(text, options.parseXml, problems);
    if (localName(root) !== 'graphml')
      problems.fatal(`the root element is <${localName(root)}>, expected <graphml>: is this a GraphML file?`, `<${localName(root)}>`);
    const graphElement = firstChild(root, 'graph');
    if (!graphElement) return problems.fatal('there is no <graph> element', '<graphml>');
    const edgeDefault = attribute(graphElement, 'edgedefault') ?? 'directed';
    const keys = readKeys(root, problems);
    const nodes = childElements(graphElement, 'node');
    const edges = childElements(graphElement, 'edge');
    if (edges.length > limits.maxEdges)
      problems.fatal(`the file has ${edges.length.toLocaleString('en')} edges, above the ${limits.maxEdges.toLocaleString('en')} import limit`, '<graph>');
    if (nodes.length > limits.maxNodes)
      problems.fatal(`the file has ${nodes.length.toLocaleString('en')} nodes, above the ${limits.maxNodes.toLocaleString('en')} import limit`, '<graph>');
    if (childElements(graphElement, 'hyperedge').length > 0) problems.warn('hyperedges are not supported and were left out');
    const builder = graphBuilder(problems, limits, { createMissingNodes: false });
    nodes.forEach((element, i) => {
      const where = describe(element, i);
      if (childElements(element, 'graph').length > 0) problems.tally('nested', where, (n) => `${n} nodes hold nested graphs, which Entente does not read`);
      builder.addNode(attribute(element, 'id'), readData(element, 'node', keys, problems), where);
    });
    edges.forEach((element, i) => {
      const where = describe(element, i);
      const directed = attribute(element, 'directed');
      const isDirected = directed === 'true' ? true : directed === 'false' ? false : edgeDefault !== 'undirected';
      builder.addEdge(
        attribute(element, 'id'),
        attribute(element, 'source'),
        attribute(element, 'target'),
        readData(element, 'edge', keys, problems),
        where,
        isDirected,
      );
    });
    const meta = readData(graphElement, 'graph', keys, problems);
    const attributes: Partial<GraphAttributes> = {};
    const title = meta.get('title');
    if (typeof title === 'string' && title !== '') attributes.title = title;
    const datasetAsOf = meta.get('datasetAsOf');
    if (typeof datasetAsOf === 'string') attributes.datasetAsOf = datasetAsOf;
    return builder.finish(attributes);
  });
}

export const GRAPHML_FORMAT: FileFormat = {
  id: 'graphml',
  label: 'GraphML',
  readBy: 'networkx, igraph, yEd, Cytoscape',
  extensions: ['graphml', 'xml'],
  mimeType: 'application/graphml+xml',
  contentTypes: /graphml/,
  parts: null,
  edgeTypes: EDGE_TYPE_FORMS,
  read: (text, options) => importGraphml(text, options),
  write: (graph, options) => toGraphml(graph, options),
};
