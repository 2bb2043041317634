// The view of the graph as of one day: only the states, organizations and ties that existed that day, with that day's
// status. Ties whose status that day says they ended are kept (history, drawn on request); holds.ts tells them apart.
import { periodHoldsOn, firstDay } from '@/lib/data/dates';
import type { TiePeriod } from '@/lib/data/schema';
import { tieOnDay } from './holds';
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

// The day's period decides the status; whether the tie holds or has ended follows from it (holds.ts).
function edgeOn(attributes: EdgeAttributes, day: string): EdgeAttributes | null {
  if (!attributes.periods || attributes.periods.length === 0) return attributes;
  const period = tieOnDay(attributes.kind, attributes.periods as readonly TiePeriod[], day)?.period;
  if (!period) return null;
  const intensity = 'intensity' in period ? period.intensity : null;
  const periodSources = period.sources ?? [];
  // The day's values are often the ones the edge already carries (a single period, an imported file's edge): no copy.
  const same =
    attributes.status === period.status &&
    attributes.intensity === intensity &&
    attributes.start === period.start &&
    attributes.end === period.end &&
    attributes.periodNote === (period.note ?? null) &&
    (attributes.periodSources === periodSources || (attributes.periodSources?.length === 0 && periodSources.length === 0));
  if (same) return attributes;
  return {
    ...attributes,
    status: period.status,
    intensity,
    start: period.start,
    end: period.end,
    periodNote: period.note ?? null,
    periodSources,
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
