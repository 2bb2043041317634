// A small hand-checkable dataset for unit tests: three states, one organization a member left and rejoined.
import type { Dataset, Source, State } from './schema';

export const SOURCE: Source = { title: 'Test source', publisher: 'Entente tests', url: 'https://example.org/source', date: '2024-01-01' };

export function state(key: string, name: string, lat = 0, lng = 0): State {
  return {
    key,
    iso2: key.slice(0, 2),
    isoNumeric: null,
    name,
    officialName: `Republic of ${name}`,
    region: 'Asia',
    subregion: 'Central Asia',
    lat,
    lng,
    flag: '',
    borders: [],
    recognition: 'un-member',
  };
}

/** Alpha founds the pact in 1992; Beta lapses in 1999, rejoins in 2006 and is suspended in 2012; Alpha and Gamma clash in 2021. */
export function smallDataset(): Dataset {
  return {
    info: { title: 'Fixture', asOf: '2026-01-01', description: 'test', credits: [] },
    states: [state('AAA', 'Alpha', 40, 45), state('BBB', 'Beta', 41, 64), state('CCC', 'Gamma', 39, 71)],
    lifespans: [],
    organizations: [
      {
        key: 'pact',
        names: [
          { acronym: 'PT', name: 'Pact Treaty', start: '1992-05-15', end: '2002-10-07' },
          { acronym: 'PTO', name: 'Pact Treaty Organization', start: '2002-10-07', end: null },
        ],
        kind: 'collective-defence',
        founded: '1992-05-15',
        dissolved: null,
        headquarters: null,
        description: 'A fixture alliance for unit tests of as-of views.',
        sources: [SOURCE],
      },
    ],
    indicators: [
      { state: 'AAA', population: { value: 3_000_000, year: 2025 }, gdp: { value: 25e9, year: 2024 }, sources: [SOURCE] },
    ],
    ties: [
      { kind: 'membership', source: 'AAA', target: 'pact', periods: [{ status: 'founder', start: '1992-05-15', end: null }], sources: [SOURCE] },
      {
        kind: 'membership',
        source: 'BBB',
        target: 'pact',
        periods: [
          { status: 'founder', start: '1992-05-15', end: '1999-04-20' },
          { status: 'withdrawn', start: '1999-04-20', end: '2006-06-23' },
          { status: 'member', start: '2006-06-23', end: '2012-06-28' },
          { status: 'suspended', start: '2012-06-28', end: null, sources: [{ ...SOURCE, title: 'Suspension notice' }] },
        ],
        sources: [SOURCE],
      },
      {
        kind: 'conflict',
        subtype: 'border-clash',
        source: 'AAA',
        target: 'CCC',
        periods: [
          { status: 'active', intensity: 'minor', start: '2021-04-28', end: '2021-05-01' },
          { status: 'ceasefire', intensity: null, start: '2021-05-01', end: null },
        ],
        sources: [SOURCE],
      },
    ],
  };
}
