// Turns a graphology graph into Cytoscape element definitions: the only place model data becomes view data.
import type { ElementDefinition } from 'cytoscape';
import type { EntenteGraph } from '@/lib/graph/types';

export const NODE_SIZE = { min: 10, max: 46 };

/** Node sizes in pixels from a measure's values: area grows with the value (square root), from NODE_SIZE.min to .max. */
export function sizesFor(values: Record<string, number>): Record<string, number> {
  const max = Math.max(0, ...Object.values(values).filter(Number.isFinite));
  const sizes: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) {
    const share = max > 0 && Number.isFinite(value) ? Math.sqrt(Math.max(0, value) / max) : 0;
    sizes[key] = Math.round(NODE_SIZE.min + share * (NODE_SIZE.max - NODE_SIZE.min));
  }
  return sizes;
}

export function nodeData(key: string, graph: EntenteGraph, size: number | undefined) {
  const a = graph.getNodeAttributes(key);
  const sized = size === undefined ? {} : { size, orgWidth: 30 + size * 1.2, orgHeight: 18 + size * 0.4 };
  return { id: key, label: a.label, kind: a.kind, name: a.name, lat: a.lat, lng: a.lng, ...sized };
}

export function toElements(graph: EntenteGraph, sizes: Record<string, number> = {}): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key) => {
    elements.push({ group: 'nodes', data: nodeData(key, graph, sizes[key]) });
  });
  graph.forEachEdge((key, a, source, target) => {
    elements.push({
      group: 'edges',
      data: { id: key, source, target, kind: a.kind, subtype: a.subtype, status: a.status, weight: a.weight },
    });
  });
  return elements;
}
