// The floor scenario's view: every position fits in the container with its margin, centred.
import { describe, expect, it } from 'vitest';
import { viewportFor } from './floor';

describe('viewportFor', () => {
  it('fits the positions into the container with the padding and centres them', () => {
    const { zoom, pan } = viewportFor(
      [
        { x: -100, y: 0 },
        { x: 100, y: 50 },
      ],
      460,
      300,
      30,
    );
    expect(zoom).toBeCloseTo(2); // width decides: (460 − 60) / 200
    const toScreen = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    expect(toScreen({ x: -100, y: 0 })).toEqual({ x: 30, y: 100 });
    expect(toScreen({ x: 100, y: 50 })).toEqual({ x: 430, y: 200 });
  });

  it('shows an empty graph at zoom 1, centred, and a single node without dividing by zero', () => {
    expect(viewportFor([], 400, 200)).toEqual({ zoom: 1, pan: { x: 200, y: 100 } });
    const one = viewportFor([{ x: 5, y: 5 }], 400, 200, 30);
    expect(Number.isFinite(one.zoom)).toBe(true);
    expect(one.pan.x + 5 * one.zoom).toBeCloseTo(200);
  });
});
