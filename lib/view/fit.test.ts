import { describe, expect, it } from 'vitest';
import { fitClearOfOverlays } from './fit';

const box = { x1: 0, y1: 0, x2: 100, y2: 100 };
const limits = { min: 0.1, max: 10 };
/** Where the box lands on screen for a fit. */
const onScreen = (fit: { zoom: number; pan: { x: number; y: number } }) => ({
  x1: fit.pan.x + box.x1 * fit.zoom,
  y1: fit.pan.y + box.y1 * fit.zoom,
  x2: fit.pan.x + box.x2 * fit.zoom,
  y2: fit.pan.y + box.y2 * fit.zoom,
});
const meets = (a: typeof box, b: typeof box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('fitClearOfOverlays', () => {
  it('keeps the fitted box clear of a card at the top right and a legend at the bottom left', () => {
    const viewport = { width: 1440, height: 800 };
    const card = { x1: 1100, y1: 10, x2: 1390, y2: 220 };
    const legend = { x1: 0, y1: 560, x2: 520, y2: 800 };
    const fit = fitClearOfOverlays(box, viewport, [card, legend], 10, limits);
    const drawn = onScreen(fit);
    expect(meets(drawn, card)).toBe(false);
    expect(meets(drawn, legend)).toBe(false);
    expect(drawn.x1).toBeGreaterThanOrEqual(0);
    expect(drawn.y2).toBeLessThanOrEqual(viewport.height);
    // The best free area is the full-height strip between the legend and the card (580 wide).
    expect(fit.zoom).toBeCloseTo(5.6);
  });

  it('fits below a card across the top of a narrow frame', () => {
    const viewport = { width: 300, height: 400 };
    const card = { x1: 0, y1: 0, x2: 260, y2: 180 };
    const drawn = onScreen(fitClearOfOverlays(box, viewport, [card], 10, limits));
    expect(drawn.y1).toBeGreaterThanOrEqual(190);
    expect(drawn.y2).toBeLessThanOrEqual(390);
  });

  it('ignores overlays outside the canvas and falls back to the whole canvas when one covers it all', () => {
    const viewport = { width: 500, height: 300 };
    const plain = fitClearOfOverlays(box, viewport, [], 10, limits);
    expect(fitClearOfOverlays(box, viewport, [{ x1: 600, y1: 0, x2: 700, y2: 100 }], 10, limits)).toEqual(plain);
    expect(fitClearOfOverlays(box, viewport, [{ x1: -10, y1: -10, x2: 510, y2: 310 }], 10, limits)).toEqual(plain);
  });
});
