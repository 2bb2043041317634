// Assembles an imported graph for every format: count limits, duplicate ids, unknown ends, self-loops.
import { MultiGraph } from 'graphology';
import { isTieKind } from '@/lib/data/tie-kinds';
import type { EntenteGraph, GraphAttributes, NodeAttributes } from '@/lib/graph/types';
import { type ImportLimits, type ImportResult, type Problems } from './import-result';
import { toEdgeAttributes, toNodeAttributes, type Interval } from './normalize';
import { valueReader, type RawAttributes } from './read-values';


const MAX_KEY_LENGTH = 1000;

/**
 * Enforces the count limits, refuses duplicate ids and edges to unknown nodes, and skips self-loops with a warning
 * (Entente's graphs have none: build.ts forbids them). `createMissingNodes`: a CSV edge list without a node list
 * names its nodes only in its edges, so they are created; every other format declares its nodes, and an edge to an
 * undeclared node is an error there.
 */
export function graphBuilder(problems: Problems, limits: ImportLimits, options: { createMissingNodes: boolean }) {
  const graph: EntenteGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  const firstSeen = new Map<string, string>();
  let edgeCount = 0;
  /** Nodes or edges whose file kind is one of Entente's (state, organization, a tie kind): none makes a plain graph. */
  let modelKinds = 0;
  const rawKind = (raw: RawAttributes) => {
    const value = raw.get('kind');
    return typeof value === 'string' ? value.trim().toLowerCase() : null;
  };
  const keys = { nodes: safeKeys(), edges: safeKeys() };

  function checkKey(key: unknown, what: string, where: string): string | null {
    if (typeof key === 'number' && Number.isFinite(key)) return String(key);
    if (typeof key !== 'string' || key.trim() === '') return problems.error(`${what} is missing or empty`, where), null;
    if (key.length > MAX_KEY_LENGTH) return problems.error(`${what} is longer than ${MAX_KEY_LENGTH} characters`, where), null;
    // Any other string is a valid id, "__proto__" and "toString" included (see safeKeys below).
    return key;
  }

  function addNode(key: unknown, raw: RawAttributes, where: string, spells?: Interval[]): void {
    const id = checkKey(key, 'node id', where);
    if (id === null) return;
    if (keys.nodes.has(id)) return problems.error(`duplicate node id "${id}" (first declared at ${firstSeen.get(id)})`, where);
    if (graph.order >= limits.maxNodes) problems.fatal(`the file has more than ${limits.maxNodes.toLocaleString('en')} nodes, the import limit`, where);
    firstSeen.set(id, where);
    if (['state', 'organization', 'organisation', 'org'].includes(rawKind(raw) ?? '')) modelKinds++;
    const nodeKey = keys.nodes.add(id);
    const attributes = toNodeAttributes(valueReader(raw, where, problems), id, spells);
    if (nodeKey !== id) renamed(problems, 'node', id, nodeKey, attributes);
    graph.addNode(nodeKey, attributes);
  }

  function endpoint(key: string, role: 'source' | 'target', where: string): boolean {
    if (keys.nodes.has(key)) return true;
    if (!options.createMissingNodes) return problems.error(`${role} "${key}" is not a node of the file`, where), false;
    addNode(key, new Map([['label', key]]), where);
    return true;
  }

  function addEdge(key: unknown, source: unknown, target: unknown, raw: RawAttributes, where: string, directed: boolean | null, spells?: Interval[]): void {
    if (++edgeCount > limits.maxEdges) problems.fatal(`the file has more than ${limits.maxEdges.toLocaleString('en')} edges, the import limit`, where);
    const from = checkKey(source, 'edge source', where);
    const to = checkKey(target, 'edge target', where);
    if (from === null || to === null || !endpoint(from, 'source', where) || !endpoint(to, 'target', where)) return;
    let id = key === undefined || key === null || key === '' ? null : checkKey(key, 'edge id', where);
    if (id !== null && keys.edges.has(id)) return problems.error(`duplicate edge id "${id}"`, where);
    if (from === to) {
      problems.tally('self-loop', where, (n, ex) => `${n} self-loops (edges from a node to itself) were skipped: Entente does not draw them (e.g. ${ex.join(', ')})`);
      return;
    }
    id ??= freeEdgeKey();
    if (isTieKind(rawKind(raw))) modelKinds++;
    const edgeKey = keys.edges.add(id);
    const attributes = toEdgeAttributes(valueReader(raw, where, problems), directed, spells);
    if (edgeKey !== id) renamed(problems, 'edge', id, edgeKey, attributes);
    const [sourceKey, targetKey] = [keys.nodes.get(from)!, keys.nodes.get(to)!];
    if (attributes.directed) graph.addDirectedEdgeWithKey(edgeKey, sourceKey, targetKey, attributes);
    else graph.addUndirectedEdgeWithKey(edgeKey, sourceKey, targetKey, attributes);
  }

  /** A key for an edge the file gives no id: e0, e1, ... skipping ids the file uses. */
  function freeEdgeKey(): string {
    let n = graph.size;
    while (keys.edges.has(`e${n}`) || graph.hasEdge(`e${n}`)) n++;
    return `e${n}`;
  }

  function finish(attributes: Partial<GraphAttributes>): ImportResult {
    if (graph.order === 0) problems.fatal('the file has no nodes', 'file');
    graph.replaceAttributes({
      title: attributes.title ?? 'Imported graph',
      asOf: attributes.asOf ?? null,
      datasetAsOf: attributes.datasetAsOf ?? '',
      ...(modelKinds === 0 ? { plain: true } : {}),
    });
    let positions = graph.order > 0;
    graph.forEachNode((_, a: NodeAttributes & { x?: unknown; y?: unknown }) => {
      if (typeof a.x !== 'number' || typeof a.y !== 'number') positions = false;
    });
    return { ok: true, graph, warnings: problems.warnings(), positions };
  }

  return { graph, addNode, addEdge, finish };
}

/** True for ids a plain object would confuse with one of its own members ("toString", "__proto__", "constructor"). */
export const isPrototypeName = (id: string): boolean => id in Object.prototype;

/**
 * The graph's keys for a file's ids. graphology keeps each node's neighbours in plain objects, and Cytoscape's layouts
 * memoise positions in one, so an id named like an Object.prototype member ("toString", "__proto__") would break them
 * (or reach a prototype): such an id becomes `toString_` (more underscores while that is taken), the file's id is kept
 * as the originalId attribute and as the label, and a warning says so. Every other id is its own key.
 */
function safeKeys() {
  const keyOf = new Map<string, string>();
  const used = new Set<string>();
  return {
    has: (id: string) => keyOf.has(id),
    get: (id: string) => keyOf.get(id),
    add(id: string): string {
      let key = id;
      while (isPrototypeName(key) || used.has(key)) key += '_';
      keyOf.set(id, key);
      used.add(key);
      return key;
    },
  };
}

function renamed(problems: Problems, what: 'node' | 'edge', id: string, key: string, attributes: Record<string, unknown>): void {
  attributes.originalId = id;
  problems.tally(`renamed ${what}`, `"${id}" → "${key}"`, (n, ex) => `${n} ${what} ids are names JavaScript reserves for its objects: they are kept as originalId and the ${what}s are keyed ${ex.join(', ')}`);
}
