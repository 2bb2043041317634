// The guide labels for the canvas at its current zoom: readable sizes (at least GUIDE_MIN_PX on screen), placed off
// the visible nodes and their labels, crowded ones left out until the user zooms in.
import type { Core, NodeSingular } from 'cytoscape';
import { GUIDE_FONT, type Guide } from './guided-layouts';
import { placeGuideLabels, type MeasureLabel, type PlacedGuideLabel } from './guide-labels';
import { BODY_ONLY, LABEL_ONLY } from './box-options';
import type { Box } from './label-placement';
import { canvasAreaOf } from './apply-labels';

/** On screen a guide label is never smaller than this, nor larger than GUIDE_MAX_PX, whatever the zoom. */
export const GUIDE_MIN_PX = 12;
export const GUIDE_MAX_PX = 16;
export const GUIDE_LABEL_FONT = "600 {size}px system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export type ScreenGuideLabel = PlacedGuideLabel & { full: boolean };

/** The font size, in model units, that shows as a readable number of pixels at this zoom. */
export function guideFontForZoom(zoom: number): number {
  const px = Math.min(GUIDE_MAX_PX, Math.max(GUIDE_MIN_PX, GUIDE_FONT * zoom));
  return px / zoom;
}

let context: CanvasRenderingContext2D | null = null;
const measureOnPage: MeasureLabel = (text, size) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.62;
  context.font = GUIDE_LABEL_FONT.replace('{size}', String(size));
  return context.measureText(text).width;
};

/** The boxes of what a guide label should not cover: each shown node's body and its label when one is drawn at this zoom. */
export function nodeObstacles(cy: Core): Box[] {
  const boxes: Box[] = [];
  const zoom = cy.zoom();
  cy.nodes()
    .filter((n: NodeSingular) => n.visible())
    .forEach((n: NodeSingular) => {
      boxes.push(n.boundingBox(BODY_ONLY));
      // Cytoscape leaves out labels smaller on screen than min-zoomed-font-size: those cover nothing.
      const drawn = parseFloat(n.style('font-size') as string) * zoom >= parseFloat(n.style('min-zoomed-font-size') as string);
      if (drawn && n.data('label') && !n.hasClass('label-hidden')) {
        const b = n.boundingBox(LABEL_ONLY);
        if (b.w > 0 && b.h > 0) boxes.push(b);
      }
    });
  return boxes;
}

/** What is drawn over the canvas (legend, zoom buttons, the embed's card) as boxes in model coordinates. */
function overlayObstacles(cy: Core): Box[] {
  const container = cy.container();
  const area = canvasAreaOf(container);
  if (!container || !area) return [];
  const canvas = container.getBoundingClientRect();
  const { x: px, y: py } = cy.pan();
  const zoom = cy.zoom();
  const boxes: Box[] = [];
  for (const element of area.querySelectorAll<HTMLElement>('details.legend, .canvas-tools, [data-keep-clear]')) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const [x1, y1, x2, y2] = [r.left - canvas.left - 4, r.top - canvas.top - 4, r.right - canvas.left + 4, r.bottom - canvas.top + 4];
    boxes.push({ x1: (x1 - px) / zoom, y1: (y1 - py) / zoom, x2: (x2 - px) / zoom, y2: (y2 - py) / zoom });
  }
  return boxes;
}

export function guideLabelsOnScreen(cy: Core, guides: readonly Guide[]): ScreenGuideLabel[] {
  if (guides.length === 0) return [];
  const size = guideFontForZoom(cy.zoom());
  // Inside what the canvas shows, so that no label is cut at its edge (panning places them again), and off the legend and the zoom buttons.
  const frame = cy.extent();
  const obstacles = [...nodeObstacles(cy), ...overlayObstacles(cy)];
  return placeGuideLabels(guides, { size, measure: measureOnPage, obstacles, frame, hideWhenCrowded: true }).map((l) => ({
    ...l,
    full: l.text === guides[l.guide]!.label,
  }));
}
