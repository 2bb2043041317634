import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { attributeMeasureIds, attributeValues } from './numeric-attributes';

describe('numeric attributes as measures', () => {
  const view = asOf(buildGraph(smallDataset()), '2026-01-01');
  it('lists the numeric node attributes but not coordinates', () => {
    expect(attributeMeasureIds(view)).toEqual(['attr:gdp', 'attr:population']);
  });
  it('reads each node’s value, 0 where it has none', () => {
    expect(attributeValues(view, 'population')).toEqual({ AAA: 3_000_000, BBB: 0, CCC: 0, pact: 0 });
  });
});
