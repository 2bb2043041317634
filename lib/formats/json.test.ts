import { describe, expect, it } from 'vitest';
import { importJson, roundTripJson, toJson } from './json';
import { FIXTURE_GRAPHS, expectSameGraph, imported, timeless } from './test-graphs.fixtures';

describe('graphology JSON', () => {
  it('exports graph.export()', () => {
    expect(JSON.parse(toJson(timeless))).toEqual(JSON.parse(JSON.stringify(timeless.export())));
  });

  it.each(FIXTURE_GRAPHS)('round-trips the %s graph', (_, graph) => {
    const result = roundTripJson(graph);
    expectSameGraph(imported(result), graph);
    expect(result.ok && result.warnings).toEqual([]);
    expect(imported(result).getAttribute('title')).toBe(graph.getAttribute('title'));
  });

  it('reads an undirected graphology graph, and numeric keys as strings', () => {
    const text = JSON.stringify({
      options: { type: 'undirected' },
      nodes: [{ key: 1 }, { key: 2 }],
      edges: [{ source: 1, target: 2, attributes: { kind: 'alliance' } }],
    });
    const graph = imported(importJson(text));
    expect(graph.nodes()).toEqual(['1', '2']);
    expect(graph.isDirected(graph.edges()[0]!)).toBe(false);
  });

  it('keeps attributes it does not know, and never assigns a prototype', () => {
    const graph = imported(importJson(JSON.stringify({ nodes: [{ key: 'a', attributes: { colour: 'red', tags: ['x', 'y'] } }], edges: [] })));
    expect(graph.getNodeAttributes('a')).toMatchObject({ colour: 'red', tags: ['x', 'y'] });
    const hostile = importJson('{"nodes":[{"key":"a","attributes":{"__proto__":{"polluted":true}}}]}');
    expect(hostile.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
