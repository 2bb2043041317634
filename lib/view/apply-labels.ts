// Applies label placement (label-placement.ts) to the Cytoscape nodes of a focus view with classes, at a size readable
// at the view's zoom (label-scale.ts), and fits the view clear of the legend and other overlays (fit.ts). Outside a
// focus view labels keep the stylesheet's default place and size.
import type { Collection, Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { clearClasses } from './class-diff';
import { fitClearOf, fitClearOfOverlays, type CornerOverlay } from './fit';
import { placeLabels, type Box, type LabelItem } from './label-placement';
import { FOCUS_LABEL_PX, labelScale, MIN_LABEL_PX, visibleModelBox } from './label-scale';
import { motionAllowed } from './motion';
import { FIT_FROM_POSITIONS_AT, positionBounds } from './position-bounds';
import { keyOf } from './render-id';

/** The classes label placement puts on nodes. */
export const LABEL_PLACE_CLASSES = ['label-top', 'label-right', 'label-left', 'label-hidden'] as const;
const CLASS_OF = { bottom: null, inside: null, top: 'label-top', right: 'label-right', left: 'label-left', hidden: 'label-hidden' } as const;
/** Nodes whose label is drawn larger than the stylesheet's (a style bypass), and organizations whose label left their box. */
const SCALED = 'label-scaled';
const OUT = 'label-out';

const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true } as const;

/** The view labels are placed for: its zoom and pan, the canvas size and the legend's corner (CSS pixels). */
export type LabelView = { zoom: number; pan: Position; width: number; height: number; legend: CornerOverlay };

/** The focus first, then by steps from it (the first ring before the second), larger hubs before smaller nodes. */
function priority(node: NodeSingular, distances: Readonly<Record<string, number>> | undefined): number {
  if (node.hasClass('focus')) return 0;
  const key = keyOf(node);
  const steps = distances && Object.hasOwn(distances, key) ? distances[key]! : node.hasClass('neighbor') ? 1 : 3;
  return steps + 1 / (1 + node.degree(false));
}

/** Draws every label at the stylesheet's size again; returns how to put the larger sizes back (for an image export). */
export function clearLabelScale(cy: Core): () => void {
  const scaled = cy.nodes(`.${SCALED}`);
  const sizes = new Map(scaled.map((n) => [n.id(), n.style('font-size') as string]));
  const out = cy.nodes(`.${OUT}`);
  cy.batch(() => {
    scaled.removeStyle('font-size').removeClass(SCALED);
    out.removeClass(OUT);
  });
  return () =>
    cy.batch(() => {
      scaled.forEach((n) => void n.style('font-size', sizes.get(n.id())!).addClass(SCALED));
      out.addClass(OUT);
    });
}

/**
 * Places the labels of the nodes drawn in full (focus and neighbours) so that none overlaps another. Given the view,
 * labels too small to read at its zoom are drawn larger (organizations' below their box), and every label stays on the
 * visible canvas and off the legend: those that do not fit are left to the tooltip, least important first.
 */
export function applyLabelPlacement(cy: Core, focusView: boolean, options: { view?: LabelView; distances?: Readonly<Record<string, number>> } = {}): void {
  cy.batch(() => {
    clearClasses(cy, cy.nodes(), LABEL_PLACE_CLASSES);
    clearLabelScale(cy);
  });
  if (!focusView) return;
  const { view, distances } = options;
  const shown = cy.nodes().filter((n) => n.visible() && !n.hasClass('faded') && !n.hasClass('hidden') && Boolean(n.data('label')));
  // Labels too small to read at the view's zoom are enlarged first, then measured as they will be drawn.
  const scaled = new Set<string>();
  if (view)
    cy.batch(() =>
      shown.forEach((n) => {
        const size = parseFloat(n.style('font-size') as string);
        const scale = labelScale(size, view.zoom, n.hasClass('focus') ? FOCUS_LABEL_PX : MIN_LABEL_PX);
        if (scale === 1) return;
        scaled.add(n.id());
        n.style('font-size', size * scale).addClass(SCALED);
        if (n.data('kind') === 'organization') n.addClass(OUT);
      }),
    );
  const items: LabelItem[] = shown.map((n: NodeSingular) => {
    const box = n.boundingBox(labelOnly);
    const p = n.position();
    const inside = n.data('kind') === 'organization' && !scaled.has(n.id());
    return {
      key: n.id(),
      priority: priority(n, distances),
      x: p.x,
      y: p.y,
      width: n.width(),
      height: n.height(),
      labelWidth: box.w,
      labelHeight: box.h,
      // An organization's label is drawn inside its box, unless it had to grow to be read: then below it, as a state's.
      inside,
      // Measured as drawn (below the node): the gap between the node and the box Cytoscape reports for its label.
      ...(inside ? {} : { gap: box.y1 - (p.y + n.height() / 2) }),
    };
  });
  const placement = placeLabels(items, view ? viewLimits(view) : {});
  cy.batch(() => {
    for (const [key, where] of placement) {
      const cls = CLASS_OF[where];
      if (cls) cy.getElementById(key).addClass(cls);
    }
  });
}

