// The bounding box of many nodes from their positions alone: on a large graph, Cytoscape's boundingBox() styles and
// measures every element (labels, edges), which takes seconds; the node centres plus a margin are enough to fit the view.
import type { Box } from './label-placement';

/** Collections at least this large are fitted from positions rather than rendered boxes. */
export const FIT_FROM_POSITIONS_AT = 2000;

/** The box around the points, widened by `margin` on every side; null when there are none. */
export function positionBounds(points: Iterable<{ x: number; y: number }>, margin = 0): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (x1 === Infinity) return null;
  return { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}
