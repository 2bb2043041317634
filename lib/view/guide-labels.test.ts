import { describe, expect, it } from 'vitest';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { applyFilters, DEFAULT_FILTERS } from '@/lib/graph/filter';
import { concentricLayout, groupedLayout, GUIDE_FONT, type Guide, type GuidedLayout } from './guided-layouts';
import { placeGuideLabels, shortGuideLabel, type PlacedGuideLabel } from './guide-labels';
import { intersects, type Box } from './label-placement';

const measure = (text: string, size: number) => [...text].length * size * 0.6;
const base = { size: GUIDE_FONT, measure, obstacles: [] as Box[], hideWhenCrowded: true };
const disc = (x: number, y: number, r = 8): Box => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
const noTwoIntersect = (labels: readonly PlacedGuideLabel[]) => {
  for (let i = 0; i < labels.length; i += 1) for (let j = i + 1; j < labels.length; j += 1) expect(intersects(labels[i]!.plate, labels[j]!.plate)).toBe(false);
};

describe('guide labels', () => {
  it('sit on the top of their circle when it is free, the text inside its plate', () => {
    const [label] = placeGuideLabels([{ cx: 0, cy: 0, r: 100, label: 'Degree ≥ 12' }], base);
    expect(label!.text).toBe('Degree ≥ 12');
    expect((label!.plate.x1 + label!.plate.x2) / 2).toBeCloseTo(0);
    expect(label!.plate.y1).toBeLessThan(-100);
    expect(label!.plate.y2).toBeGreaterThan(-100);
    expect(label!.y).toBeGreaterThan(label!.plate.y1 + GUIDE_FONT * 0.8);
    expect(label!.y).toBeLessThan(label!.plate.y2);
  });

  it('move along the circle off a node (an organization box at the top of the innermost ring)', () => {
    const box: Box = { x1: -40, y1: -75, x2: 40, y2: -45 };
    const [label] = placeGuideLabels([{ cx: 0, cy: 0, r: 60, label: 'PageRank ≥ 0.02' }], { ...base, obstacles: [box] });
    expect(label).toBeDefined();
    expect(intersects(label!.plate, box)).toBe(false);
  });

  it('never overlap one another: close rings, innermost labelled first', () => {
    const guides: Guide[] = [30, 42, 54].map((r) => ({ cx: 0, cy: 0, r, label: `Degree ${r}` }));
    const labels = placeGuideLabels(guides, base);
    expect(labels.map((l) => l.guide)).toEqual([0, 1, 2]);
    noTwoIntersect(labels);
    expect(labels[0]!.plate.y1).toBeLessThan(-30); // the innermost keeps the top
  });

  it('use the short label where the full one finds no room, and are left out on screen when nothing fits', () => {
    const guide: Guide = { cx: 0, cy: 0, r: 20, label: 'North Atlantic Treaty Organization · 32 members' };
    expect(shortGuideLabel(guide)).toBe('North Atlantic Treaty Organization');
    expect(shortGuideLabel({ ...guide, short: '≥ 3' })).toBe('≥ 3');
    const frame: Box = { x1: -160, y1: -60, x2: 160, y2: 60 };
    const [short] = placeGuideLabels([guide], { ...base, frame });
    expect(short!.text).toBe('North Atlantic Treaty Organization');
    // Nodes all around: on screen the label waits for a closer zoom; an image still labels the guide.
    const crowd: Box[] = [];
    for (let x = -400; x <= 400; x += 10) for (let y = -400; y <= 400; y += 10) crowd.push(disc(x, y, 4));
    expect(placeGuideLabels([guide], { ...base, obstacles: crowd })).toEqual([]);
    const forced = placeGuideLabels([guide], { ...base, obstacles: crowd, hideWhenCrowded: false });
    expect(forced).toHaveLength(1);
  });

  it('on screen name as many guides as possible: short names first, full labels where they still fit', () => {
    const guides: Guide[] = [
      { cx: 0, cy: 0, r: 30, label: 'Alpha · 30 members, all with other blocs' },
      { cx: 100, cy: 0, r: 30, label: 'Beta · 5 members' },
      { cx: 400, cy: 0, r: 30, label: 'Gamma · 4 members' },
    ];
    const frame: Box = { x1: -300, y1: -80, x2: 600, y2: 20 }; // room above the circles only
    const labels = placeGuideLabels(guides, { ...base, frame });
    expect(labels.map((l) => l.text)).toEqual(['Alpha', 'Beta · 5 members', 'Gamma · 4 members']);
    noTwoIntersect(labels);
  });
});

describe('guide labels on the bundled graph', () => {
  const world = async () => applyFilters(asOf(await getBundledGraph(), '2026-01-01'), DEFAULT_FILTERS);
  /** Node discs (16 model units) and a label box below each, as the canvas draws them. */
  const obstaclesOf = (layout: GuidedLayout): Box[] =>
    [...layout.positions.values()].flatMap((p) => [disc(p.x, p.y), { x1: p.x - 30, y1: p.y + 10, x2: p.x + 30, y2: p.y + 22 }]);

  it('every concentric ring is labelled with its values, off every node and node label', async () => {
    const graph = await world();
    const values = Object.fromEntries(graph.nodes().map((k) => [k, graph.degree(k)]));
    const layout = concentricLayout(graph, values, 'Degree');
    const obstacles = obstaclesOf(layout);
    const labels = placeGuideLabels(layout.guides, { ...base, obstacles });
    expect(labels.map((l) => l.guide)).toEqual(layout.guides.map((_, i) => i));
    for (const l of labels) {
      expect(l.text).toMatch(/^Degree /);
      expect(obstacles.filter((o) => intersects(o, l.plate))).toEqual([]);
    }
    noTwoIntersect(labels);
  }, 60_000);

  it('every bloc of the grouped layout is labelled at the image size, off every node', async () => {
    const graph = await world();
    const layout = groupedLayout(graph);
    const obstacles = obstaclesOf(layout);
    const labels = placeGuideLabels(layout.guides, { ...base, obstacles });
    expect(labels).toHaveLength(layout.guides.length);
    for (const l of labels) expect(obstacles.filter((o) => intersects(o, l.plate))).toEqual([]);
    noTwoIntersect(labels);
  }, 60_000);
});
