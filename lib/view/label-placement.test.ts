import { describe, expect, it } from 'vitest';
import { labelledNode } from './label-items.fixtures';
import { fitClearOf } from './fit';
import { intersects, labelBox, placeLabels, type LabelItem } from './label-placement';

const node = labelledNode;

describe('placeLabels', () => {
  it('puts labels below their node when there is room', () => {
    const placed = placeLabels([node('A', 0, 0), node('B', 200, 0)]);
    expect([...placed.values()]).toEqual(['bottom', 'bottom']);
  });

  it('moves a label that would overlap to another side, most important first, and hides what cannot fit', () => {
    // Three nodes side by side 30 apart: their 40-wide labels below would overlap.
    const items = [node('C', 60, 0, 2), node('A', 0, 0, 0), node('B', 30, 0, 1)];
    const placed = placeLabels(items);
    expect(placed.get('A')).toBe('bottom');
    expect(placed.get('B')).toBe('top');
    const boxes = items.flatMap((item) => {
      const p = placed.get(item.key)!;
      return p === 'hidden' ? [] : [labelBox(item, p)];
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!)).toBe(false);
    // Five nodes on one spot: four sides, then no free side left.
    const stacked = placeLabels(['P', 'Q', 'R', 'S', 'T'].map((key, i) => node(key, 0, 0, i)));
    expect([...stacked.values()]).toEqual(['bottom', 'top', 'right', 'left', 'hidden']);
  });

  it('keeps labels inside the visible canvas and off the legend, moving or hiding those that would be cut or covered', () => {
    // A is at the right edge: its label below would be cut, as would top; left is free. B sits on the legend.
    const placed = placeLabels([node('A', 95, 0, 0), node('B', 0, 80, 1), node('C', 50, 0, 2)], {
      bounds: { x1: -30, y1: -30, x2: 110, y2: 110 },
      obstacles: [{ x1: -30, y1: 60, x2: 30, y2: 110 }],
    });
    expect(placed.get('A')).toBe('left');
    expect(placed.get('B')).toBe('hidden');
    expect(placed.get('C')).toBe('bottom');
  });

  it('places a box at the gap the renderer measures, even one that reaches over the node edge', () => {
    const item = { ...node('A', 0, 0), gap: -0.5 };
    expect(labelBox(item, 'bottom')).toEqual({ x1: -20, y1: 7.5, x2: 20, y2: 17.5 });
    expect(labelBox(item, 'left').x2).toBe(-7.5);
  });

  it('keeps labels inside organizations or hides them when two organizations overlap', () => {
    const org = (key: string, x: number, priority: number): LabelItem => ({ ...node(key, x, 0, priority), width: 54, height: 26, inside: true });
    const placed = placeLabels([org('nato', 0, 0), org('osce', 20, 1)]);
    expect(placed.get('nato')).toBe('inside');
    expect(placed.get('osce')).toBe('hidden');
  });
});

describe('fitClearOf', () => {
  it('fits the box into the strip beside or above a corner overlay', () => {
    const box = { x1: 0, y1: 0, x2: 100, y2: 100 };
    const plain = fitClearOf(box, { width: 500, height: 300 }, { width: 0, height: 0 }, 10, { min: 0.1, max: 10 });
    expect(plain.zoom).toBeCloseTo(2.8);
    const clear = fitClearOf(box, { width: 500, height: 300 }, { width: 200, height: 250 }, 10, { min: 0.1, max: 10 });
    // Beside the 200-wide legend: 280 × 280 free; above it only 50 high.
    expect(clear.zoom).toBeCloseTo(2.8);
    expect(clear.pan.x).toBeGreaterThanOrEqual(200);
    const left = clear.pan.x + box.x1 * clear.zoom;
    expect(left).toBeGreaterThanOrEqual(210);
  });
});
