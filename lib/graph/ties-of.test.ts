import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { tiesOf } from './ties-of';

const view = asOf(buildGraph(smallDataset()), '2021-04-30');

describe('tiesOf', () => {
  it('groups a node’s ties by kind in a fixed order, with direction and the other end', () => {
    const groups = tiesOf(view, 'AAA');
    expect(groups.map((g) => g.kind)).toEqual(['membership', 'conflict']);
    expect(groups[0]?.ties[0]).toMatchObject({ other: 'pact', otherLabel: 'PTO', direction: 'out', status: 'founder' });
    expect(groups[1]?.ties[0]).toMatchObject({ other: 'CCC', direction: 'both', status: 'active', intensity: 'minor' });
  });
  it('lists the members of an organization as incoming ties', () => {
    const members = tiesOf(view, 'pact')[0]?.ties.map((t) => [t.other, t.direction, t.status]);
    expect(members).toEqual([
      ['AAA', 'in', 'founder'],
      ['BBB', 'in', 'suspended'],
    ]);
  });
  it('gives nothing for an unknown node', () => {
    expect(tiesOf(view, 'ZZZ')).toEqual([]);
  });
});
