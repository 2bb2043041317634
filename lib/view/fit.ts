// Fitting a bounding box into the canvas while keeping clear of an overlay in a corner (the legend): the view is fitted
// into the larger of the two free strips beside or above the overlay. Pure arithmetic, unit-tested.
import type { Box } from './label-placement';

export type Viewport = { width: number; height: number };
/** An overlay in the bottom-left corner, in CSS pixels (0 × 0 when there is none or it is collapsed). */
export type CornerOverlay = { width: number; height: number };

export function fitClearOf(box: Box, viewport: Viewport, overlay: CornerOverlay, padding: number, zoomLimits: { min: number; max: number }) {
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const fitInto = (left: number, bottom: number) => {
    const w = Math.max(viewport.width - left - 2 * padding, 1);
    const h = Math.max(viewport.height - bottom - 2 * padding, 1);
    const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, Math.min(w / bw, h / bh)));
    return {
      zoom,
      pan: { x: left + padding + (w - bw * zoom) / 2 - box.x1 * zoom, y: padding + (h - bh * zoom) / 2 - box.y1 * zoom },
    };
  };
  if (overlay.width === 0 || overlay.height === 0) return fitInto(0, 0);
  const beside = fitInto(overlay.width, 0);
  const above = fitInto(0, overlay.height);
  return beside.zoom >= above.zoom ? beside : above;
}
