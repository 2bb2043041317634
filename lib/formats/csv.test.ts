import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCsvMapping, importCsv, toCsv, toEdgesCsv, toNodesCsv } from './csv';
import { csvCell, csvLine, readCsvRecords, unneutralise } from './csv-table';
import { createProblems } from './import-result';
import { FIXTURE_GRAPHS, expectSameGraph, imported, rich, timeless } from './test-graphs.fixtures';

const records = (text: string, delimiter = ',') => readCsvRecords(text, delimiter, createProblems(), '').map((r) => r.cells);

describe('CSV cells (RFC 4180)', () => {
  it('quotes fields holding the delimiter, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', ''])).toBe('plain,"a,b","say ""hi""","two\nlines"," padded",');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });

  it('reads quoted fields with embedded delimiters, quotes and CRLF line breaks', () => {
    expect(records('a,b\r\n"x,1","say ""hi"""\r\n"multi\r\nline",2\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"'],
      ['multi\r\nline', '2'],
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas, and takes the apostrophe off on import', () => {
    for (const formula of ['=SUM(A1:A9)', '+1+1', '-2+3', '@cmd', '\tx', "'=already"]) {
      const cell = csvCell(formula);
      expect(cell.replace(/^"|"$/g, '').startsWith(`'`)).toBe(true);
      expect(unneutralise(records(cell)[0]![0]!)).toBe(formula);
    }
  });

  it('leaves plain numbers, negative ones included, as they are', () => {
    for (const number of ['-74.006', '-1e-7', '+3', '42']) expect(csvCell(number)).toBe(number);
  });

  it('writes the formulas in an exported graph neutralised', () => {
    const nodes = toNodesCsv(rich);
    expect(nodes).toContain(`'=Republic of Delta`);
    expect(toEdgesCsv(rich)).toContain(`'-2 pumping stations`);
    expect(nodes).toContain(',-33.5,-70.6,'); // coordinates stay numbers
  });
});

describe('toCsv', () => {
  it('writes a nodes file and an edges file with the documented columns first', () => {
    const { nodes, edges } = toCsv(timeless);
    expect(nodes.split('\r\n')[0]).toMatch(/^key,label,kind,name,officialName,iso2,region,subregion,flag,lat,lng,recognition,population,gdp,/);
    expect(edges.split('\r\n')[0]).toMatch(/^key,source,target,directed,kind,subtype,status,intensity,start,end,weight,unit,year,sources,/);
    expect(edges).toContain('conflict/border-clash:AAA-CCC,AAA,CCC,false,conflict,border-clash,ceasefire,,2021-05-01,,');
    expect(nodes.split('\r\n')).toHaveLength(timeless.order + 2);
  });
});

describe('detectCsvMapping', () => {
  it("finds Entente's own, Gephi's and from/to columns", () => {
    expect(detectCsvMapping(['key', 'source', 'target', 'directed', 'kind', 'start', 'end', 'weight'])).toMatchObject({
      mapping: { key: 'key', source: 'source', target: 'target', directed: 'directed', kind: 'kind', start: 'start', end: 'end', weight: 'weight' },
      ambiguous: [],
      missing: [],
      message: null,
    });
    expect(detectCsvMapping(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight']).mapping).toMatchObject({
      source: 'Source',
      target: 'Target',
      type: 'Type',
      key: 'Id',
      label: 'Label',
      weight: 'Weight',
    });
    expect(detectCsvMapping(['From', 'To', 'Start Date']).mapping).toMatchObject({ source: 'From', target: 'To', start: 'Start Date' });
  });

  it('says when two columns could be the source, and which', () => {
    const detected = detectCsvMapping(['from', 'source', 'target']);
    expect(detected.mapping.source).toBe('source');
    expect(detected.ambiguous).toEqual([{ role: 'source', candidates: ['source', 'from'] }]);
    expect(detected.message).toContain('several columns could be the source');
  });

  it('lists what is missing and what was found', () => {
    const detected = detectCsvMapping(['a', 'b']);
    expect(detected.missing).toEqual(['source', 'target']);
    expect(detected.message).toContain('Found: "a", "b"');
  });
});

describe('importCsv', () => {
  it.each(FIXTURE_GRAPHS)('round-trips the %s graph (nodes and edges files)', (_, graph) => {
    const { nodes, edges } = toCsv(graph);
    const result = importCsv(edges, nodes);
    expectSameGraph(imported(result), graph);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("reads Gephi's edge table without a node list, creating the nodes", () => {
    const graph = imported(importCsv(readFileSync('e2e/fixtures/import/good/gephi-edges.csv', 'utf8')));
    expect(graph.order).toBe(5);
    expect(graph.getEdgeAttributes('0')).toMatchObject({ label: 'Mercosur partners', weight: 3, directed: false, kind: 'dependency' });
    expect(graph.isDirected('3')).toBe(true);
  });

  it('reads an edge list with from/to and dates, and a node list', () => {
    const dir = 'e2e/fixtures/import/good/';
    const graph = imported(importCsv(readFileSync(`${dir}alliances.edges.csv`, 'utf8'), readFileSync(`${dir}alliances.nodes.csv`, 'utf8')));
    expect(graph.getNodeAttributes('seato')).toMatchObject({ kind: 'organization', label: 'SEATO', lat: null });
    expect(graph.getNodeAttributes('USA')).toMatchObject({ kind: 'state', lat: 38, lng: -97, region: 'Americas' });
    const phl = graph.edges('PHL', 'seato')[0]!;
    expect(graph.getEdgeAttributes(phl)).toMatchObject({
      kind: 'membership',
      status: 'withdrawn',
      periods: [{ start: '1954-09-08', end: '1977-06-30', status: 'withdrawn' }],
    });
    expect(graph.getEdgeAttribute(phl, 'note')).toBe('SEATO dissolved; "withdrawn" is its end');
  });

  it('lets a mapping settle an ambiguous header', () => {
    const text = 'source,from,target\nARM,x,RUS\n';
    expect(importCsv(text).ok).toBe(false);
    const graph = imported(importCsv(text, undefined, { source: 'from' }));
    expect(graph.nodes().sort()).toEqual(['RUS', 'x']);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'source' as never)).toBe('ARM'); // the unused column is kept
  });

  it('takes the usual name where an optional role has two columns, and says so', () => {
    const result = importCsv('source,target,id,key\nA,B,1,k1\n');
    expect(imported(result).hasEdge('k1')).toBe(true);
    expect(result.ok && result.warnings).toContain('the key is read from the column "key" ("id" could be it too, and is kept as an attribute)');
    expect(detectCsvMapping(['source', 'target', 'id', 'key']).message).toBeNull();
  });

  it('refuses a mapping to a column that is not there', () => {
    const result = importCsv('a,b\n1,2\n', undefined, { source: 'a', target: 'c' });
    expect(!result.ok && result.errors[0]!.message).toContain('the target column "c" is not in the header');
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(imported(importCsv('source;target;label\nA;B;"x; y"\n')).getEdgeAttribute('e0', 'label')).toBe('x; y');
    expect(imported(importCsv('source\ttarget\nA\tB\n')).size).toBe(1);
  });
});
