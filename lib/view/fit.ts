// Fitting a bounding box into the canvas while keeping clear of overlays drawn over it (the legend in a corner, the
// embed's node card): the view is fitted into the largest free strip beside, above or below each overlay. Pure
// arithmetic, unit-tested.
import type { Box } from './label-placement';

export type Viewport = { width: number; height: number };
/** An overlay in the bottom-left corner, in CSS pixels (0 × 0 when there is none or it is collapsed). */
export type CornerOverlay = { width: number; height: number };
export type ViewFit = { zoom: number; pan: { x: number; y: number } };

type ZoomLimits = { min: number; max: number };

/** The free strips around an overlay, best first for a corner legend (beside it, then above it). */
function stripsAround(o: Box, area: Box): Box[] {
  return [
    { ...area, x1: Math.max(area.x1, o.x2) },
    { ...area, y2: Math.min(area.y2, o.y1) },
    { ...area, x2: Math.min(area.x2, o.x1) },
    { ...area, y1: Math.max(area.y1, o.y2) },
  ];
}

function fitInto(box: Box, area: Box, padding: number, limits: ZoomLimits): ViewFit {
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const w = Math.max(area.x2 - area.x1 - 2 * padding, 1);
  const h = Math.max(area.y2 - area.y1 - 2 * padding, 1);
  const zoom = Math.min(limits.max, Math.max(limits.min, Math.min(w / bw, h / bh)));
  return {
    zoom,
    pan: { x: area.x1 + padding + (w - bw * zoom) / 2 - box.x1 * zoom, y: area.y1 + padding + (h - bh * zoom) / 2 - box.y1 * zoom },
  };
}

/**
 * Fits `box` (model coordinates) into the viewport clear of every overlay (boxes in CSS pixels from the canvas corner):
 * each overlay leaves four strips (right of, above, left of, below it); the combination with the largest zoom wins.
 */
export function fitClearOfOverlays(box: Box, viewport: Viewport, overlays: readonly Box[], padding: number, limits: ZoomLimits): ViewFit {
  const whole: Box = { x1: 0, y1: 0, x2: viewport.width, y2: viewport.height };
  const inside = overlays.filter((o) => o.x2 > o.x1 && o.y2 > o.y1 && o.x1 < whole.x2 && o.x2 > 0 && o.y1 < whole.y2 && o.y2 > 0);
  let areas: Box[] = [whole];
  for (const o of inside) areas = areas.flatMap((area) => stripsAround(o, area).filter((a) => a.x2 > a.x1 && a.y2 > a.y1));
  if (areas.length === 0) areas = [whole];
  let best: ViewFit | null = null;
  for (const area of areas) {
    const fit = fitInto(box, area, padding, limits);
    if (!best || fit.zoom > best.zoom) best = fit;
  }
  return best!;
}

/** Fits `box` clear of an overlay in the bottom-left corner (the legend). */
export function fitClearOf(box: Box, viewport: Viewport, overlay: CornerOverlay, padding: number, zoomLimits: ZoomLimits): ViewFit {
  const corner = overlay.width === 0 || overlay.height === 0 ? [] : [{ x1: 0, y1: viewport.height - overlay.height, x2: overlay.width, y2: viewport.height }];
  return fitClearOfOverlays(box, viewport, corner, padding, zoomLimits);
}
