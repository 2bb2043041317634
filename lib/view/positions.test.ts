import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { geographicPositions, groupedPositions } from './positions';

const view = asOf(buildGraph(smallDataset()), '2000-01-01'); // AAA is a member of the pact, BBB has left it

describe('geographicPositions', () => {
  it('puts states at their coordinates and an organization at its members’ centroid', () => {
    const p = geographicPositions(view);
    expect(p.AAA).toEqual({ x: 45 * 8, y: -40 * 8 });
    expect(p.pact).toEqual(p.AAA); // its only current member
  });
});

describe('groupedPositions', () => {
  it('rings members around their organization and groups the rest apart, every node placed', () => {
    const p = groupedPositions(view);
    expect(Object.keys(p).sort()).toEqual(['AAA', 'BBB', 'CCC', 'pact']);
    const distance = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    expect(distance('AAA', 'pact')).toBeCloseTo(60);
    expect(distance('BBB', 'pact')).toBeGreaterThan(100);
  });
});
