import { describe, expect, it } from 'vitest';
import { blocCohesion, compareBlocs } from './cohesion';
import { blocView } from './entente.fixtures';

const view = blocView();

describe('blocCohesion', () => {
  const pact = blocCohesion(view, 'pact');

  it('sorts states by membership status; frozen and suspended members are in, listed apart', () => {
    expect(pact).toMatchObject({
      org: 'pact',
      label: 'PACT',
      founded: '1990-01-01',
      asOf: '2024-01-01',
      members: ['AAA', 'BBB'],
      strained: ['CCC'],
      associates: ['DDD'],
      former: ['EEE'],
      memberCount: 3,
    });
  });

  it('counts ties among members and the share of member pairs linked by an alliance or a dependency', () => {
    // alliances in force: AAA–BBB (AAA–CCC is suspended); conflicts: BBB–CCC;
    // dependencies: BBB→AAA ×2, AAA→BBB, CCC→AAA. Linked pairs: AAA–BBB, AAA–CCC (basing) of 3.
    expect(pact.internalTies).toEqual({ alliances: 1, conflicts: 1, dependencies: 4 });
    expect(pact.density).toBeCloseTo(2 / 3, 12);
  });

  it('lists conflicts inside the bloc and with outsiders, but not ended ones', () => {
    expect(pact.internalConflicts).toEqual([{ a: 'BBB', b: 'CCC', status: 'active', edgeKey: 'conflict/war:BBB-CCC' }]);
    // BBB–FFF is active, CCC–EEE (a former member) in ceasefire; AAA–DDD ended with a peace agreement.
    expect(pact.conflictsWithOutsiders).toEqual([
      { member: 'BBB', outsider: 'FFF', status: 'active', edgeKey: 'conflict/territorial:BBB-FFF' },
      { member: 'CCC', outsider: 'EEE', status: 'ceasefire', edgeKey: 'conflict/border-clash:CCC-EEE' },
    ]);
  });

  it('totals indicators over members, says how many reported, and finds the hegemon', () => {
    expect(pact.totals).toEqual({
      population: { sum: 45, reported: 3, of: 3 },
      gdp: { sum: 170, reported: 3, of: 3 },
      milexUsd: { sum: 6, reported: 2, of: 3 },
    });
    expect(pact.hegemon.population).toEqual({ key: 'BBB', share: 30 / 45 });
    expect(pact.hegemon.gdp).toEqual({ key: 'AAA', share: 100 / 170 });
    expect(pact.hegemon.milexUsd).toEqual({ key: 'AAA', share: 5 / 6 });
  });

  it("measures the other members' trade, arms and basing dependence on the largest economy", () => {
    // largest by GDP: AAA. BBB→AAA trade-import 0.29 and arms 1; CCC→AAA basing 1; CCC→EEE trade-import 0.40.
    // (AAA's own trade-export to BBB and DDD's energy dependency are not counted.)
    const dependency = pact.dependencyOnLargest!;
    expect(dependency).toMatchObject({ largest: 'AAA', by: 'gdp', ties: 4, tiesToLargest: 3 });
    expect(dependency.weight).toBeCloseTo(2.69, 12);
    expect(dependency.weightToLargest).toBeCloseTo(2.29, 12);
    expect(dependency.share).toBeCloseTo(2.29 / 2.69, 12);
  });

  it('limits indicators when asked, and handles a bloc whose members report nothing', () => {
    const union = blocCohesion(view, 'union', { indicators: ['milexUsd'] });
    expect(union.members).toEqual(['AAA', 'BBB']);
    expect(union.associates).toEqual(['EEE']);
    expect(union.totals).toEqual({ milexUsd: { sum: 5, reported: 1, of: 2 } });
    expect(union.hegemon).toEqual({ milexUsd: { key: 'AAA', share: 1 } });
    expect(union.density).toBe(1);
    // BBB→AAA: trade-import 0.29 and arms 1, all to AAA
    expect(union.dependencyOnLargest?.share).toBe(1);
    const early = blocCohesion(blocView('1995-01-01'), 'pact');
    expect(early.members).toEqual(['AAA', 'BBB', 'EEE']);
  });

  it('names the module and the key for an unknown organization or a state', () => {
    expect(() => blocCohesion(view, 'nato')).toThrow('lib/analysis/cohesion: unknown organization "nato"');
    expect(() => blocCohesion(view, 'AAA')).toThrow(/lib\/analysis\/cohesion: "AAA" is a state/);
  });
});

describe('compareBlocs', () => {
  it('returns both blocs side by side, in the order asked', () => {
    const [pact, union] = compareBlocs(view, ['pact', 'union']);
    expect(pact.org).toBe('pact');
    expect(union.org).toBe('union');
    expect(pact.memberCount).toBe(3);
    expect(union.memberCount).toBe(2);
    expect(() => compareBlocs(view, ['pact', 'cis'])).toThrow('lib/analysis/cohesion: unknown organization "cis"');
  });
});
