import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGexf, toGexf } from './gexf';
import { parseXmlInNode } from './node-xml';
import { FIXTURE_GRAPHS, expectSameGraph, imported, rich, timeless } from './test-graphs.fixtures';

const read = (text: string) => importGexf(text, { parseXml: parseXmlInNode });
const elements = (doc: Document, name: string) => [...(doc.getElementsByTagName(name) as unknown as Element[])];
const edgeElement = (doc: Document, id: string) => elements(doc, 'edge').find((e) => e.getAttribute('id') === id)!;
const spellsOf = (element: Element) =>
  [...(element.getElementsByTagName('spell') as unknown as Element[])].map((s) => [s.getAttribute('start'), s.getAttribute('end') || null]);

describe('toGexf', () => {
  const doc = parseXmlInNode(toGexf(timeless));

  it('writes a GEXF 1.3 document in dynamic mode with date time', () => {
    const root = doc.documentElement;
    expect(root.tagName).toBe('gexf');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
    const graph = elements(doc, 'graph')[0]!;
    expect([graph.getAttribute('mode'), graph.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    expect(graph.getAttribute('defaultedgetype')).not.toBe('mixed');
  });

  it('declares node and edge attributes with types', () => {
    const declared = (cls: string) =>
      Object.fromEntries(
        elements(doc, 'attributes')
          .filter((a) => a.getAttribute('class') === cls && a.getAttribute('mode') === 'static')
          .flatMap((a) => [...(a.getElementsByTagName('attribute') as unknown as Element[])])
          .map((a) => [a.getAttribute('title'), a.getAttribute('type')]),
      );
    expect(declared('node')).toMatchObject({
      kind: 'string',
      name: 'string',
      region: 'string',
      iso2: 'string',
      lat: 'double',
      lng: 'double',
      population: 'double',
      gdp: 'double',
      orgKind: 'string',
      founded: 'string',
      sources: 'string',
    });
    expect(declared('edge')).toMatchObject({
      subtype: 'string',
      status: 'string',
      intensity: 'string',
      unit: 'string',
      year: 'integer',
      sources: 'string',
      periods: 'string',
    });
  });

  const attvalue = (edge: Element, name: string) =>
    elements(edge as unknown as Document, 'attvalue')
      .find((v) => v.getAttribute('for') === name)
      ?.getAttribute('value');

  it('by default writes one directed graph: each edge says whether the tie is directed, and its kind twice', () => {
    expect(elements(doc, 'graph')[0]!.getAttribute('defaultedgetype')).toBe('directed');
    expect(elements(doc, 'edge').filter((e) => e.getAttribute('type') !== null)).toEqual([]);
    const clash = edgeElement(doc, 'conflict/border-clash:AAA-CCC');
    expect([attvalue(clash, 'directed'), clash.getAttribute('kind'), attvalue(clash, 'kind')]).toEqual(['false', 'conflict/border-clash', 'conflict']);
    expect(attvalue(edgeElement(doc, 'membership:BBB>pact'), 'directed')).toBe('true');
  });

  it('in the mixed form gives every edge its own type and its kind/subtype as GEXF kind', () => {
    const mixed = parseXmlInNode(toGexf(timeless, { edgeType: 'mixed' }));
    expect(edgeElement(mixed, 'membership:BBB>pact').getAttribute('type')).toBe('directed');
    const clash = edgeElement(mixed, 'conflict/border-clash:AAA-CCC');
    expect([clash.getAttribute('type'), clash.getAttribute('kind'), attvalue(clash, 'directed')]).toEqual(['undirected', 'conflict/border-clash', undefined]);
    expect(imported(read(toGexf(timeless, { edgeType: 'mixed' }))).isUndirected('conflict/border-clash:AAA-CCC')).toBe(true);
  });

  it('writes periods as inclusive spells and, in the mixed form for Gephi, statuses as dynamic values', () => {
    const beta = edgeElement(parseXmlInNode(toGexf(timeless, { edgeType: 'mixed' })), 'membership:BBB>pact');
    expect(
      elements(edgeElement(doc, 'membership:BBB>pact') as unknown as Document, 'attvalue').filter((a) => a.getAttribute('for') === 'statusOverTime'),
    ).toEqual([]);
    expect(spellsOf(beta)).toEqual([
      ['1992-05-15', '1999-04-19'],
      ['1999-04-20', '2006-06-22'],
      ['2006-06-23', '2012-06-27'],
      ['2012-06-28', null],
    ]);
    const statuses = [...(beta.getElementsByTagName('attvalue') as unknown as Element[])].filter((a) => a.getAttribute('for') === 'statusOverTime');
    expect(statuses.map((s) => [s.getAttribute('value'), s.getAttribute('start')])).toEqual([
      ['founder', '1992-05-15'],
      ['withdrawn', '1999-04-20'],
      ['member', '2006-06-23'],
      ['suspended', '2012-06-28'],
    ]);
    const pact = elements(doc, 'node').find((n) => n.getAttribute('id') === 'pact')!;
    expect(spellsOf(pact)).toEqual([['1992-05-15', null]]);
  });

  it('writes year and month precision dates as whole days (a lifespan, a dissolved organization)', () => {
    const richDoc = parseXmlInNode(toGexf(rich));
    const old = elements(richDoc, 'node').find((n) => n.getAttribute('id') === 'old')!;
    expect(spellsOf(old)).toEqual([['1955-01-01', '1991-06-30']]);
    const gamma = elements(richDoc, 'node').find((n) => n.getAttribute('id') === 'CCC')!;
    expect(spellsOf(gamma)).toEqual([['1991-12-26', null]]);
  });

  it('writes sources as "publisher: title (date) <url>"', () => {
    const value = [...(edgeElement(doc, 'membership:AAA>pact').getElementsByTagName('attvalue') as unknown as Element[])].find(
      (a) => a.getAttribute('for') === 'sources',
    );
    expect(value?.getAttribute('value')).toBe('Entente tests: Test source (2024-01-01) <https://example.org/source>');
  });

  it('escapes text and codes characters XML cannot hold as U+FFFD{code}', () => {
    const graph = timeless.copy();
    graph.setNodeAttribute('AAA', 'label', `<b>"Alpha"</b> & 'co'\u0001\u0007 \uD800 end`);
    const text = toGexf(graph);
    const node = elements(parseXmlInNode(text), 'node').find((n) => n.getAttribute('id') === 'AAA')!;
    expect(node.getAttribute('label')).toBe(`<b>"Alpha"</b> & 'co'\uFFFD{0001}\uFFFD{0007} \uFFFD{D800} end`);
  });

  it('writes positions as viz:position with y pointing up, and reads them back', () => {
    const text = toGexf(timeless, { positions: { AAA: { x: 10, y: 20 }, BBB: { x: -5, y: 0 } } });
    expect(text).toContain('<viz:position x="10" y="-20" z="0"/>');
    const back = read(text);
    expect(back.ok && back.positions).toBe(false); // only two of four nodes have positions
    const graph = imported(back);
    expect([graph.getNodeAttribute('AAA', 'x' as never), graph.getNodeAttribute('AAA', 'y' as never)]).toEqual([10, 20]);
    expect(Object.is(graph.getNodeAttribute('BBB', 'y' as never), 0)).toBe(true);
  });
});

describe('importGexf', () => {
  it.each(FIXTURE_GRAPHS)('round-trips the %s graph', (_, graph) => {
    const result = read(toGexf(graph));
    expectSameGraph(imported(result), graph);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("reads a Gephi file's spells and dynamic status into periods", () => {
    const graph = imported(read(readFileSync('e2e/fixtures/import/good/gephi-dynamic.gexf', 'utf8')));
    expect(graph.getEdgeAttributes('2')).toMatchObject({
      kind: 'membership',
      status: 'member',
      start: '2004-03-29',
      end: null,
      weight: 1,
      periods: [
        { start: '1994-01-27', end: '2004-03-29', status: 'partner' },
        { start: '2004-03-29', end: null, status: 'member' },
      ],
    });
    // start/end on the element itself, at year precision: the inclusive end year 2024 ends before 2025
    expect(graph.getEdgeAttributes('5').periods).toEqual([{ start: '1991', end: '2025', status: 'active' }]);
    expect(graph.getEdgeAttributes('3')).toMatchObject({ kind: 'dependency', directed: false, undated: true, relation: 'neighbours', weight: 2.5 });
    expect(graph.getNodeAttributes('nato')).toMatchObject({ kind: 'organization', founded: '1949-04-04', dissolved: null });
    expect(graph.getNodeAttributes('LVA')).toMatchObject({ capital: 'unknown', population: 1884000, x: 24.1, y: -56.9 });
    expect(graph.getAttribute('title')).toBe('Baltic cooperation, a hand-made test network');
  });
});

describe('importGexf positions', () => {
  it('reports a position that is not a number', () => {
    const text =
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes><node id="a"><viz:position x="1" y="north"/></node></nodes></graph></gexf>';
    const result = read(text);
    expect(!result.ok && result.errors[0]).toEqual({ message: 'y "north" is not a number', where: '<node id="a">' });
  });
});

describe('malformed XML', () => {
  it('reports the parser message and line, from xmldom or from a browser <parsererror>', () => {
    const broken = '<gexf>\n<graph>\n</gexf>';
    expect(read(broken)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('malformed XML'), where: expect.stringMatching(/^line [23]$/) }],
    });
    // What Chromium's DOMParser returns instead of throwing
    const chromium = () =>
      parseXmlInNode(
        '<html><body><parsererror><h3>This page contains the following errors:</h3><div>error on line 6 at column 12: Unexpected closing tag</div><h3>Below is a rendering of the page up to the first error.</h3></parsererror></body></html>',
      );
    expect(importGexf(broken, { parseXml: chromium })).toEqual({
      ok: false,
      errors: [{ message: 'malformed XML: Unexpected closing tag (column 12)', where: 'line 6' }],
    });
  });
});
