import { describe, expect, it } from 'vitest';
import { positionBounds } from './position-bounds';

describe('positionBounds', () => {
  it('encloses every point with the margin, skipping points without a finite position', () => {
    expect(
      positionBounds(
        [
          { x: 1, y: 5 },
          { x: -3, y: 2 },
          { x: NaN, y: 100 },
          { x: 4, y: Infinity },
        ],
        2,
      ),
    ).toEqual({ x1: -5, y1: 0, x2: 3, y2: 7 });
  });
  it('gives null for no points', () => {
    expect(positionBounds([])).toBeNull();
  });
});
