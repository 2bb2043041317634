// Applies label placement (label-placement.ts) to the Cytoscape nodes of a focus view with classes, and fits the view
// clear of the legend (fit.ts). Outside a focus view labels keep the stylesheet's default place.
import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import { fitClearOf, type CornerOverlay } from './fit';
import { motionAllowed } from './motion';
import { placeLabels, type LabelItem } from './label-placement';
import { FIT_FROM_POSITIONS_AT, positionBounds } from './position-bounds';

const LABEL_CLASSES = 'label-top label-right label-left label-hidden';
const CLASS_OF = { bottom: null, inside: null, top: 'label-top', right: 'label-right', left: 'label-left', hidden: 'label-hidden' } as const;

const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true } as const;

function priority(node: NodeSingular): number {
  if (node.hasClass('focus')) return 0;
  return (node.hasClass('neighbor') ? 1 : 3) + 1 / (1 + node.degree(false));
}

/** Places the labels of the nodes drawn in full (focus and neighbours) so that none overlaps another. */
export function applyLabelPlacement(cy: Core, focusView: boolean): void {
  cy.batch(() => cy.nodes().removeClass(LABEL_CLASSES));
  if (!focusView) return;
  const shown = cy.nodes().filter((n) => n.visible() && !n.hasClass('faded') && !n.hasClass('hidden') && Boolean(n.data('label')));
  const items: LabelItem[] = shown.map((n: NodeSingular) => {
    const box = n.boundingBox(labelOnly);
    const p = n.position();
    return {
      key: n.id(),
      priority: priority(n),
      x: p.x,
      y: p.y,
      width: n.width(),
      height: n.height(),
      labelWidth: box.w,
      labelHeight: box.h,
      inside: n.data('kind') === 'organization',
    };
  });
  const placement = placeLabels(items);
  cy.batch(() => {
    for (const [key, where] of placement) {
      const cls = CLASS_OF[where];
      if (cls) cy.getElementById(key).addClass(cls);
    }
  });
}

/** The legend's corner, measured against the canvas container (0 × 0 when it is collapsed or absent). */
export function legendOverlay(container: HTMLElement | null): CornerOverlay {
  const legend = container?.parentElement?.querySelector<HTMLDetailsElement>('details.legend');
  if (!container || !legend || !legend.open) return { width: 0, height: 0 };
  const canvas = container.getBoundingClientRect();
  const rect = legend.getBoundingClientRect();
  return { width: Math.max(0, rect.right - canvas.left + 8), height: Math.max(0, canvas.bottom - rect.top + 8) };
}

/** The box to fit: rendered boxes with labels, or on a large collection the node positions (boundingBox() would take seconds). */
function fitBox(eles: Collection | NodeCollection) {
  if (eles.length < FIT_FROM_POSITIONS_AT) return eles.boundingBox({ includeLabels: true, includeOverlays: false });
  return (
    positionBounds(
      eles.nodes().map((n) => n.position()),
      10,
    ) ?? eles.boundingBox({})
  );
}

/** Fits the view to the elements at once, without animation (cy.fit() measures every element on large graphs). */
export function fitNow(cy: Core, padding: number, eles: Collection | NodeCollection = cy.elements().not('.hidden')): void {
  if (eles.empty()) return;
  const view = fitClearOf(fitBox(eles), { width: cy.width(), height: cy.height() }, { width: 0, height: 0 }, padding, { min: cy.minZoom(), max: cy.maxZoom() });
  cy.viewport({ zoom: view.zoom, pan: view.pan });
}

/** Animates the view to fit the nodes (labels included) clear of the legend (at once under reduced motion). */
export function fitNodes(cy: Core, container: HTMLElement | null, padding: number, eles: Collection | NodeCollection = cy.elements().not('.hidden')): void {
  if (eles.empty()) return;
  const box = fitBox(eles);
  const view = fitClearOf(box, { width: cy.width(), height: cy.height() }, legendOverlay(container), padding, {
    min: cy.minZoom(),
    max: Math.min(cy.maxZoom(), 2),
  });
  if (motionAllowed()) cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: 250 });
  else cy.viewport({ zoom: view.zoom, pan: view.pan });
}
