// An imported graph without Entente's kinds is a plain graph: marked so, its undirected edges without direction, no
// dates invented for the view to show.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { parseXmlInNode } from './node-xml';

const importOk = (path: string) => {
  const result = importFile(path.split('/').pop()!, readFileSync(path), { parseXml: parseXmlInNode });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
};
const read = (name: string) => importOk(`e2e/fixtures/import/good/${name}`).graph;

describe('plain imported graphs', () => {
  it('marks a networkx GEXF of Les Misérables as plain, with undirected, undated edges', () => {
    const graph = read('les-miserables.gexf');
    expect(graph.getAttribute('plain')).toBe(true);
    expect([graph.order, graph.size]).toEqual([77, 254]);
    expect(graph.someEdge((_, a) => a.directed)).toBe(false);
    expect(graph.everyEdge((_, a) => (a as { undated?: unknown }).undated === true)).toBe(true);
  });

  it('warns in the words of a plain graph: no states, no dependency ties, no 1900', () => {
    // Les Misérables and a file whose edges carry a relation: nothing about them needs a warning.
    expect(importOk('e2e/fixtures/import/good/les-miserables.gexf').warnings).toEqual([]);
    expect(importOk('e2e/fixtures/own-kinds/suppliers.gexf').warnings).toEqual([]);
    // Some nodes placed on the map, some edges dated: the others are named in the terms of a graph.
    const json = JSON.stringify({
      nodes: [{ key: 'a', attributes: { lat: 1, lng: 2, type: 'person' } }, { key: 'b', attributes: { kind: 'person' } }, { key: 'c' }],
      edges: [
        { source: 'a', target: 'b', attributes: { relation: 'knows', start: '2001-01-01' } },
        { source: 'b', target: 'c', attributes: { kind: 'owns', status: 'friendly' } },
      ],
    });
    const result = importFile('people.json', new TextEncoder().encode(json), { parseXml: parseXmlInNode });
    expect(result.ok && result.graph.getAttribute('plain')).toBe(true);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings).toEqual([
      '2 nodes have no coordinates (lat, lng): the map layout places them at 0, 0 (e.g. b, c)',
      '1 edges have a status the explorer does not use (friendly): kept as originalStatus',
      '1 edges have no dates: they are shown on every date (e.g. $.edges[1])',
    ]);
    expect(warnings.join(' ')).not.toMatch(/dependency|states|1900|kind/);
  });

  it('does not mark a file that uses Entente kinds', () => {
    expect(read('entente-fixture.json').getAttribute('plain')).toBeUndefined();
  });
});
