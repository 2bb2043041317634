import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { ACCEPTED_EXTENSIONS, FILE_FORMATS, FORMAT_LABELS, formatById, formatOfContentType, formatOfFileName } from './registry';
import { FIXTURE_GRAPHS, expectSameGraph, imported } from './test-graphs.fixtures';
import { parseXmlInNode } from './node-xml';

describe('the format registry', () => {
  it('names each format by id, extension and content type; any other string is no format', () => {
    expect(FILE_FORMATS.map((f) => f.id)).toEqual(['gexf', 'graphml', 'json', 'csv']);
    expect(['a.GEXF', 'b.graphml', 'c.xml', 'd.json', 'e.csv', 'f.tsv', 'g.txt'].map((name) => formatOfFileName(name)?.id)).toEqual([
      'gexf',
      'graphml',
      'graphml',
      'json',
      'csv',
      'csv',
      'csv',
    ]);
    for (const name of ['graph', 'x.xlsx', 'toString', 'a.constructor', 'a.__proto__', '.']) expect(formatOfFileName(name)).toBeNull();
    for (const id of ['toString', '__proto__', 'constructor', 'GEXF', '']) expect(formatById(id)).toBeNull();
    expect(formatOfContentType('text/tab-separated-values')?.id).toBe('csv');
    expect(formatOfContentType('application/graphml+xml; charset=utf-8')?.id).toBe('graphml');
    expect(formatOfContentType('text/html')).toBeNull();
    expect(ACCEPTED_EXTENSIONS).toBe('.gexf,.graphml,.xml,.json,.csv,.tsv,.txt');
    expect(FORMAT_LABELS).toBe('GEXF, GraphML, graphology JSON or CSV');
  });

  it('reads back what each format writes, in every part and edge form, through importFile', () => {
    const graph = FIXTURE_GRAPHS[4]![1];
    const encode = (text: string) => new TextEncoder().encode(text);
    for (const format of FILE_FORMATS) {
      for (const edgeType of format.edgeTypes.length > 0 ? format.edgeTypes : [undefined]) {
        const name = `graph.${format.extensions[0]}`;
        const nodes = format.parts ? { name: `nodes.${format.extensions[0]}`, bytes: encode(format.write(graph, { part: format.parts[1] })) } : undefined;
        const result = importFile(name, encode(format.write(graph, { edgeType, part: format.parts?.[0] })), { nodes, parseXml: parseXmlInNode });
        expectSameGraph(imported(result), graph);
      }
    }
  });

  it('refuses an unknown extension, listing what it reads', () => {
    expect(importFile('graph.xlsx', new Uint8Array([1]))).toEqual({
      ok: false,
      errors: [{ message: '"graph.xlsx" is not a file Entente can import: use .gexf, .graphml, .json or .csv', where: 'file name' }],
    });
  });
});
