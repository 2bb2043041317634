import { describe, expect, it } from 'vitest';
import { asOf } from './as-of';
import { getBundledGraph } from './bundled';
import { searchEntries, searchNodes, type SearchEntry } from './search';
import { TYPED_NAMES } from './search-terms.fixtures';

const entry = (key: string, label: string, iso2: string | null, name = label, more: Partial<SearchEntry> = {}): SearchEntry => ({
  key,
  label,
  name,
  iso2,
  kind: iso2 ? 'state' : 'organization',
  ...more,
});
const entries = [
  entry('ARM', 'Armenia', 'AM'),
  entry('ARG', 'Argentina', 'AR'),
  entry('AZE', 'Azerbaijan', 'AZ'),
  entry('csto', 'CSTO', null, 'Collective Security Treaty Organization'),
  entry('KOR', 'South Korea', 'KR'),
  entry('UKR', 'Ukraine', 'UA'),
  entry('GBR', 'United Kingdom', 'GB', 'United Kingdom', { aliases: ['UK', 'Great Britain'] }),
  entry('TUR', 'Türkiye', 'TR', 'Türkiye', { aliases: ['Turkey'] }),
  entry('SUN', 'Soviet Union', 'SU', 'Soviet Union', { aliases: ['USSR'], onDate: false, lifespan: '1922–1991' }),
  entry('SOM', 'Somalia', 'SO'),
];
const keys = (query: string) => searchNodes(entries, query).map((e) => e.key);

describe('searchNodes', () => {
  it('finds a country by ISO alpha-3 or alpha-2 code first', () => {
    expect(keys('arm')).toEqual(['ARM']);
    expect(keys('AR')).toEqual(['ARG', 'ARM']);
  });
  it('ranks name prefixes before word prefixes and substrings', () => {
    expect(keys('ar')).toEqual(['ARG', 'ARM']);
    expect(keys('korea')).toEqual(['KOR']);
    expect(keys('security')).toEqual(['csto']);
  });
  it('ranks an exact alias before a prefix of another name: UK is the United Kingdom', () => {
    expect(keys('UK')).toEqual(['GBR', 'UKR']);
    expect(keys('great britain')).toEqual(['GBR']);
    expect(keys('turkey')).toEqual(['TUR']);
    expect(keys('turkiye')).toEqual(['TUR']);
  });
  it('finds nodes absent on the date, after those present', () => {
    expect(keys('ussr')).toEqual(['SUN']);
    expect(keys('so')).toEqual(['SOM', 'KOR', 'SUN']);
  });
  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchNodes(entries, '  ')).toEqual([]);
    expect(searchNodes(entries, 'a', 2)).toHaveLength(2);
  });
});

describe('search over the bundled dataset', () => {
  it('finds every common, former and short name people type, first', async () => {
    const timeless = await getBundledGraph();
    const all = searchEntries(timeless, asOf(timeless, '2026-01-01'));
    const expected: (readonly [string, string])[] = [...TYPED_NAMES, ['CST', 'csto'], ['ARM', 'ARM']];
    for (const [query, key] of expected) expect([query, searchNodes(all, query)[0]?.key]).toEqual([query, key]);
    const ussr = searchNodes(all, 'USSR')[0]!;
    expect(ussr.onDate).toBe(false);
    expect(ussr.lifespan).toBe('1922–1991');
    expect(
      searchNodes(all, 'UK')
        .map((e) => e.key)
        .indexOf('UKR'),
    ).toBeGreaterThan(0);
  }, 60_000); // loads and validates the whole dataset
});
