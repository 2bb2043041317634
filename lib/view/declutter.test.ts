import { describe, expect, it } from 'vitest';
import { hideOverlappingLabels } from './declutter';

describe('hideOverlappingLabels', () => {
  it('keeps the more important of two overlapping labels and every label that has room', () => {
    const hidden = hideOverlappingLabels(
      [
        { key: 'small', x1: 0, y1: 0, x2: 50, y2: 10, priority: 1 },
        { key: 'focus', x1: 20, y1: 5, x2: 80, y2: 15, priority: 100 },
        { key: 'apart', x1: 200, y1: 0, x2: 250, y2: 10, priority: 1 },
      ],
      null,
    );
    expect(hidden).toEqual(['small']);
  });
  it('hides labels that would be cut at the edge of the exported area', () => {
    expect(hideOverlappingLabels([{ key: 'edge', x1: 90, y1: 0, x2: 130, y2: 10, priority: 1 }], { x1: 0, y1: 0, x2: 100, y2: 100 })).toEqual(['edge']);
  });
});
