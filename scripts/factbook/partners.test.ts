import { describe, expect, it } from 'vitest';
import { makeNameResolver, parsePartnerList } from './partners';

describe('parsePartnerList', () => {
  it('reads names with commas, decimals and the year', () => {
    expect(parsePartnerList('China 28%, Russia 24.5%, Gambia, The 4%, USA 4% (2023)')).toEqual({
      year: 2023,
      partners: [
        { name: 'China', percent: 28 },
        { name: 'Russia', percent: 24.5 },
        { name: 'Gambia, The', percent: 4 },
        { name: 'USA', percent: 4 },
      ],
    });
  });
  it('decodes HTML entities and rejects text without a year', () => {
    expect(parsePartnerList('Trinidad &amp; Tobago 12% (2022)')?.partners[0]?.name).toBe('Trinidad & Tobago');
    expect(parsePartnerList('China 28%')).toBeNull();
  });
});

describe('makeNameResolver', () => {
  it('resolves table names case-insensitively and the Factbook abbreviations', () => {
    const resolve = makeNameResolver([['Russia', 'RUS']]);
    expect(resolve('russia')).toBe('RUS');
    expect(resolve('UAE')).toBe('ARE');
    expect(resolve('Atlantis')).toBeUndefined();
    const spelled = makeNameResolver([
      ['Trinidad and Tobago', 'TTO'],
      ['Saint Lucia', 'LCA'],
    ]);
    expect(spelled('Trinidad & Tobago')).toBe('TTO');
    expect(spelled('St. Lucia')).toBe('LCA');
  });
});
