// Turns a graphology graph into Cytoscape element definitions: the only place model data becomes view data.
import type { ElementDefinition } from 'cytoscape';
import type { EntenteGraph } from '@/lib/graph/types';

export function toElements(graph: EntenteGraph): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, a) => {
    elements.push({
      group: 'nodes',
      data: { id: key, label: a.label, kind: a.kind, name: a.name, lat: a.lat, lng: a.lng },
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    elements.push({
      group: 'edges',
      data: { id: key, source, target, kind: a.kind, subtype: a.subtype, status: a.status, weight: a.weight },
    });
  });
  return elements;
}
