import { describe, expect, it } from 'vitest';
import { SOURCE, smallDataset } from './dataset.fixtures';
import { checkIntegrity, checkPeriods } from './integrity';
import { formatProblem } from './problems';
import type { Dataset, Tie } from './schema';

function originsOf(dataset: Dataset, tieFile: string) {
  const at = (file: string) => (_: unknown, index: number) => ({ file, index });
  return {
    states: dataset.states.map(at('states.json')),
    lifespans: dataset.lifespans.map(at('lifespans.json')),
    organizations: dataset.organizations.map(at('organizations/test.json')),
    ties: dataset.ties.map(at(tieFile)),
  };
}

function problemsWith(ties: Tie[], edit: (d: Dataset) => void = () => {}): string[] {
  const dataset = smallDataset();
  dataset.ties = ties;
  edit(dataset);
  return checkIntegrity(dataset, originsOf(dataset, 'memberships.json')).map(formatProblem);
}

const member = (source: string, target: string): Tie => ({
  kind: 'membership',
  source,
  target,
  periods: [{ status: 'member', start: '2000-01-01', end: null }],
  sources: [SOURCE],
});

describe('checkIntegrity', () => {
  it('finds nothing wrong with the fixture', () => {
    const dataset = smallDataset();
    expect(checkIntegrity(dataset, originsOf(dataset, 'x.json'))).toEqual([]);
  });

  it('reports an endpoint that does not exist', () => {
    expect(problemsWith([member('ZZZ', 'pact')])).toEqual([
      'memberships.json [0].source: unknown node "ZZZ" (not a state or an organization in data/)',
    ]);
  });

  it('reports an endpoint of the wrong kind', () => {
    expect(problemsWith([member('AAA', 'BBB')])).toEqual([
      'memberships.json [0].target: a membership tie\'s target must be an organization, but "BBB" is a state',
    ]);
  });

  it('reports a duplicate tie, also when an undirected tie is written the other way round', () => {
    const clash = (a: string, b: string): Tie => ({
      kind: 'conflict',
      subtype: 'border-clash',
      source: a,
      target: b,
      periods: [{ status: 'active', intensity: 'minor', start: '2021', end: '2022' }],
      sources: [SOURCE],
    });
    expect(problemsWith([clash('AAA', 'CCC'), clash('CCC', 'AAA')])).toEqual([
      'memberships.json [1]: duplicate tie conflict/border-clash:AAA-CCC (first defined in memberships.json [0]); put both periods on one tie',
    ]);
  });

  it('reports overlapping and reversed periods', () => {
    const tie: Tie = {
      ...member('AAA', 'pact'),
      periods: [
        { status: 'member', start: '2000-01-01', end: '2005-01-01' },
        { status: 'suspended', start: '2004-06-01', end: '2003-01-01' },
      ],
    } as Tie;
    expect(problemsWith([tie])).toEqual([
      'memberships.json [0].periods[1].end: membership:AAA>pact: end 2003-01-01 is not after start 2004-06-01',
      'memberships.json [0].periods[1].start: membership:AAA>pact: start 2004-06-01 overlaps or precedes period 0, which ends 2005-01-01',
    ]);
  });

  it('reports duplicate node keys', () => {
    const problems = problemsWith([], (d) => d.states.push({ ...d.states[0]! }));
    expect(problems).toEqual(['states.json [3].key: duplicate node key "AAA"']);
  });
});

describe('weights and intensities', () => {
  it('reports a share above 100% and an active conflict period without an intensity', () => {
    const trade: Tie = {
      kind: 'dependency',
      subtype: 'trade-import',
      source: 'AAA',
      target: 'BBB',
      weight: { value: 140, unit: '% of imports', year: 2023 },
      periods: [{ status: 'active', start: '2023', end: null }],
      sources: [SOURCE],
    };
    const clash: Tie = {
      kind: 'conflict',
      subtype: 'border-clash',
      source: 'AAA',
      target: 'CCC',
      periods: [{ status: 'active', intensity: null, start: '2021', end: '2022' }],
      sources: [SOURCE],
    };
    expect(problemsWith([trade, clash])).toEqual([
      'memberships.json [0].weight.value: dependency/trade-import:AAA>BBB: a share of 140% of imports is above 100%',
      'memberships.json [1].periods[0].intensity: conflict/border-clash:AAA-CCC: an active conflict period needs an intensity (minor or war), or a note saying why it has none',
    ]);
  });
});

