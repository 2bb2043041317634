import { MultiGraph } from '@/lib/graph/graphology';
import { describe, expect, it } from 'vitest';
import type { EntenteGraph } from '@/lib/graph/types';
import { blocView } from './entente.fixtures';
import { prepareAnalysisGraph } from './analysis-graph';
import { detectCommunities } from './communities';
import { runCommunities } from './community-request';

describe('runCommunities (what the analysis worker answers)', () => {
  it('gives Louvain’s partition of the undirected analysis graph on the chosen kinds', () => {
    const view = blocView();
    const request = { kinds: ['membership', 'alliance'] as const, projection: 'bipartite' as const };
    const expected = detectCommunities(prepareAnalysisGraph(view, { ...request, direction: 'undirected' }));
    const result = runCommunities(view, { kinds: [...request.kinds], projection: request.projection });
    expect({ ...result.communities }).toEqual({ ...expected.communities });
    expect(result.count).toBe(expected.count);
    expect(result.count).toBeGreaterThan(1);
  });

  it('finds none on a graph without ties of the chosen kinds', () => {
    const result = runCommunities(new MultiGraph() as EntenteGraph, { kinds: ['conflict'], projection: 'bipartite' });
    expect(result).toEqual({ communities: {}, count: 0, modularity: null });
  });
});
