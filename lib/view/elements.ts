// Turns a graphology graph into Cytoscape element definitions: the only place model data becomes view data.
import type { ElementDefinition } from 'cytoscape';
import type { EntenteGraph } from '@/lib/graph/types';

/** Per-node visual encodings of a measure (absent = default look). */
export type NodeEncoding = { sizes: Record<string, number>; colors: Record<string, string> };
export const NO_ENCODING: NodeEncoding = { sizes: {}, colors: {} };

export function nodeData(key: string, graph: EntenteGraph, encoding: NodeEncoding) {
  const a = graph.getNodeAttributes(key);
  const { x, y } = a as unknown as { x?: unknown; y?: unknown }; // positions an imported file brought
  const size = encoding.sizes[key];
  const color = encoding.colors[key];
  return {
    id: key,
    label: a.label,
    kind: a.kind,
    name: a.name,
    lat: a.lat,
    lng: a.lng,
    ...(size === undefined ? {} : { size, orgWidth: 40 + size * 0.6, orgHeight: 22 + size * 0.2 }),
    ...(color === undefined ? {} : { color }),
    ...(typeof x === 'number' && typeof y === 'number' ? { x, y } : {}),
  };
}

export function edgeData(key: string, graph: EntenteGraph) {
  const a = graph.getEdgeAttributes(key);
  return { id: key, source: graph.source(key), target: graph.target(key), kind: a.kind, subtype: a.subtype, status: a.status, weight: a.weight };
}

export function toElements(graph: EntenteGraph, encoding: NodeEncoding = NO_ENCODING): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key) => {
    elements.push({ group: 'nodes', data: nodeData(key, graph, encoding) });
  });
  graph.forEachEdge((key) => {
    elements.push({ group: 'edges', data: edgeData(key, graph) });
  });
  return elements;
}
