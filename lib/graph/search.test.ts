import { describe, expect, it } from 'vitest';
import { searchNodes, type SearchEntry } from './search';

const entry = (key: string, label: string, iso2: string | null, name = label): SearchEntry => ({
  key, label, name, iso2, kind: iso2 ? 'state' : 'organization',
});
const entries = [
  entry('ARM', 'Armenia', 'AM'),
  entry('ARG', 'Argentina', 'AR'),
  entry('AZE', 'Azerbaijan', 'AZ'),
  entry('csto', 'CSTO', null, 'Collective Security Treaty Organization'),
  entry('KOR', 'South Korea', 'KR'),
];

describe('searchNodes', () => {
  it('finds a country by ISO alpha-3 or alpha-2 code first', () => {
    expect(searchNodes(entries, 'arm').map((e) => e.key)).toEqual(['ARM']);
    expect(searchNodes(entries, 'AR').map((e) => e.key)).toEqual(['ARG', 'ARM']);
  });
  it('ranks name prefixes before word prefixes and substrings', () => {
    expect(searchNodes(entries, 'ar').map((e) => e.key)).toEqual(['ARG', 'ARM']);
    expect(searchNodes(entries, 'korea').map((e) => e.key)).toEqual(['KOR']);
    expect(searchNodes(entries, 'security').map((e) => e.key)).toEqual(['csto']);
  });
  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchNodes(entries, '  ')).toEqual([]);
    expect(searchNodes(entries, 'a', 2)).toHaveLength(2);
  });
});
