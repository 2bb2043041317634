import { describe, expect, it } from 'vitest';
import { getBundledGraph } from '@/lib/graph/bundled';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState } from './view-state';
import { viewStateContext } from './view-state-context';

describe('the URL parser’s context from the bundled graph', () => {
  it('accepts the regions, subregions, subtypes and conflict statuses the data has, and the default filters', async () => {
    const graph = await getBundledGraph();
    const context = viewStateContext(graph, ['degree'], '2026-11-29');
    expect(context.regions.has('Europe')).toBe(true);
    expect(context.subtypes.has('trade-import')).toBe(true);
    expect(context.conflictStatuses.has('active')).toBe(true);
    const { notices } = parseViewState(
      new URLSearchParams('regions=Europe,Asia&subregions=Eastern Europe&hide=energy,basing&cstatus=active,ceasefire&attr=region:Europe'),
      context,
    );
    expect(notices).toEqual([]);
    const defaults = parseViewState(new URLSearchParams(serializeViewState(DEFAULT_VIEW_STATE)), context);
    expect(defaults).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });
});
