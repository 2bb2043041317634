import { describe, expect, it } from 'vitest';
import { labelledNode } from './label-items.fixtures';
import { placeExportLabels, type Obstacle } from './declutter';
import { intersects, labelBox, type LabelItem } from './label-placement';

const node = labelledNode;
const body = (item: LabelItem): Obstacle => ({
  key: item.key,
  x1: item.x - item.width / 2,
  y1: item.y - item.height / 2,
  x2: item.x + item.width / 2,
  y2: item.y + item.height / 2,
});

describe('placeExportLabels', () => {
  it('keeps the more important label on its usual side and moves or drops the others, never overlapping', () => {
    const items = [node('small', 10, 0, 2), node('focus', 0, 0, 0), node('apart', 300, 0, 1)];
    const placed = placeExportLabels(items, items.map(body), null);
    expect(placed.get('focus')).toBe('bottom');
    expect(placed.get('apart')).toBe('bottom');
    expect(placed.get('small')).not.toBe('bottom');
    const boxes = items.flatMap((i) => (placed.get(i.key) === 'hidden' ? [] : [labelBox(i, placed.get(i.key) as 'bottom')]));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('moves a label off an organization box below its node, and hides it when every side is covered', () => {
    const state = node('ARM', 0, 0, 0);
    const org: Obstacle = { key: 'csto', x1: -30, y1: 10, x2: 30, y2: 40 };
    expect(placeExportLabels([state], [body(state), org], null).get('ARM')).toBe('top');
    const boxed: Obstacle = { key: 'big', x1: -100, y1: -100, x2: 100, y2: 100 };
    expect(placeExportLabels([state], [body(state), boxed], null).get('ARM')).toBe('hidden');
  });

  it('keeps every label inside the exported area', () => {
    const edge = node('edge', 95, 50);
    expect(placeExportLabels([edge], [], { x1: 0, y1: 0, x2: 100, y2: 100 }).get('edge')).toBe('left');
    expect(placeExportLabels([node('out', 200, 50)], [], { x1: 0, y1: 0, x2: 100, y2: 100 }).get('out')).toBe('hidden');
  });

  it('hides the label of an organization whose box another node covers', () => {
    const org: LabelItem = { ...node('nato', 0, 0, 0), width: 54, height: 26, inside: true, labelWidth: 30 };
    expect(placeExportLabels([org], [body(org)], null).get('nato')).toBe('inside');
    expect(placeExportLabels([org], [body(org), { key: 'FRA', x1: -5, y1: -5, x2: 5, y2: 5 }], null).get('nato')).toBe('hidden');
  });
});
