import { describe, expect, it } from 'vitest';
import { SOURCE } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { alliesInConflict, balanceInput, enemiesOfEnemies, signedNetwork, triadBalance } from './balance';
import { blocDataset, blocView, FIXTURE_DAY } from './entente.fixtures';

const view = blocView();

describe('signedNetwork', () => {
  it('signs alliances in force and shared memberships positive, hostile conflicts negative, both negative', () => {
    expect(signedNetwork(view)).toEqual([
      { a: 'AAA', b: 'BBB', sign: 1, alliances: ['alliance/defence-treaty:AAA-BBB'], organizations: ['pact', 'union'], conflicts: [] },
      // the strategic partnership is suspended: only the pact (CCC frozen, still a member) links them
      { a: 'AAA', b: 'CCC', sign: 1, alliances: [], organizations: ['pact'], conflicts: [] },
      // pact members at war: negative
      { a: 'BBB', b: 'CCC', sign: -1, alliances: [], organizations: ['pact'], conflicts: ['conflict/war:BBB-CCC'] },
      { a: 'BBB', b: 'FFF', sign: -1, alliances: [], organizations: [], conflicts: ['conflict/territorial:BBB-FFF'] },
      { a: 'CCC', b: 'EEE', sign: -1, alliances: [], organizations: [], conflicts: ['conflict/border-clash:CCC-EEE'] },
      { a: 'CCC', b: 'FFF', sign: 1, alliances: ['alliance/defence-treaty:CCC-FFF'], organizations: [], conflicts: [] },
    ]);
    // AAA–DDD ended in a peace agreement; DDD is only an observer and EEE a partner or former member: no relation.
  });
});

describe('triadBalance', () => {
  it('counts balanced and unbalanced triads overall and per state', () => {
    // AAA–BBB +, AAA–CCC +, BBB–CCC −: unbalanced.  BBB–CCC −, BBB–FFF −, CCC–FFF +: balanced.
    expect(triadBalance(view)).toEqual({
      balanced: 1,
      unbalanced: 1,
      ratio: 0.5,
      byState: {
        AAA: { balanced: 0, unbalanced: 1 },
        BBB: { balanced: 1, unbalanced: 1 },
        CCC: { balanced: 1, unbalanced: 1 },
        DDD: { balanced: 0, unbalanced: 0 },
        EEE: { balanced: 0, unbalanced: 0 },
        FFF: { balanced: 1, unbalanced: 0 },
      },
      unbalancedTriads: [['AAA', 'BBB', 'CCC']],
    });
  });

  it('finds three mutual enemies unbalanced', () => {
    const dataset = blocDataset();
    dataset.ties.push({
      kind: 'conflict',
      subtype: 'border-clash',
      source: 'EEE',
      target: 'BBB',
      sources: [SOURCE],
      periods: [{ status: 'frozen', intensity: null, start: '2010-01-01', end: null }],
    });
    const result = triadBalance(asOf(buildGraph(dataset), FIXTURE_DAY));
    expect(result.unbalancedTriads).toEqual([
      ['AAA', 'BBB', 'CCC'],
      ['BBB', 'CCC', 'EEE'],
    ]);
    expect(result.balanced).toBe(1);
  });

  it('has no ratio without triads', () => {
    expect(triadBalance(blocView('1980-01-01'))).toMatchObject({ balanced: 0, unbalanced: 0, ratio: null });
  });
});

describe('enemiesOfEnemies', () => {
  it("lists the states fighting a state's adversaries, through whom, and how they stand with the state", () => {
    expect(enemiesOfEnemies(view, 'BBB')).toEqual([{ key: 'EEE', via: ['CCC'], sign: 0 }]);
    expect(enemiesOfEnemies(view, 'CCC')).toEqual([{ key: 'FFF', via: ['BBB'], sign: 1 }]);
    expect(enemiesOfEnemies(view, 'AAA')).toEqual([]);
  });

  it('names the module and the key for an unknown state or an organization', () => {
    expect(() => enemiesOfEnemies(view, 'ZZZ')).toThrow('lib/analysis/balance: unknown state "ZZZ"');
    expect(() => alliesInConflict(view, 'pact')).toThrow(/lib\/analysis\/balance: "pact" is an organization/);
  });
});

describe('alliesInConflict', () => {
  it("lists pairs of a state's positive partners that fight each other", () => {
    expect(alliesInConflict(view, 'AAA')).toEqual([{ a: 'BBB', b: 'CCC', conflicts: ['conflict/war:BBB-CCC'] }]);
    expect(alliesInConflict(view, 'CCC')).toEqual([]);
  });
});

describe('balanceInput', () => {
  it('carries what the balance reads: the same signs, triads and figures from the slim copy a worker receives', async () => {
    const { MultiGraph } = await import('@/lib/graph/graphology');
    const slim = MultiGraph.from(balanceInput(view)) as unknown as typeof view;
    expect(signedNetwork(slim)).toEqual(signedNetwork(view));
    expect(triadBalance(slim)).toEqual(triadBalance(view));
    for (const state of ['AAA', 'BBB', 'CCC']) {
      expect(enemiesOfEnemies(slim, state)).toEqual(enemiesOfEnemies(view, state));
      expect(alliesInConflict(slim, state)).toEqual(alliesInConflict(view, state));
    }
  });
});