describe('lifespans', () => {
  it('reports a tie period outside the time a state existed, and outside an organization’s life', () => {
    const problems = problemsWith([member('BBB', 'pact')], (d) => {
      d.lifespans.push({ state: 'BBB', periods: [{ start: '1991-12-26', end: null }], sources: [SOURCE] });
      d.ties[0]!.periods = [{ status: 'member', start: '1980', end: null, note: 'Year precision in the source.' }];
    });
    expect(problems).toEqual([
      'memberships.json [0].periods[0]: membership:BBB>pact: period 1980 – ongoing falls outside the time "BBB" existed (1991-12-26 – ongoing)',
      'memberships.json [0].periods[0]: membership:BBB>pact: period 1980 – ongoing falls outside the time "pact" existed (1992-05-15 – ongoing)',
    ]);
  });

  it('reports a lifespan for an unknown state and overlapping lifespan periods', () => {
    const problems = problemsWith([], (d) => {
      d.lifespans.push({ state: 'QQQ', periods: [{ start: '1900', end: null }], sources: [SOURCE] });
      d.lifespans.push({ state: 'AAA', periods: [{ start: '1900', end: null }, { start: '1950', end: null }], sources: [SOURCE] });
    });
    expect(problems).toEqual([
      'lifespans.json [0].state: unknown state "QQQ"',
      'lifespans.json [1].periods[1].start: AAA: period 0 is still ongoing (end: null), so this period overlaps it',
    ]);
  });
});

describe('checkPeriods', () => {
  it('accepts consecutive half-open periods that share a boundary', () => {
    expect(checkPeriods([{ start: '1992', end: '1999-04-20' }, { start: '1999-04-20', end: null }])).toEqual([]);
  });

  it('rejects a period after an ongoing one', () => {
    expect(checkPeriods([{ start: '1992', end: null }, { start: '1999', end: null }])[0]?.message).toMatch(/still ongoing/);
  });
});

describe('content rules', () => {
  const ucdp = { title: 'UCDP/PRIO Armed Conflict Dataset version 25.1, conflict 283', publisher: 'Uppsala Conflict Data Program', url: 'https://ucdp.uu.se/conflict/283', date: '2025-06' };
  const deployment = (subtype: 'peacekeeping' | 'intervention', label: string, periods: Tie['periods']): Tie =>
    ({ kind: 'deployment', subtype, source: 'AAA', target: 'BBB', label, periods, sources: [ucdp] }) as Tie;

  it('reports a tie from UCDP that ends on its cut-off day, and accepts it continuing from there', () => {
    const cut = deployment('intervention', 'Troops of Alpha in Beta', [{ status: 'active', start: '2022', end: '2025' }]);
    expect(problemsWith([cut])).toEqual([
      'memberships.json [0].periods[0].end: deployment/intervention:AAA>BBB: ends on 2025-01-01, where UCDP/PRIO ACD 25.1 stops, not where the tie did: add a "continuing" period (not verified after 2024-12-31) or cite a source for the end',
    ]);
    const continuing = deployment('intervention', 'Troops of Alpha in Beta', [
      { status: 'active', start: '2022', end: '2025' },
      { status: 'continuing', start: '2025', end: null },
    ]);
    expect(problemsWith([continuing])).toEqual([]);
  });

  it('reports a continuing period that is not the last, open one', () => {
    const tie = deployment('intervention', 'Troops of Alpha in Beta', [
      { status: 'continuing', start: '2025', end: '2025-06-01' },
      { status: 'ended', start: '2025-06-01', end: null },
    ]);
    expect(problemsWith([tie])).toEqual([
      'memberships.json [0].periods[0].status: deployment/intervention:AAA>BBB: "continuing" (not verified since the period\'s start) can only be the last, open-ended period',
    ]);
  });

  it('reports a peace operation recorded as an intervention', () => {
    const tie = deployment('intervention', 'Peacekeepers of Alpha in Beta (MONUSCO)', [{ status: 'active', start: '2013-01-01', end: '2020-01-01' }]);
    expect(problemsWith([tie])).toEqual([
      'memberships.json [0].subtype: deployment/intervention:AAA>BBB: labelled as a peace operation ("Peacekeepers of Alpha in Beta (MONUSCO)") but recorded as intervention: use subtype peacekeeping',
    ]);
  });

  it('reports a membership starting at a bare year without a reason', () => {
    const tie: Tie = { ...member('AAA', 'pact'), periods: [{ status: 'member', start: '2009', end: null }] } as Tie;
    expect(problemsWith([tie])).toEqual([
      'memberships.json [0].periods[0].start: membership:AAA>pact: starts at a bare year (2009) and no note says why: say that the source gives only the year, or that the date is unknown and why (no placeholder years)',
    ]);
    const placeholder: Tie = { ...tie, periods: [{ status: 'member', start: '2009', end: null, note: 'Member of the forum.' }] } as Tie;
    expect(problemsWith([placeholder])).toHaveLength(1);
    const yearOnly: Tie = { ...tie, periods: [{ status: 'member', start: '2009', end: null, note: 'Joined in 2009; the source gives the year only.' }] } as Tie;
    expect(problemsWith([yearOnly])).toEqual([]);
    const explained: Tie = { ...tie, periods: [{ status: 'member', start: '2009', end: null, note: 'Joining date unknown: the earliest source confirming membership is of 2009.' }] } as Tie;
    expect(problemsWith([explained])).toEqual([]);
  });
});
