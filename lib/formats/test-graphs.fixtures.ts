// Graphs and assertions shared by the format tests: the small fixture dataset timeless and as of two dates.
import { expect } from 'vitest';
import { SOURCE, smallDataset, state } from '@/lib/data/dataset.fixtures';
import type { Dataset } from '@/lib/data/schema';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import type { EntenteGraph } from '@/lib/graph/types';
import type { ImportResult } from './import-result';

export const timeless = buildGraph(smallDataset());

/**
 * The fixture plus what it does not exercise: a state lifespan, a dissolved organization with headquarters, a weighted
 * dependency and a deployment, and text that XML, CSV and spreadsheets treat specially (quotes, <, &, newlines,
 * delimiters, formula prefixes, a title with "; " in a source).
 */
export function richDataset(): Dataset {
  const dataset = smallDataset();
  dataset.states.push({ ...state('DDD', 'Delta "the <fourth>" & co', -33.5, -70.6), officialName: '=Republic of Delta', subregion: '' });
  dataset.lifespans.push({ state: 'CCC', periods: [{ start: '1991-12-26', end: null }], sources: [SOURCE] });
  dataset.organizations.push({
    key: 'old',
    names: [{ acronym: 'OLD', name: 'Old Pact', start: '1955', end: '1991-07' }],
    kind: 'security-organization',
    founded: '1955',
    dissolved: '1991-07',
    headquarters: { city: 'Warsaw', country: 'AAA', lat: 52.23, lng: 21.01 },
    description: 'A dissolved fixture organization, dated only to the year and month.',
    sources: [{ ...SOURCE, title: 'Treaty; with a semicolon (and parentheses)', publisher: 'Archive (national)' }],
  });
  dataset.ties.push(
    {
      kind: 'dependency',
      subtype: 'energy',
      source: 'BBB',
      target: 'AAA',
      label: 'Gas "pipeline" <north> & co',
      note: 'line one\nline two, with a comma; and a semicolon',
      weight: { value: 42.5, unit: '% of gas imports', year: 2023 },
      periods: [{ status: 'active', start: '2009', end: null, note: '-2 pumping stations', sources: [{ ...SOURCE, title: '@mention' }] }],
      sources: [SOURCE, { ...SOURCE, title: 'Second', url: 'https://example.org/2?a=1&b=2' }],
    },
    {
      kind: 'deployment',
      subtype: 'peacekeeping',
      source: 'pact',
      target: 'CCC',
      periods: [{ status: 'active', start: '2022-01-06', end: '2022-01-19' }],
      sources: [SOURCE],
    },
    { kind: 'membership', source: 'DDD', target: 'old', periods: [{ status: 'member', start: '1955-05-14', end: '1991-07' }], sources: [SOURCE] },
    {
      kind: 'conflict',
      subtype: 'war',
      source: 'DDD',
      target: 'CCC',
      ucdpId: 333,
      periods: [{ status: 'active', intensity: 'war', start: '1999', end: '2000' }],
      sources: [SOURCE],
    },
  );
  return dataset;
}

export const rich = buildGraph(richDataset());

/** The timeless graph (every period) and two views: 2000 (Beta withdrawn, the pact called PT) and 2026. */
export const FIXTURE_GRAPHS: [string, EntenteGraph][] = [
  ['timeless', timeless],
  ['as of 2000-01-01', asOf(timeless, '2000-01-01')],
  ['as of 2026-01-01', asOf(timeless, '2026-01-01')],
  ['rich timeless', rich],
  ['rich as of 2022-01-10', asOf(rich, '2022-01-10')],
];

export function imported(result: ImportResult): EntenteGraph {
  if (!result.ok) throw new Error(`import failed: ${result.errors.map((e) => `${e.where}: ${e.message}`).join('; ')}`);
  return result.graph;
}

/** Same node keys and attributes, same edge keys, ends, direction and attributes. */
export function expectSameGraph(actual: EntenteGraph, expected: EntenteGraph) {
  expect(actual.order).toBe(expected.order);
  expect(actual.size).toBe(expected.size);
  expected.forEachNode((key, attributes) => {
    expect(actual.hasNode(key), `node ${key}`).toBe(true);
    expect(actual.getNodeAttributes(key), `node ${key}`).toEqual(attributes);
  });
  expected.forEachEdge((key, attributes, source, target) => {
    expect(actual.hasEdge(key), `edge ${key}`).toBe(true);
    expect([actual.source(key), actual.target(key), actual.isDirected(key)], `edge ${key}`).toEqual([source, target, expected.isDirected(key)]);
    expect(actual.getEdgeAttributes(key), `edge ${key}`).toEqual(attributes);
  });
}
