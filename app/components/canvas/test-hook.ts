// A read-only window hook that lets end-to-end tests and scripts read the drawn graph (positions) and click nodes.
import type { Core, EdgeSingular, NodeCollection } from 'cytoscape';
import { elementOf, keyOf } from '@/lib/view/render-id';

export type EntenteHook = {
  /** Model positions of every node, by key. */
  positions: () => Record<string, { x: number; y: number }>;
  /** Where a node is drawn, in CSS pixels relative to the graph container; null if it is not drawn. */
  renderedPosition: (key: string) => { x: number; y: number } | null;
  /** Zooms in on a node and centres it (so that a test can click it without hitting a neighbour). */
  zoomTo: (key: string) => void;
  /** Rendered boxes (CSS pixels from the canvas corner) of the labels drawn: focus view nodes, not faded, large enough to draw. */
  labelBoxes: () => { key: string; x1: number; y1: number; x2: number; y2: number }[];
  /**
   * The label of a node as drawn (rendered box, CSS pixels from the canvas corner; on-screen font size), and the visible
   * nodes drawn after it (above it) whose bodies overlap that box; null when the node has no label drawn.
   */
  labelCover: (key: string) => { box: { x1: number; y1: number; x2: number; y2: number }; fontPx: number; coveredBy: string[] } | null;
  /** Rendered boxes (CSS pixels from the canvas corner) of the node bodies drawn in full: visible and not faded. */
  nodeBoxes: () => { key: string; x1: number; y1: number; x2: number; y2: number }[];
  /** A point of the canvas (CSS pixels from its corner) with no node drawn on it, for clicking the background. */
  emptyPoint: () => { x: number; y: number } | null;
  /** The classes an element carries (e.g. the Changes mode's change-new), or null when it is not drawn. */
  classes: (id: string) => string[] | null;
  /** The viewport's zoom level and pan (for checking that wheel and drag zoom and pan). */
  viewport: () => { zoom: number; pan: { x: number; y: number } };
  /** How an edge is drawn (colour, width, arrowhead), or null when it is not on the canvas. */
  edgeLook: (key: string) => { color: string; width: string; arrow: string } | null;
  /** The drawn ties between two nodes, each with where its curve passes half-way (CSS pixels from the canvas corner). */
  tiesBetween: (a: string, b: string) => { key: string; x: number; y: number }[];
};

declare global {
  interface Window {
    __entente?: EntenteHook;
  }
}

export function installTestHook(cy: Core): () => void {
  window.__entente = {
    positions: () => Object.fromEntries(cy.nodes().map((n) => [keyOf(n), { ...n.position() }])),
    renderedPosition: (key) => {
      const node = elementOf(cy, key);
      return node.nonempty() && node.visible() ? { ...node.renderedPosition() } : null;
    },
    labelBoxes: () =>
      cy
        .nodes()
        // Cytoscape leaves out labels smaller on screen than min-zoomed-font-size: those are not drawn, so not counted.
        .filter(
          (n) =>
            n.visible() &&
            !n.hasClass('faded') &&
            !n.hasClass('label-hidden') &&
            Boolean(n.data('label')) &&
            parseFloat(n.style('font-size') as string) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size') as string),
        )
        .map((n) => {
          const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return { key: keyOf(n), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        }),
    nodeBoxes: () =>
      cy
        .nodes()
        .filter((n) => n.visible() && !n.hasClass('faded'))
        .map((n) => {
          const b = n.renderedBoundingBox({ includeNodes: true, includeEdges: false, includeLabels: false });
          return { key: keyOf(n), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        }),
    labelCover: (key) => {
      const node = elementOf(cy, key);
      if (node.empty() || !node.visible() || !node.data('label') || node.style('label') === '') return null;
      const fontPx = parseFloat(node.style('font-size') as string) * cy.zoom();
      if (fontPx < parseFloat(node.style('min-zoomed-font-size') as string)) return null;
      const b = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      // Cytoscape's draw order (z-index, then insertion order): the nodes after this one are drawn over it.
      const order = (cy.nodes().filter((n) => n.visible()) as unknown as { sortByZIndex(): NodeCollection }).sortByZIndex();
      const above = order.slice(order.toArray().findIndex((n) => n.same(node)) + 1);
      const coveredBy = above
        .filter((n) => {
          const r = n.renderedBoundingBox({ includeNodes: true, includeEdges: false, includeLabels: false });
          return r.x1 < box.x2 && box.x1 < r.x2 && r.y1 < box.y2 && box.y1 < r.y2;
        })
        .map((n) => keyOf(n));
      return { box, fontPx, coveredBy };
    },
    emptyPoint: () => {
      // Cytoscape's own hit test (internal API, test hook only): a point where neither a node nor an edge is drawn.
      const renderer = (
        cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown } }
      ).renderer();
      const pan = cy.pan();
      const zoom = cy.zoom();
      for (let y = 30; y < cy.height() - 30; y += 15) {
        for (let x = 30; x < cy.width() - 60; x += 15) {
          if (!renderer.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false)) return { x, y };
        }
      }
      return null;
    },
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    edgeLook: (key) => {
      const edge = elementOf(cy, key);
      if (edge.empty() || !edge.isEdge()) return null;
      return { color: edge.style('line-color') as string, width: edge.style('width') as string, arrow: edge.style('target-arrow-shape') as string };
    },
    tiesBetween: (a, b) =>
      elementOf(cy, a)
        .edgesWith(elementOf(cy, b))
        .filter((e) => e.visible())
        .map((e) => ({ key: keyOf(e), ...(e as EdgeSingular).renderedMidpoint() })),
    classes: (id) => {
      const element = elementOf(cy, id);
      return element.nonempty() ? element.classes() : null;
    },
    zoomTo: (key) => {
      // The container may just have changed size (a phone turned), and nodes may still be gliding to a focus arrangement.
      cy.resize();
      cy.stop(true, true);
      cy.nodes().stop(true, true);
      // The node's centre (not its box with the label below) at the canvas centre.
      const p = elementOf(cy, key).position();
      cy.zoom(2.5);
      cy.pan({ x: cy.width() / 2 - p.x * cy.zoom(), y: cy.height() / 2 - p.y * cy.zoom() });
    },
  };
  return () => {
    delete window.__entente;
  };
}
