// Doubtful trade figures: hidden from the default view, shown on request, on the bundled dataset (the Gambia's 92%
// export share to Kazakhstan is flagged by the plausibility check).
import { describe, expect, it } from 'vitest';
import { asOf } from './as-of';
import { getBundledGraph } from './bundled';
import { isDoubtfulEdge } from './doubtful';
import { applyFilters, DEFAULT_FILTERS } from './filter';

describe('doubtful trade figures', () => {
  it('are hidden by default and shown with showDoubtful, while plausible trade ties stay', async () => {
    const view = asOf(await getBundledGraph(), '2025-06-01');
    const trade = { ...DEFAULT_FILTERS, hiddenSubtypes: [] };
    const doubtful = view.filterEdges((_, a) => isDoubtfulEdge(a));
    expect(doubtful).toContain('dependency/trade-export:GMB>KAZ');
    const hidden = applyFilters(view, trade);
    expect(doubtful.filter((key) => hidden.hasEdge(key))).toEqual([]);
    expect(hidden.hasEdge('dependency/trade-import:GMB>CHN') || hidden.someEdge((_, a) => a.subtype === 'trade-import')).toBe(true);
    const shown = applyFilters(view, { ...trade, showDoubtful: true });
    expect(doubtful.every((key) => shown.hasEdge(key))).toBe(true);
  });
});
