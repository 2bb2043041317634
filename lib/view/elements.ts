// Turns a graphology graph into Cytoscape element definitions: the only place model data becomes view data.
import type { ElementDefinition } from 'cytoscape';
import { edgeEndedOn } from '@/lib/graph/holds';
import { idRecord, valueOf } from '@/lib/graph/id-record';
import type { EdgeAttributes, EntenteGraph } from '@/lib/graph/types';
import { formatPeriod, formatStatus } from './format';
import { edgeKindWord, isPlainGraph, isUndated } from './kind-words';
import { parallelTies } from './parallel-ties';
import { renderId } from './render-id';

/** Per-node visual encodings of a measure (absent = default look). */
export type NodeEncoding = { sizes: Record<string, number>; colors: Record<string, string> };
export const NO_ENCODING: NodeEncoding = { sizes: idRecord(), colors: idRecord() };

/** An organization's box is as wide as its bold 11 px label (about 0.62 em a character) with a margin: never cut. */
export function organizationBoxWidth(label: string): number {
  return Math.max(54, Math.ceil([...label].length * 11 * 0.62 + 14));
}

export function nodeData(key: string, graph: EntenteGraph, encoding: NodeEncoding) {
  const a = graph.getNodeAttributes(key);
  const box = a.kind === 'organization' ? organizationBoxWidth(a.label) : undefined;
  const { x, y } = a as unknown as { x?: unknown; y?: unknown }; // positions an imported file brought
  const size = valueOf(encoding.sizes, key);
  const color = valueOf(encoding.colors, key);
  return {
    id: renderId(key),
    label: a.label,
    kind: a.kind,
    name: a.name,
    lat: a.lat,
    lng: a.lng,
    ...(box === undefined ? {} : { boxWidth: box }),
    ...(size === undefined ? {} : { size, orgWidth: Math.max(box ?? 0, 40 + size * 0.6), orgHeight: 22 + size * 0.2 }),
    ...(color === undefined ? {} : { color }),
    ...(typeof x === 'number' && typeof y === 'number' ? { x, y } : {}),
  };
}

/** The one-line text shown when the pointer rests on a tie: kind, ends, status and dates, and when it ended. */
export function edgeTooltip(a: EdgeAttributes, sourceLabel: string, targetLabel: string, plain = false): string {
  const ends = `${sourceLabel} ${a.directed ? '→' : '–'} ${targetLabel}`;
  const kind = [edgeKindWord(a, plain), a.subtype?.replace(/-/g, ' ')].filter(Boolean).join(', ');
  if (plain || isUndated(a)) return `${kind}: ${ends}${typeof a.weight === 'number' ? ` · weight ${a.weight}` : ''}`;
  const endedOn = edgeEndedOn(a);
  const when = endedOn
    ? `ended ${endedOn} (${formatStatus(a.status)})`
    : [formatStatus(a.status, a.intensity, a.start ?? undefined), a.start ? formatPeriod(a.start, a.end) : ''].filter(Boolean).join(' · ');
  return `${kind}: ${ends} · ${when}`;
}

/** `parallel`: another tie joins the same two nodes (parallel-ties.ts), so this one is drawn as a curve. */
export function edgeData(key: string, graph: EntenteGraph, plain = isPlainGraph(graph), parallel = false) {
  const a = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  return {
    id: renderId(key),
    source: renderId(source),
    target: renderId(target),
    kind: a.kind,
    subtype: a.subtype,
    status: a.status,
    weight: a.weight,
    ended: edgeEndedOn(a) !== null,
    directed: a.directed !== false,
    plain,
    parallel,
  };
}

/** The tooltip of a drawn edge, made when the pointer rests on it (not for every edge of every draw). */
export function edgeTooltipOf(key: string, graph: EntenteGraph): string | null {
  if (!graph.hasEdge(key)) return null;
  return edgeTooltip(
    graph.getEdgeAttributes(key),
    graph.getNodeAttribute(graph.source(key), 'label'),
    graph.getNodeAttribute(graph.target(key), 'label'),
    isPlainGraph(graph),
  );
}

export function toElements(graph: EntenteGraph, encoding: NodeEncoding = NO_ENCODING): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const plain = isPlainGraph(graph);
  const parallel = parallelTies(graph);
  graph.forEachNode((key) => {
    elements.push({ group: 'nodes', data: nodeData(key, graph, encoding) });
  });
  graph.forEachEdge((key) => {
    elements.push({ group: 'edges', data: edgeData(key, graph, plain, parallel.has(key)) });
  });
  return elements;
}
