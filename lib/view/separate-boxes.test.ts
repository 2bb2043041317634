import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separateBoxes, type SeparableBox } from './separate-boxes';

const org = (key: string, x: number, y: number, extra: Partial<SeparableBox> = {}): SeparableBox => ({
  key,
  x,
  y,
  width: 54,
  height: 26,
  solid: true,
  ...extra,
});
const state = (key: string, x: number, y: number): SeparableBox => ({ key, x, y, width: 16, height: 16, solid: false });

function placed(boxes: SeparableBox[], moves: Map<string, { x: number; y: number }>) {
  return boxes.map((b) => ({ ...b, ...(moves.get(b.key) ?? {}) }));
}
const overlap = (a: SeparableBox, b: SeparableBox) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

describe('separateBoxes', () => {
  it('leaves boxes that do not overlap where they are, and plain nodes that overlap each other too', () => {
    expect(separateBoxes([org('nato', 0, 0), org('csto', 200, 0), state('A', 400, 0), state('B', 404, 0)]).size).toBe(0);
  });

  it('pushes two overlapping organization boxes apart along the shorter way, each half of it', () => {
    const boxes = [org('nato', 0, 0), org('osce', 10, 20)];
    const moves = separateBoxes(boxes, 4);
    const [a, b] = placed(boxes, moves);
    expect(overlap(a!, b!)).toBe(false);
    expect(a!.x).toBe(0); // pushed apart vertically (the smaller overlap)
    expect(b!.y - a!.y).toBeCloseTo(30);
  });

  it('does not move a fixed box (the focus), and moves a state off an organization box', () => {
    const boxes = [{ ...state('ARM', 0, 0), fixed: true }, org('csto', 5, 5)];
    const moves = separateBoxes(boxes);
    expect(moves.has('ARM')).toBe(false);
    const [a, b] = placed(boxes, moves);
    expect(overlap(a!, b!)).toBe(false);
  });

  it('separates any pile of organization boxes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 })), { minLength: 2, maxLength: 12 }), (points) => {
        const boxes = points.map(([x, y], i) => org(`o${i}`, x, y));
        const after = placed(boxes, separateBoxes(boxes, 2, 400));
        for (let i = 0; i < after.length; i++) for (let j = i + 1; j < after.length; j++) expect(overlap(after[i]!, after[j]!)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
