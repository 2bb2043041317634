import { describe, expect, it } from 'vitest';
import { blocView } from './entente.fixtures';
import { nameCommunities } from './community-names';

describe('nameCommunities', () => {
  const view = blocView();
  it('names a community by its most central states and the organizations most of them share', () => {
    const named = nameCommunities(view, { AAA: 0, BBB: 0, CCC: 0, pact: 0, union: 0, DDD: 1, EEE: 1, FFF: 1 });
    expect(named.map((c) => c.community)).toEqual([0, 1]);
    const [first, second] = named;
    expect(first!.central[0]).toBe('AAA');
    expect(first!.central).toHaveLength(3);
    expect(first!.shared.map((o) => [o.label, o.members])).toEqual([
      ['PACT', 3],
      ['UNION', 2],
    ]);
    // EEE withdrew from the pact and is only a partner of the union; DDD is an observer: nothing is shared.
    expect(second!.shared).toEqual([]);
    expect(second!.members.sort()).toEqual(['DDD', 'EEE', 'FFF']);
  });
  it('skips nodes the graph does not show', () => {
    expect(nameCommunities(view, { AAA: 0, ZZZ: 0 })[0]!.members).toEqual(['AAA']);
  });
});
