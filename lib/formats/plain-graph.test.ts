// An imported graph without Entente's kinds is a plain graph: marked so, its undirected edges without direction, no
// dates invented for the view to show.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { parseXmlInNode } from './node-xml';

const read = (name: string) => {
  const result = importFile(name, readFileSync(`e2e/fixtures/import/good/${name}`), { parseXml: parseXmlInNode });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.graph;
};

describe('plain imported graphs', () => {
  it('marks a networkx GEXF of Les Misérables as plain, with undirected, undated edges', () => {
    const graph = read('les-miserables.gexf');
    expect(graph.getAttribute('plain')).toBe(true);
    expect([graph.order, graph.size]).toEqual([77, 254]);
    expect(graph.someEdge((_, a) => a.directed)).toBe(false);
    expect(graph.everyEdge((_, a) => (a as { undated?: unknown }).undated === true)).toBe(true);
  });

  it('does not mark a file that uses Entente kinds', () => {
    expect(read('entente-fixture.json').getAttribute('plain')).toBeUndefined();
  });
});
