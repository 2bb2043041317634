import { describe, expect, it } from 'vitest';
import { SOURCE, state } from './dataset.fixtures';
import type { Tie } from './schema';
import { isDoubtful, tradeContext, tradeDoubt, unflaggedDoubts } from './trade-plausibility';

const states = [
  { ...state('GMB', 'Gambia'), region: 'Africa', borders: ['SEN'] },
  { ...state('SEN', 'Senegal'), region: 'Africa', borders: ['GMB'] },
  { ...state('KAZ', 'Kazakhstan'), region: 'Asia' },
  { ...state('CHN', 'China'), region: 'Asia' },
];
const indicators = [{ state: 'CHN', gdp: { value: 18e12, year: 2024 }, sources: [SOURCE] }];
const context = tradeContext(states, indicators);
const exportShare = (target: string, value: number, note?: string): Tie => ({
  kind: 'dependency',
  subtype: 'trade-export',
  source: 'GMB',
  target,
  weight: { value, unit: '% of exports', year: 2023 },
  periods: [{ status: 'active', start: '2023', end: null, ...(note ? { note } : {}) }],
  sources: [SOURCE],
});

describe('trade plausibility', () => {
  it('flags a large share going to a small economy in another region, not a neighbour, a large economy or a small share', () => {
    expect(tradeDoubt(exportShare('KAZ', 92), context)).toMatch(/^92% of Gambia's exports going to Kazakhstan, a smaller economy in another region \(Asia\)/);
    expect(tradeDoubt(exportShare('SEN', 40), context)).toBeNull(); // a neighbour
    expect(tradeDoubt(exportShare('CHN', 40), context)).toBeNull(); // among the largest economies
    expect(tradeDoubt(exportShare('KAZ', 5), context)).toBeNull(); // a small share
  });
  it('asks for a flag on every implausible share and accepts a doubtful or reviewed note', () => {
    expect(unflaggedDoubts([exportShare('KAZ', 92)], context).map((d) => d.index)).toEqual([0]);
    const flagged = exportShare('KAZ', 92, 'Doubtful: an error in the source, kept as published.');
    expect(unflaggedDoubts([flagged, exportShare('KAZ', 92, 'Reviewed: a known route.')], context)).toEqual([]);
    expect(isDoubtful(flagged)).toBe(true);
  });
});
