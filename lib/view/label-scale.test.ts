import { describe, expect, it } from 'vitest';
import { FOCUS_LABEL_PX, labelScale, MAX_LABEL_SCALE, MIN_LABEL_PX, visibleModelBox } from './label-scale';

describe('labelScale', () => {
  it('leaves labels alone that are readable at the zoom, and enlarges the others to the minimum size on screen', () => {
    expect(labelScale(9, 1)).toBe(1);
    expect(labelScale(11, 0.7)).toBe(1);
    // A phone fits Armenia's neighbourhood at about 0.45: a 9-unit label would be 4 pixels high.
    expect(9 * 0.45 * labelScale(9, 0.45)).toBeCloseTo(MIN_LABEL_PX);
    expect(9 * 0.45 * labelScale(9, 0.45, FOCUS_LABEL_PX)).toBeCloseTo(FOCUS_LABEL_PX);
    expect(labelScale(9, 0.01)).toBe(MAX_LABEL_SCALE);
    expect(labelScale(0, 0.5)).toBe(1);
    expect(labelScale(9, 0)).toBe(1);
  });

  it('gives the model box a viewport shows', () => {
    expect(visibleModelBox({ zoom: 2, pan: { x: 100, y: -50 } }, { width: 400, height: 300 })).toEqual({ x1: -50, y1: 25, x2: 150, y2: 175 });
  });
});
