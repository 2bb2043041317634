// Highlights a node and its ties on the Cytoscape view with classes, fading the rest; returns the highlighted neighbours.
import type { Core } from 'cytoscape';

const FOCUS_CLASSES = 'faded focus neighbor highlighted';

export function applyFocus(cy: Core, key: string | null): string[] {
  const node = key ? cy.getElementById(key) : cy.collection();
  let neighbours: string[] = [];
  cy.batch(() => {
    cy.elements().removeClass(FOCUS_CLASSES);
    if (node.empty()) return;
    const edges = node.connectedEdges();
    const others = edges.connectedNodes().difference(node);
    cy.elements().difference(node.union(edges).union(others)).addClass('faded');
    node.addClass('focus');
    others.addClass('neighbor');
    edges.addClass('highlighted');
    neighbours = others.map((n) => n.id()).sort();
  });
  return neighbours;
}
