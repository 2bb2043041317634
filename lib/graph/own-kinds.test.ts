import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGexf } from '@/lib/formats/gexf';
import { parseXmlInNode } from '@/lib/formats/node-xml';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { ownKindOf, ownKinds } from './own-kinds';
import type { EntenteGraph } from './types';

function suppliers(): EntenteGraph {
  const result = importGexf(readFileSync('e2e/fixtures/own-kinds/suppliers.gexf', 'utf8'), { parseXml: parseXmlInNode });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.graph;
}

describe('an imported graph’s own kinds', () => {
  it('reads a networkx file’s node "type" and edge "relation" as its kinds, counted', () => {
    const graph = suppliers();
    expect(graph.getAttribute('plain')).toBe(true);
    expect(ownKinds(graph, 'node')).toEqual([
      { kind: 'company', count: 4 },
      { kind: 'person', count: 3 },
      { kind: 'agency', count: 2 },
    ]);
    expect(ownKinds(graph, 'edge')).toEqual([
      { kind: 'supplies', count: 5 },
      { kind: 'owns', count: 4 },
      { kind: 'regulates', count: 3 },
      { kind: 'knows', count: 2 },
    ]);
  });

  it('prefers a "kind" (kept as originalKind) and offers nothing when no element has a kind', () => {
    expect(ownKindOf({ originalKind: 'ally', type: 'x' }, 'edge')).toBe('ally');
    expect(ownKindOf({ relation: ' owns ' }, 'edge')).toBe('owns');
    expect(ownKindOf({ relation: 'owns' }, 'node')).toBeNull();
    expect(ownKindOf(Object.create(null) as object, 'node')).toBeNull();
    const graph = suppliers();
    graph.forEachEdge((key) => graph.removeEdgeAttribute(key, 'relation' as never));
    expect(ownKinds(graph, 'edge')).toEqual([]);
  });

  it('hides the kinds the filters name, nodes with their edges', () => {
    const graph = suppliers();
    const noAgencies = applyFilters(graph, { ...DEFAULT_FILTERS, hiddenOwnKinds: ['node:agency'] });
    expect(noAgencies.order).toBe(7);
    expect(noAgencies.size).toBe(11);
    const noOwnership = applyFilters(graph, { ...DEFAULT_FILTERS, hiddenOwnKinds: ['edge:owns', 'edge:knows'] });
    expect(noOwnership.order).toBe(9);
    expect(noOwnership.size).toBe(8);
    noOwnership.forEachEdge((_, a) => expect(['supplies', 'regulates']).toContain(ownKindOf(a, 'edge')));
  });
});
