// graphology's serialized JSON (graph.export(), the API's default format): export, and an import that checks the
// shape, refuses prototype keys and deep nesting, and maps attributes like every other format.
import type { EntenteGraph, GraphAttributes } from '@/lib/graph/types';
import type { FileFormat } from './file-format';
import { graphBuilder } from './graph-builder';
import { DEFAULT_LIMITS, checkText, runImport, type ImportLimits, type ImportResult, type Problems } from './import-result';
import { parseJsonSafely } from './safe-json';

export type JsonImportOptions = { limits?: Partial<ImportLimits> };

export function toJson(graph: EntenteGraph): string {
  return JSON.stringify(graph.export());
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function attributesOf(value: unknown, where: string, problems: Problems): Map<string, unknown> {
  if (value === undefined || value === null) return new Map();
  if (!isObject(value)) return (problems.error('attributes must be an object', where), new Map());
  return new Map(Object.entries(value));
}

function list(value: unknown, name: string, problems: Problems): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return (problems.error(`${name} must be an array`, `$.${name}`), []);
  return value;
}

/** Reads graphology's serialized format: { attributes?, options?, nodes: [{key, attributes?}], edges: [{key?, source, target, attributes?, undirected?}] }. */
export function importJson(text: string, options: JsonImportOptions = {}): ImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return runImport('JSON', (problems) => {
    checkText(text, limits, problems);
    const parsed = parseJsonSafely(text);
    if (!parsed.ok) return problems.fatal(parsed.message, parsed.where);
    const data = parsed.value;
    if (!isObject(data) || !Array.isArray(data.nodes)) {
      return problems.fatal('expected graphology JSON: an object with a "nodes" array (and an "edges" array)', '$');
    }
    const nodes = list(data.nodes, 'nodes', problems);
    const edges = list(data.edges, 'edges', problems);
    if (nodes.length > limits.maxNodes)
      problems.fatal(`the file has ${nodes.length.toLocaleString('en')} nodes, above the ${limits.maxNodes.toLocaleString('en')} import limit`, '$.nodes');
    if (edges.length > limits.maxEdges)
      problems.fatal(`the file has ${edges.length.toLocaleString('en')} edges, above the ${limits.maxEdges.toLocaleString('en')} import limit`, '$.edges');
    const graphType = isObject(data.options) ? data.options.type : undefined;
    const builder = graphBuilder(problems, limits, { createMissingNodes: false });
    nodes.forEach((node, i) => {
      const where = `$.nodes[${i}]`;
      if (!isObject(node)) return problems.error('a node must be an object with a "key"', where);
      builder.addNode(node.key, attributesOf(node.attributes, `${where}.attributes`, problems), where);
    });
    edges.forEach((edge, i) => {
      const where = `$.edges[${i}]`;
      if (!isObject(edge)) return problems.error('an edge must be an object with a "source" and a "target"', where);
      const undirected = edge.undirected === true || graphType === 'undirected';
      builder.addEdge(edge.key, edge.source, edge.target, attributesOf(edge.attributes, `${where}.attributes`, problems), where, !undirected);
    });
    const meta = isObject(data.attributes) ? data.attributes : {};
    const attributes: Partial<GraphAttributes> = {};
    if (typeof meta.title === 'string') attributes.title = meta.title;
    if (typeof meta.datasetAsOf === 'string') attributes.datasetAsOf = meta.datasetAsOf;
    return builder.finish(attributes);
  });
}

/** Serializes and imports again: the same graph back (a check that JSON loses nothing). */
export function roundTripJson(graph: EntenteGraph): ImportResult {
  return importJson(toJson(graph));
}

export const JSON_FORMAT: FileFormat = {
  id: 'json',
  label: 'graphology JSON',
  readBy: 'graphology, sigma.js, Python (json)',
  extensions: ['json'],
  mimeType: 'application/json',
  contentTypes: /json/,
  parts: null,
  edgeTypes: [],
  read: (text, options) => importJson(text, options),
  write: (graph) => toJson(graph),
};
