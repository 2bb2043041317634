// Test fixture: a six-state world with two organizations, small enough to check every analysis by hand.
//
// On FIXTURE_DAY (2024-01-01):
//   pact:   AAA founder, BBB member, CCC frozen, DDD observer, EEE withdrawn (left in 2020)
//   union:  AAA member, BBB member, EEE partner
//   alliances: AAA–BBB in force, AAA–CCC suspended, CCC–FFF in force
//   conflicts: BBB–CCC active, CCC–EEE ceasefire, BBB–FFF active, AAA–DDD peace agreement
//   dependencies: BBB→AAA trade-import 29 % and arms; AAA→BBB trade-export 10 %; CCC→AAA basing;
//                 CCC→EEE trade-import 40 %; DDD→AAA energy
//   deployment: pact → DDD peacekeeping
//   indicators: population AAA 10, BBB 30, CCC 5, EEE 1; GDP AAA 100, BBB 50, CCC 20; milexUsd AAA 5, CCC 1
import { smallDataset, SOURCE, state } from '@/lib/data/dataset.fixtures';
import type { Dataset, Indicators, Organization, Tie } from '@/lib/data/schema';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import type { EntenteGraph } from '@/lib/graph/types';

export const FIXTURE_DAY = '2024-01-01';

function organization(key: string, acronym: string, kind: Organization['kind']): Organization {
  return {
    key,
    names: [{ acronym, name: `${acronym} fixture`, start: '1990-01-01', end: null }],
    kind,
    founded: '1990-01-01',
    dissolved: null,
    headquarters: null,
    description: 'A fixture organization for unit tests of the analyses.',
    sources: [SOURCE],
  };
}

const since = (status: string, start = '1990-01-01') => [{ status, start, end: null }];

function indicators(key: string, population?: number, gdp?: number, milexUsd?: number): Indicators {
  return {
    state: key,
    ...(population === undefined ? {} : { population: { value: population, year: 2023 } }),
    ...(gdp === undefined ? {} : { gdp: { value: gdp, year: 2023 } }),
    ...(milexUsd === undefined ? {} : { milexUsd: { value: milexUsd, year: 2023 } }),
    sources: [SOURCE],
  };
}

export function blocDataset(): Dataset {
  const ties = [
    { kind: 'membership', source: 'AAA', target: 'pact', periods: since('founder') },
    { kind: 'membership', source: 'BBB', target: 'pact', periods: since('member') },
    { kind: 'membership', source: 'CCC', target: 'pact', periods: since('frozen') },
    { kind: 'membership', source: 'DDD', target: 'pact', periods: since('observer') },
    {
      kind: 'membership',
      source: 'EEE',
      target: 'pact',
      periods: [
        { status: 'member', start: '1990-01-01', end: '2020-01-01' },
        { status: 'withdrawn', start: '2020-01-01', end: null },
      ],
    },
    { kind: 'membership', source: 'AAA', target: 'union', periods: since('member') },
    { kind: 'membership', source: 'BBB', target: 'union', periods: since('member') },
    { kind: 'membership', source: 'EEE', target: 'union', periods: since('partner') },
    { kind: 'alliance', subtype: 'defence-treaty', source: 'AAA', target: 'BBB', periods: since('in-force') },
    { kind: 'alliance', subtype: 'strategic-partnership', source: 'CCC', target: 'AAA', periods: since('suspended') },
    { kind: 'alliance', subtype: 'defence-treaty', source: 'CCC', target: 'FFF', periods: since('in-force') },
    { kind: 'conflict', subtype: 'war', source: 'BBB', target: 'CCC', periods: [{ status: 'active', intensity: 'war', start: '2022-01-01', end: null }] },
    {
      kind: 'conflict',
      subtype: 'border-clash',
      source: 'EEE',
      target: 'CCC',
      periods: [{ status: 'ceasefire', intensity: null, start: '2021-01-01', end: null }],
    },
    {
      kind: 'conflict',
      subtype: 'territorial',
      source: 'FFF',
      target: 'BBB',
      periods: [{ status: 'active', intensity: 'minor', start: '2023-01-01', end: null }],
    },
    {
      kind: 'conflict',
      subtype: 'war',
      source: 'AAA',
      target: 'DDD',
      periods: [{ status: 'peace-agreement', intensity: null, start: '2000-01-01', end: null }],
    },
    {
      kind: 'dependency',
      subtype: 'trade-import',
      source: 'BBB',
      target: 'AAA',
      weight: { value: 29, unit: '% of imports', year: 2023 },
      periods: since('active'),
    },
    { kind: 'dependency', subtype: 'arms', source: 'BBB', target: 'AAA', periods: since('active') },
    {
      kind: 'dependency',
      subtype: 'trade-export',
      source: 'AAA',
      target: 'BBB',
      weight: { value: 10, unit: '% of exports', year: 2023 },
      periods: since('active'),
    },
    { kind: 'dependency', subtype: 'basing', source: 'CCC', target: 'AAA', periods: since('active') },
    {
      kind: 'dependency',
      subtype: 'trade-import',
      source: 'CCC',
      target: 'EEE',
      weight: { value: 40, unit: '% of imports', year: 2023 },
      periods: since('active'),
    },
    { kind: 'dependency', subtype: 'energy', source: 'DDD', target: 'AAA', periods: since('active') },
    { kind: 'deployment', subtype: 'peacekeeping', source: 'pact', target: 'DDD', periods: since('active', '2023-06-01') },
  ].map((tie) => ({ ...tie, sources: [SOURCE] })) as Tie[];
  return {
    // Fields this fixture does not exercise (e.g. state lifespans) come empty from the shared fixture.
    ...smallDataset(),
    info: { title: 'Bloc fixture', asOf: FIXTURE_DAY, description: 'test', credits: [] },
    states: [state('AAA', 'Alpha'), state('BBB', 'Beta'), state('CCC', 'Gamma'), state('DDD', 'Delta'), state('EEE', 'Epsilon'), state('FFF', 'Phi')],
    organizations: [organization('pact', 'PACT', 'collective-defence'), organization('union', 'UNION', 'economic-union')],
    indicators: [indicators('AAA', 10, 100, 5), indicators('BBB', 30, 50), indicators('CCC', 5, 20, 1), indicators('EEE', 1)],
    ties,
  };
}

/** The fixture world as of FIXTURE_DAY. */
export function blocView(day: string = FIXTURE_DAY): EntenteGraph {
  return asOf(buildGraph(blocDataset()), day);
}
