// Assembles an imported graph for every format: count limits, duplicate ids, unknown ends, self-loops.
import { MultiGraph } from '@/lib/graph/graphology';
import { isTieKind } from '@/lib/data/tie-kinds';
import type { EntenteGraph, GraphAttributes, NodeAttributes } from '@/lib/graph/types';
import { type ImportLimits, type ImportResult, type Problems } from './import-result';
import { toEdgeAttributes, toNodeAttributes, type Interval } from './normalize';
import { valueReader, type RawAttributes } from './read-values';
import { isNonFiniteCoordinate, normalizeFilePositions } from './file-positions';

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
  /** Nodes whose file position was NaN or infinite: placed by normalizeFilePositions. */
  const droppedPositions = new Set<string>();
  let edgeCount = 0;
  /** Nodes or edges whose file kind is one of Entente's (state, organization, a tie kind): none makes a plain graph. */
  let modelKinds = 0;
  const rawKind = (raw: RawAttributes) => {
    const value = raw.get('kind');
    return typeof value === 'string' ? value.trim().toLowerCase() : null;
  };

  function checkKey(key: unknown, what: string, where: string): string | null {
    if (typeof key === 'number' && Number.isFinite(key)) return String(key);
    if (typeof key !== 'string' || key.trim() === '') return (problems.error(`${what} is missing or empty`, where), null);
    if (key.length > MAX_KEY_LENGTH) return (problems.error(`${what} is longer than ${MAX_KEY_LENGTH} characters`, where), null);
    // Any other string is a valid id, "__proto__" and "toString" included (lib/graph/graphology.ts).
    return key;
  }

  function addNode(key: unknown, raw: RawAttributes, where: string, spells?: Interval[]): void {
    const id = checkKey(key, 'node id', where);
    if (id === null) return;
    if (graph.hasNode(id)) return problems.error(`duplicate node id "${id}" (first declared at ${firstSeen.get(id)})`, where);
    if (graph.order >= limits.maxNodes) problems.fatal(`the file has more than ${limits.maxNodes.toLocaleString('en')} nodes, the import limit`, where);
    firstSeen.set(id, where);
    for (const axis of ['x', 'y']) {
      if (isNonFiniteCoordinate(raw.get(axis))) {
        raw.delete(axis);
        droppedPositions.add(id);
      }
    }
    if (['state', 'organization', 'organisation', 'org'].includes(rawKind(raw) ?? '')) modelKinds++;
    graph.addNode(id, toNodeAttributes(valueReader(raw, where, problems), id, spells));
  }

  function endpoint(key: string, role: 'source' | 'target', where: string): boolean {
    if (graph.hasNode(key)) return true;
    if (!options.createMissingNodes) return (problems.error(`${role} "${key}" is not a node of the file`, where), false);
    addNode(key, new Map([['label', key]]), where);
    return true;
  }

  function addEdge(key: unknown, source: unknown, target: unknown, raw: RawAttributes, where: string, directed: boolean | null, spells?: Interval[]): void {
    if (++edgeCount > limits.maxEdges) problems.fatal(`the file has more than ${limits.maxEdges.toLocaleString('en')} edges, the import limit`, where);
    const from = checkKey(source, 'edge source', where);
    const to = checkKey(target, 'edge target', where);
    if (from === null || to === null || !endpoint(from, 'source', where) || !endpoint(to, 'target', where)) return;
    let id = key === undefined || key === null || key === '' ? null : checkKey(key, 'edge id', where);
    if (id !== null && graph.hasEdge(id)) return problems.error(`duplicate edge id "${id}"`, where);
    if (from === to) {
      problems.tally(
        'self-loop',
        where,
        (n, ex) => `${n} self-loops (edges from a node to itself) were skipped: Entente does not draw them (e.g. ${ex.join(', ')})`,
      );
      return;
    }
    id ??= freeEdgeKey();
    if (isTieKind(rawKind(raw))) modelKinds++;
    const attributes = toEdgeAttributes(valueReader(raw, where, problems), directed, spells);
    if (attributes.directed) graph.addDirectedEdgeWithKey(id, from, to, attributes);
    else graph.addUndirectedEdgeWithKey(id, from, to, attributes);
  }

  /** A key for an edge the file gives no id: e0, e1, ... skipping ids the file uses. */
  function freeEdgeKey(): string {
    let n = graph.size;
    while (graph.hasEdge(`e${n}`)) n++;
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
    if (modelKinds === 0) rephraseForPlainGraph(graph, problems);
    normalizeFilePositions(graph, droppedPositions, problems);
    let positions = graph.order > 0;
    graph.forEachNode((_, a: NodeAttributes & { x?: unknown; y?: unknown }) => {
      if (typeof a.x !== 'number' || typeof a.y !== 'number') positions = false;
    });
    return { ok: true, graph, warnings: problems.warnings(), positions };
  }

  return { graph, addNode, addEdge, finish };
}

const examples = (ex: string[]) => ex.join(', ');

/**
 * A plain graph (no Entente kinds) is shown as a graph: its nodes and edges keep their own kinds (lib/graph/own-kinds.ts),
 * and an undated file is shown whole. The warnings written while reading, which assumed states and tie kinds, are said
 * again in its terms, or dropped where they are no problem at all.
 */
function rephraseForPlainGraph(graph: EntenteGraph, problems: Problems): void {
  // Nodes and edges without one of Entente's kinds are the file's own kinds, not states or dependency ties.
  for (const topic of ['node kind', 'edge kind', 'no edge kind']) problems.rephrase(topic, null);
  problems.rephrase('status dependency', (n, ex) => `${n} edges have a status the explorer does not use (${examples(ex)}): kept as originalStatus`);
  // Coordinates matter only to the map layout, and only when some nodes have them.
  if (problems.tallied('no coordinates') >= graph.order) problems.rephrase('no coordinates', null);
  else problems.rephrase('no coordinates', (n, ex) => `${n} nodes have no coordinates (lat, lng): the map layout places them at 0, 0 (e.g. ${examples(ex)})`);
  // A file with no dates at all is shown as a whole (the explorer says so); otherwise the undated edges always show.
  if (problems.tallied('undated') >= graph.size) problems.rephrase('undated', null);
  else problems.rephrase('undated', (n, ex) => `${n} edges have no dates: they are shown on every date (e.g. ${examples(ex)})`);
}
