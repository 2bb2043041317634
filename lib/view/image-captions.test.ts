import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '@/lib/graph/filter';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { filtersInWords, publishersOf } from './image-captions';
import { creditLine, CREDIT_PUBLISHERS_SHOWN } from './export-image';

describe('image captions', () => {
  it('puts the default view’s filters in words', () => {
    expect(filtersInWords(DEFAULT_FILTERS)).toEqual(['Trade ties hidden']);
    expect(
      filtersInWords({ ...DEFAULT_FILTERS, hiddenSubtypes: [], tieKinds: ['membership', 'alliance'], orgs: ['csto'], hideIsolated: true }, (k) =>
        k.toUpperCase(),
      ),
    ).toEqual(['Conflict, dependency and deployment ties hidden', 'Only CSTO and its members', 'States without ties hidden']);
  });

  it('credits every publisher the drawn ties cite, once each, with "and N more" past a sensible length', async () => {
    const view = asOf(await getBundledGraph(), '2026-01-01');
    const publishers = publishersOf(view, view.edges());
    expect(new Set(publishers).size).toBe(publishers.length);
    expect(publishers.length).toBeGreaterThan(CREDIT_PUBLISHERS_SHOWN);
    const line = creditLine(publishers);
    expect(line).toContain(publishers[0]);
    expect(line).toContain(`and ${publishers.length - CREDIT_PUBLISHERS_SHOWN} more`);
    expect(creditLine(['UCDP'])).toMatch(/Ties cite UCDP\.$/);
  }, 60_000);
});
