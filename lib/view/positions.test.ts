import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { geographicPositions } from './positions';

const view = asOf(buildGraph(smallDataset()), '2000-01-01'); // AAA is a member of the pact, BBB has left it

describe('geographicPositions', () => {
  it('puts states at their coordinates and an organization at its members’ centroid', () => {
    const p = geographicPositions(view);
    expect(p.AAA).toEqual({ x: 45 * 8, y: -40 * 8 });
    expect(p.pact).toEqual(p.AAA); // its only current member
  });
});
