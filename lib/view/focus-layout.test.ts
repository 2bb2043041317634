import { describe, expect, it } from 'vitest';
import { CURVE_STEP, FIRST_RING, RING_GAP, TIER_GAP, pairArrangement, pushedOut, radialArrangement, type ArrangedNode } from './focus-layout';

const node = (key: string, distance: number, x: number, y: number, parents: string[] = [], room = 50): ArrangedNode => ({ key, distance, parents, x, y, room });
const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('radialArrangement', () => {
  it('puts each step on its own ring around the focus, keeps the focus in place and the picture turned as it was', () => {
    const center = { key: 'C', x: 0, y: 0 };
    const nodes = [
      node('C', 0, 0, 0),
      node('E', 1, 100, 0),
      node('W', 1, -100, 0),
      node('N', 1, 0, -100),
      node('E2', 2, 200, 10, ['E']),
      node('W2', 2, -200, 10, ['W']),
    ];
    const { positions, radius } = radialArrangement(center, nodes);
    expect(positions.get('C')).toEqual({ x: 0, y: 0 });
    for (const key of ['E', 'W', 'N']) expect(dist(positions.get(key)!, center)).toBeCloseTo(FIRST_RING);
    for (const key of ['E2', 'W2']) expect(dist(positions.get(key)!, center)).toBeCloseTo(FIRST_RING + RING_GAP);
    expect(radius).toBeCloseTo(FIRST_RING + RING_GAP);
    // East stays east, west stays west; a second-step node sits on its parent's side.
    expect(positions.get('E')!.x).toBeGreaterThan(0);
    expect(positions.get('W')!.x).toBeLessThan(0);
    expect(positions.get('E2')!.x).toBeGreaterThan(0);
    expect(positions.get('W2')!.x).toBeLessThan(0);
  });

  it('makes a crowded ring wide enough that neighbours are their room apart, staggering it over close rings', () => {
    const ring = Array.from({ length: 60 }, (_, i) => node(`n${String(i).padStart(2, '0')}`, 1, Math.cos(i) * 50, Math.sin(i) * 50, [], 70));
    const { positions, radius } = radialArrangement({ key: 'C', x: 0, y: 0 }, ring);
    expect(radius).toBeGreaterThan(FIRST_RING);
    const placed = ring.map((n) => positions.get(n.key)!);
    const radii = new Set(placed.map((p) => Math.round(Math.hypot(p.x, p.y))));
    expect(radii.size).toBeGreaterThan(1);
    expect(radius).toBeLessThan((60 * 88) / (2 * Math.PI));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const p = placed[i]!;
        const q = placed[j]!;
        const sameRing = Math.abs(Math.hypot(p.x, p.y) - Math.hypot(q.x, q.y)) < 1;
        expect(dist(p, q)).toBeGreaterThan(sameRing ? 70 : TIER_GAP - 1);
      }
    }
  });
});

describe('pairArrangement', () => {
  it('sets the pair side by side and stacks what links them in between, clear of the curves of their ties', () => {
    const between = [node('csto', 1, 0, 0), node('cis', 1, 0, 0), node('eaeu', 1, 0, 0)];
    const { positions } = pairArrangement({ key: 'ARM', x: 0, y: 0 }, 'RUS', between, 4);
    const a = positions.get('ARM')!;
    const b = positions.get('RUS')!;
    expect(a.y).toBe(b.y);
    expect(b.x - a.x).toBeGreaterThanOrEqual(300);
    for (const org of between) {
      const p = positions.get(org.key)!;
      expect(p.x).toBeCloseTo((a.x + b.x) / 2);
      expect(Math.abs(p.y - a.y)).toBeGreaterThan((4 * CURVE_STEP) / 2);
    }
    expect(new Set(between.map((o) => positions.get(o.key)!.y)).size).toBe(3);
  });
});

describe('pushedOut', () => {
  it('moves a node outside the arrangement along its own direction', () => {
    const p = pushedOut({ x: 0, y: 0 }, 400, 0, -50);
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeLessThan(-400);
  });
});