/** The visible canvas (less a margin of 2 pixels) and the legend, in model coordinates. */
function viewLimits(view: LabelView): { bounds: Box; obstacles: Box[] } {
  const margin = 2 / view.zoom;
  const visible = visibleModelBox(view, view);
  const bounds = { x1: visible.x1 + margin, y1: visible.y1 + margin, x2: visible.x2 - margin, y2: visible.y2 - margin };
  if (view.legend.width === 0 || view.legend.height === 0) return { bounds, obstacles: [] };
  const legend = { x1: visible.x1, y1: visible.y2 - view.legend.height / view.zoom, x2: visible.x1 + view.legend.width / view.zoom, y2: visible.y2 };
  return { bounds, obstacles: [legend] };
}

/** The area around the canvas that holds what is drawn over it (legend, zoom buttons, the embed's card). */
export function canvasAreaOf(container: HTMLElement | null): HTMLElement | null {
  return container?.closest<HTMLElement>('.canvas-area') ?? null;
}

/** The legend's corner, measured against the canvas container (0 × 0 when it is collapsed or absent). */
export function legendOverlay(container: HTMLElement | null): CornerOverlay {
  const legend = canvasAreaOf(container)?.querySelector<HTMLDetailsElement>('details.legend');
  if (!container || !legend || !legend.open) return { width: 0, height: 0 };
  const canvas = container.getBoundingClientRect();
  const rect = legend.getBoundingClientRect();
  return { width: Math.max(0, rect.right - canvas.left + 8), height: Math.max(0, canvas.bottom - rect.top + 8) };
}

/**
 * What is drawn over the canvas and must not hide the fitted nodes, as boxes in CSS pixels from the canvas corner: the
 * open legend, and any element of the canvas area marked `data-keep-clear` (the embed's node card).
 */
export function overlaysOver(container: HTMLElement | null): Box[] {
  const area = canvasAreaOf(container);
  if (!container || !area) return [];
  const canvas = container.getBoundingClientRect();
  const boxes: Box[] = [];
  const legend = legendOverlay(container);
  if (legend.width > 0 && legend.height > 0) boxes.push({ x1: 0, y1: canvas.height - legend.height, x2: legend.width, y2: canvas.height });
  for (const element of area.querySelectorAll<HTMLElement>('[data-keep-clear]')) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({ x1: r.left - canvas.left - 8, y1: r.top - canvas.top - 8, x2: r.right - canvas.left + 8, y2: r.bottom - canvas.top + 8 });
  }
  return boxes;
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

/** The view that fits the nodes (labels included) clear of the legend and the other overlays (overlaysOver), for labelling it before it is shown. */
export function fittedView(
  cy: Core,
  container: HTMLElement | null,
  padding: number,
  eles: Collection | NodeCollection = cy.elements().not('.hidden'),
): LabelView | null {
  if (eles.empty()) return null;
  const view = fitClearOfOverlays(fitBox(eles), { width: cy.width(), height: cy.height() }, overlaysOver(container), padding, {
    min: cy.minZoom(),
    max: Math.min(cy.maxZoom(), 2),
  });
  return { ...view, width: cy.width(), height: cy.height(), legend: legendOverlay(container) };
}

/** The view the canvas shows now, for labelling it. */
export function currentView(cy: Core, container: HTMLElement | null): LabelView {
  return { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height(), legend: legendOverlay(container) };
}

/** Moves the view to a fitted view: animated, or at once under reduced motion; then calls `onDone`. */
export function showFittedView(cy: Core, view: LabelView, onDone?: () => void): void {
  if (motionAllowed()) cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: 250, complete: onDone });
  else {
    cy.viewport({ zoom: view.zoom, pan: view.pan });
    onDone?.();
  }
}

/** Fits the view to the nodes (labels included) clear of the overlays: animated, or at once under reduced motion; then calls `onDone`. */
export function fitNodes(
  cy: Core,
  container: HTMLElement | null,
  padding: number,
  eles: Collection | NodeCollection = cy.elements().not('.hidden'),
  onDone?: () => void,
): void {
  const view = fittedView(cy, container, padding, eles);
  if (view) showFittedView(cy, view, onDone);
  else onDone?.();
}
