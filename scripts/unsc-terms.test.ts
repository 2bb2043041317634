// The generated elected Security Council terms agree with the UN's seat counts: six elected seats a year until 1965,
// ten from 1966 (less the Ukrainian and Byelorussian SSRs' terms, which are not state nodes), and the file is up to date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const data = (file: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'data', file), 'utf8'));
type Row = { source: string; periods: { start: string; end: string }[] };
const rows = data('ties/memberships-unsc.json') as Row[];
const SSR_YEARS = new Set([1948, 1949, 1974, 1975, 1984, 1985]);

/** Elected members sitting on 1 June of a year. */
function seatedOn(year: number): string[] {
  const day = `${year}-06-01`;
  return rows.filter((row) => row.periods.some((p) => p.start <= day && day < p.end)).map((row) => row.source);
}

describe('UN Security Council elected terms', () => {
  it('fill every elected seat from 1946 to 2026', () => {
    for (let year = 1946; year <= 2026; year++) {
      const seats = (year < 1966 ? 6 : 10) - (SSR_YEARS.has(year) ? 1 : 0);
      expect(seatedOn(year), String(year)).toHaveLength(seats);
    }
  });

  it('record sample terms as the UN lists them', () => {
    expect(seatedOn(1950)).toEqual(expect.arrayContaining(['CUB', 'ECU', 'EGY', 'IND', 'NOR', 'YUG']));
    expect(seatedOn(1956)).toContain('YUG');
    expect(seatedOn(1957)).toContain('PHL');
    expect(seatedOn(1980)).toContain('DDR');
    expect(seatedOn(2018)).toContain('NLD');
    expect(seatedOn(2018)).not.toContain('ITA');
  });

  it('is regenerated from the table (every table term appears as a period)', () => {
    const table = data('unsc-terms.json') as { terms: { first: number; last: number; states: string[]; from?: string; to?: string }[] };
    for (const term of table.terms) {
      for (const state of term.states) {
        const row = rows.find((r) => r.source === state);
        expect(
          row?.periods.some((p) => p.start === (term.from ?? `${term.first}-01-01`) && p.end === (term.to ?? `${term.last + 1}-01-01`)),
          `${state} ${term.first}`,
        ).toBe(true);
      }
    }
  });
});
