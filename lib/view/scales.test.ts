import { describe, expect, it } from 'vitest';
import { COLOR_RAMP, colorsFor, histogram, NODE_SIZE, sizesFor } from './scales';

describe('scales', () => {
  it('sizes from the minimum to the maximum by the square root of the share', () => {
    expect(sizesFor({ a: 0, b: 25, c: 100 })).toEqual({ a: NODE_SIZE.min, b: (NODE_SIZE.min + NODE_SIZE.max) / 2, c: NODE_SIZE.max });
    expect(sizesFor({ a: 0 })).toEqual({ a: NODE_SIZE.min });
  });
  it('colours the lowest and highest values with the ends of the ramp', () => {
    expect(colorsFor({ a: 0, b: 1 })).toEqual({ a: COLOR_RAMP[0], b: COLOR_RAMP[COLOR_RAMP.length - 1] });
  });
  it('bins values into equal widths', () => {
    expect(histogram([0, 1, 2, 3, 10], 2).map((b) => b.count)).toEqual([4, 1]);
    expect(histogram([], 3)).toEqual([]);
  });
});
