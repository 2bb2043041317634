import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraphml, toGraphml } from './graphml';
import { parseXmlInNode } from './node-xml';
import { FIXTURE_GRAPHS, expectSameGraph, imported, timeless } from './test-graphs.fixtures';

const read = (text: string) => importGraphml(text, { parseXml: parseXmlInNode });
const elements = (doc: Document, name: string) => [...(doc.getElementsByTagName(name) as unknown as Element[])];

describe('toGraphml', () => {
  const doc = parseXmlInNode(toGraphml(timeless));

  it('declares a key for every attribute, graph, node and edge', () => {
    const keys = elements(doc, 'key').map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'graph:title:string',
        'node:kind:string',
        'node:lat:double',
        'node:population:double',
        'edge:kind:string',
        'edge:periods:string',
        'edge:year:long',
        'edge:sources:string',
      ]),
    );
    expect(keys).toContain('edge:directed:boolean');
  });

  const dataOf = (edge: Element, key: string) =>
    [...(edge.getElementsByTagName('data') as unknown as Element[])].find((d) => d.getAttribute('key') === key)?.textContent;

  it('by default writes a directed graph whose edges say whether the tie is directed, and holds periods as JSON', () => {
    expect(elements(doc, 'graph')[0]!.getAttribute('edgedefault')).toBe('directed');
    const edges = elements(doc, 'edge');
    expect(edges.filter((e) => e.getAttribute('directed') !== null)).toEqual([]);
    const clash = edges.find((e) => e.getAttribute('id') === 'conflict/border-clash:AAA-CCC')!;
    const beta = edges.find((e) => e.getAttribute('id') === 'membership:BBB>pact')!;
    expect([dataOf(clash, 'e_directed'), dataOf(beta, 'e_directed')]).toEqual(['false', 'true']);
    const periods = [...(beta.getElementsByTagName('data') as unknown as Element[])].find((d) => d.getAttribute('key') === 'e_periods')!;
    expect(JSON.parse(periods.textContent!)).toEqual(timeless.getEdgeAttribute('membership:BBB>pact', 'periods'));
  });

  it('in the mixed form marks each edge directed or not', () => {
    const mixed = parseXmlInNode(toGraphml(timeless, { edgeType: 'mixed' }));
    const clash = elements(mixed, 'edge').find((e) => e.getAttribute('id') === 'conflict/border-clash:AAA-CCC')!;
    expect([clash.getAttribute('directed'), dataOf(clash, 'e_directed')]).toEqual(['false', undefined]);
    expect(imported(read(toGraphml(timeless, { edgeType: 'mixed' }))).isUndirected('conflict/border-clash:AAA-CCC')).toBe(true);
  });

  it('writes given positions as x and y', () => {
    const graph = imported(read(toGraphml(timeless, { positions: { AAA: { x: 1, y: 2 }, BBB: { x: 3, y: 4 }, CCC: { x: 5, y: 6 }, pact: { x: 7, y: 8 } } })));
    expect(graph.getNodeAttribute('pact', 'x' as never)).toBe(7);
  });
});

describe('importGraphml', () => {
  it.each(FIXTURE_GRAPHS)('round-trips the %s graph', (_, graph) => {
    const result = read(toGraphml(graph));
    expectSameGraph(imported(result), graph);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reads a networkx file: typed keys, edgedefault, per-edge direction; yEd graphics keys are skipped', () => {
    const result = read(readFileSync('e2e/fixtures/import/good/networkx.graphml', 'utf8'));
    const graph = imported(result);
    expect(graph.getAttribute('title')).toBe('Caucasus ties (networkx)');
    expect(graph.getNodeAttributes('ARM')).toMatchObject({ kind: 'state', label: 'Armenia', lat: 40.1, lng: 44.5 });
    expect(graph.getNodeAttributes('csto')).toMatchObject({ kind: 'organization', label: 'CSTO' });
    expect(Object.keys(graph.getNodeAttributes('ARM'))).not.toContain('g1');
    expect(graph.getEdgeAttributes('e0')).toMatchObject({ kind: 'conflict', directed: false, start: '1991-12-21', status: 'active' });
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ kind: 'membership', directed: true });
    expect(graph.getEdgeAttributes('e2')).toMatchObject({ kind: 'dependency', originalKind: 'pipeline', weight: 0.8, directed: false });
  });
});
