// Applies focus to the Cytoscape view with classes: the centre, its neighbourhood by distance, the ties walked; the rest
// fades, or is hidden in focus-only mode. Returns the keys of the highlighted neighbours.
import type { Core } from 'cytoscape';
import type { Ego } from '@/lib/graph/ego';

const FOCUS_CLASSES = 'faded hidden focus neighbor highlighted';

export function applyFocus(cy: Core, ego: Ego | null, focusOnly: boolean): string[] {
  const neighbours: string[] = [];
  cy.batch(() => {
    cy.elements().removeClass(FOCUS_CLASSES);
    if (!ego || cy.getElementById(ego.center).empty()) return;
    const keep = cy.collection();
    for (const [key, distance] of Object.entries(ego.distances)) {
      const node = cy.getElementById(key);
      if (node.empty()) continue;
      keep.merge(node);
      if (distance === 0) node.addClass('focus');
      else {
        node.addClass('neighbor');
        neighbours.push(key);
      }
    }
    for (const key of ego.edges) {
      const edge = cy.getElementById(key);
      if (edge.nonempty()) keep.merge(edge.addClass('highlighted'));
    }
    cy.elements().difference(keep).addClass(focusOnly ? 'hidden' : 'faded');
  });
  return neighbours.sort();
}
