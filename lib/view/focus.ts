// Applies focus to the Cytoscape view with classes: the centre, its neighbourhood by distance, the ties walked; the rest
// fades, or is hidden in focus-only mode. Returns the keys of the highlighted neighbours.
import type { Core } from 'cytoscape';
import type { Ego } from '@/lib/graph/ego';
import { elementOf, keyOf } from './render-id';

const FOCUS_CLASSES = ['faded', 'hidden', 'focus', 'neighbor', 'highlighted'] as const;
type FocusClass = (typeof FOCUS_CLASSES)[number] | null;

/** Changes the classes of only the elements whose focus class differs, so that a click restyles what it changes. */
export function applyFocus(cy: Core, ego: Ego | null, focusOnly: boolean): string[] {
  const neighbours: string[] = [];
  const wanted = new Map<string, FocusClass>();
  let rest: FocusClass = null;
  if (ego && elementOf(cy, ego.center).nonempty()) {
    rest = focusOnly ? 'hidden' : 'faded';
    for (const [key, distance] of Object.entries(ego.distances)) {
      if (elementOf(cy, key).empty()) continue;
      wanted.set(key, distance === 0 ? 'focus' : 'neighbor');
      if (distance !== 0) neighbours.push(key);
    }
    for (const key of ego.edges) wanted.set(key, 'highlighted');
  }
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const id = keyOf(element);
      const want = wanted.has(id) ? wanted.get(id)! : rest;
      const stale = FOCUS_CLASSES.filter((name) => name !== want && element.hasClass(name));
      if (stale.length > 0) element.removeClass(stale.join(' '));
      if (want && !element.hasClass(want)) element.addClass(want);
    });
  });
  return neighbours.sort();
}
