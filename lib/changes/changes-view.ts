// The graph of the Changes mode: what holds on the later date, plus the ties and nodes of the earlier date that are gone
// (as they stood then),
// and a class for every element saying how it changed (for the view's styles and legend).
import { asOf } from '@/lib/graph/as-of';
import type { EntenteGraph } from '@/lib/graph/types';
import { compareDates, type TieDifference } from './changes-between';

export const CHANGE_CLASSES = {
  new: 'change-new',
  gone: 'change-gone',
  changed: 'change-status',
  unchanged: 'change-same',
  appeared: 'change-appeared',
  disappeared: 'change-disappeared',
} as const;

export type ChangeCounts = Record<TieDifference, number> & { appeared: number; disappeared: number };

export type ChangesView = { graph: EntenteGraph; classes: Map<string, string>; counts: ChangeCounts };

/** The union of the two dates' views: `to`'s view plus what was there on `from` and is gone; never modifies `timeless`. */
export function changesView(timeless: EntenteGraph, from: string, to: string): ChangesView {
  const graph = asOf(timeless, to);
  const before = asOf(timeless, from);
  const comparison = compareDates(timeless, from, to);
  const classes = new Map<string, string>();
  const counts: ChangeCounts = { new: 0, gone: 0, changed: 0, unchanged: 0, appeared: 0, disappeared: 0 };
  for (const [key, difference] of comparison.nodes) {
    if (difference === 'disappeared' && before.hasNode(key)) graph.addNode(key, before.getNodeAttributes(key));
    if (difference !== 'unchanged') {
      classes.set(key, CHANGE_CLASSES[difference]);
      counts[difference] += 1;
    }
  }
  for (const [key, { difference }] of comparison.ties) {
    // a gone tie is drawn as it stood on the earlier date (a ghost of what was there), so filters read its old status
    if (difference === 'gone' && graph.hasEdge(key) && before.hasEdge(key)) graph.replaceEdgeAttributes(key, before.getEdgeAttributes(key));
    if (!graph.hasEdge(key) && before.hasEdge(key)) {
      const [source, target] = before.extremities(key);
      if (graph.hasNode(source) && graph.hasNode(target)) {
        const attributes = before.getEdgeAttributes(key);
        if (attributes.directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
        else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
      }
    }
    if (!graph.hasEdge(key)) continue;
    classes.set(key, CHANGE_CLASSES[difference]);
    counts[difference] += 1;
  }
  return { graph, classes, counts };
}

const CLASS_TO_COUNT = new Map<string, keyof ChangeCounts>(Object.entries(CHANGE_CLASSES).map(([name, cls]) => [cls, name as keyof ChangeCounts]));

/** How many of `graph`'s elements (the filtered view) carry each change class. */
export function countChanges(graph: EntenteGraph, classes: ReadonlyMap<string, string>): ChangeCounts {
  const counts: ChangeCounts = { new: 0, gone: 0, changed: 0, unchanged: 0, appeared: 0, disappeared: 0 };
  const add = (key: string) => {
    const name = CLASS_TO_COUNT.get(classes.get(key) ?? '');
    if (name) counts[name] += 1;
  };
  graph.forEachNode(add);
  graph.forEachEdge(add);
  return counts;
}
