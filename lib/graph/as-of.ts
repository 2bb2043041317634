// The view of the graph as of one day: only the states, organizations and ties that existed that day, with that day's status.
import { periodHoldsOn, firstDay } from '@/lib/data/dates';
import type { EdgeAttributes, EntenteGraph, NodeAttributes } from './types';

// Imported graphs may lack lifespans, founding dates, names or periods: what has no dates holds at every date.
export function nodeExistsOn(attributes: NodeAttributes, day: string): boolean {
  if (attributes.kind === 'state') return !attributes.lifespan || attributes.lifespan.some((span) => periodHoldsOn(span, day));
  if (!attributes.founded) return true;
  return firstDay(attributes.founded) <= day && (!attributes.dissolved || day < firstDay(attributes.dissolved));
}

function nodeOn(attributes: NodeAttributes, day: string): NodeAttributes {
  if (attributes.kind !== 'organization') return attributes;
  const name = attributes.formerNames?.find((n) => periodHoldsOn(n, day));
  return name ? { ...attributes, label: name.acronym, name: name.name } : attributes;
}

function edgeOn(attributes: EdgeAttributes, day: string): EdgeAttributes | null {
  if (!attributes.periods || attributes.periods.length === 0) return attributes;
  const period = attributes.periods.find((p) => periodHoldsOn(p, day));
  if (!period) return null;
  return {
    ...attributes,
    status: period.status,
    intensity: 'intensity' in period ? period.intensity : null,
    start: period.start,
    end: period.end,
    periodNote: period.note ?? null,
    periodSources: period.sources ?? [],
  };
}

/** A new graph holding what held on `day` (YYYY-MM-DD); the input graph is not modified. */
export function asOf(graph: EntenteGraph, day: string): EntenteGraph {
  const view = graph.nullCopy() as EntenteGraph;
  view.replaceAttributes({ ...graph.getAttributes(), asOf: day });
  graph.forEachNode((key, attributes) => {
    if (nodeExistsOn(attributes, day)) view.addNode(key, nodeOn(attributes, day));
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (!view.hasNode(source) || !view.hasNode(target)) return;
    const shown = edgeOn(attributes, day);
    if (!shown) return;
    if (shown.directed) view.addDirectedEdgeWithKey(key, source, target, shown);
    else view.addUndirectedEdgeWithKey(key, source, target, shown);
  });
  return view;
}
