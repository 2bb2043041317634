import { MultiGraph } from '@/lib/graph/graphology';
import { describe, expect, it } from 'vitest';
import { egoNetwork } from './ego';
import type { EntenteGraph } from './types';

// A → B → C (directed dependencies), C — D (undirected conflict), E → A.
function chain(): EntenteGraph {
  const g = new MultiGraph({ type: 'mixed' }) as unknown as EntenteGraph;
  for (const key of ['A', 'B', 'C', 'D', 'E']) g.addNode(key, { kind: 'state', label: key } as never);
  const edge = (directed: boolean) => ({ directed, kind: directed ? 'dependency' : 'conflict' }) as never;
  g.addDirectedEdgeWithKey('ab', 'A', 'B', edge(true));
  g.addDirectedEdgeWithKey('bc', 'B', 'C', edge(true));
  g.addUndirectedEdgeWithKey('cd', 'C', 'D', edge(false));
  g.addDirectedEdgeWithKey('ea', 'E', 'A', edge(true));
  return g;
}

describe('egoNetwork', () => {
  it('reaches neighbours at depth 1 in both directions', () => {
    expect(egoNetwork(chain(), 'A', 1, 'both')).toEqual({ center: 'A', distances: { A: 0, B: 1, E: 1 }, edges: ['ab', 'ea'] });
  });
  it('follows outgoing ties only, crossing undirected ones, up to the depth', () => {
    expect(egoNetwork(chain(), 'A', 3, 'out').distances).toEqual({ A: 0, B: 1, C: 2, D: 3 });
    expect(egoNetwork(chain(), 'A', 2, 'out').edges).toEqual(['ab', 'bc']);
  });
  it('follows incoming ties only', () => {
    expect(egoNetwork(chain(), 'C', 3, 'in').distances).toEqual({ C: 0, B: 1, D: 1, A: 2, E: 3 });
  });
  it('does not walk through organizations unless asked, except from an organization in focus', () => {
    const g = chain();
    g.addNode('org', { kind: 'organization', label: 'ORG' } as never);
    for (const member of ['A', 'X', 'Y']) {
      if (!g.hasNode(member)) g.addNode(member, { kind: 'state', label: member } as never);
      g.addDirectedEdgeWithKey(`${member}-org`, member, 'org', { directed: true, kind: 'membership' } as never);
    }
    expect(egoNetwork(g, 'A', 2, 'both', false).distances).toEqual({ A: 0, B: 1, E: 1, org: 1, C: 2 });
    expect(egoNetwork(g, 'A', 2, 'both', true).distances).toEqual({ A: 0, B: 1, E: 1, org: 1, C: 2, X: 2, Y: 2 });
    expect(egoNetwork(g, 'org', 2, 'both', false).distances).toEqual({ org: 0, A: 1, X: 1, Y: 1, B: 2, E: 2 });
  });
  it('is empty for an unknown node', () => {
    expect(egoNetwork(chain(), 'Z', 2, 'both')).toEqual({ center: 'Z', distances: {}, edges: [] });
  });
});
