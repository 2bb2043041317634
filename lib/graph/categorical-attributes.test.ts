import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { categoricalAttributes } from './categorical-attributes';
import { applyFilters, DEFAULT_FILTERS } from './filter';

const view = asOf(buildGraph(smallDataset()), '2026-01-01');

describe('categorical attributes and the attribute filter', () => {
  it('offers text attributes with a few distinct values, with counts', () => {
    const kind = categoricalAttributes(view).find((c) => c.name === 'kind');
    expect(kind?.values).toEqual([
      { value: 'organization', count: 1 },
      { value: 'state', count: 3 },
    ]);
    expect(categoricalAttributes(view).some((c) => c.name === 'name')).toBe(false);
  });
  it('keeps only the nodes with a chosen value', () => {
    const shown = applyFilters(view, { ...DEFAULT_FILTERS, attribute: { name: 'kind', values: ['organization'] } });
    expect(shown.nodes()).toEqual(['pact']);
  });
});
