// How imported files become graphs the explorer can show: kinds, statuses, dates, limits, and never an exception.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/graph/seeded-random';
import { importCsv } from './csv';
import { importGexf } from './gexf';
import { importFile } from './index';
import { importJson } from './json';
import { parseXmlInNode } from './node-xml';
import { imported } from './test-graphs.fixtures';

const json = (nodes: unknown[], edges: unknown[] = []) => JSON.stringify({ nodes, edges });

describe('attribute mapping', () => {
  it('gives nodes kind state unless the file says organization, keeping other kinds as originalKind', () => {
    const graph = imported(
      importJson(json([{ key: 'a' }, { key: 'b', attributes: { kind: 'Organisation' } }, { key: 'c', attributes: { kind: 'city', lat: '1.5', lng: 2 } }])),
    );
    expect(graph.getNodeAttributes('a')).toMatchObject({ kind: 'state', label: 'a', lat: 0, lng: 0, lifespan: null });
    expect(graph.getNodeAttributes('b')).toMatchObject({ kind: 'organization', founded: '1900', formerNames: [{ acronym: 'b', start: '1900', end: null }] });
    expect(graph.getNodeAttributes('c')).toMatchObject({ kind: 'state', originalKind: 'city', lat: 1.5, lng: 2 });
  });

  it('gives edges a tie kind: theirs when Entente knows it, else dependency with originalKind', () => {
    const result = importJson(
      json(
        [{ key: 'a' }, { key: 'b' }],
        [
          { key: 'x', source: 'a', target: 'b', attributes: { kind: 'Alliance', start: '1990' } },
          { key: 'y', source: 'a', target: 'b', attributes: { kind: 'trade', start: '1990' } },
        ],
      ),
    );
    const graph = imported(result);
    expect(graph.getEdgeAttributes('x')).toMatchObject({ kind: 'alliance', status: 'in-force' });
    expect(graph.getEdgeAttributes('y')).toMatchObject({ kind: 'dependency', originalKind: 'trade', status: 'active' });
    expect(result.ok && result.warnings).toContain(
      "1 edges have kinds Entente does not know (trade): shown as dependency ties; the file's kind is kept as originalKind",
    );
  });

  it("replaces a status the kind does not have by the kind's default, keeping it as originalStatus", () => {
    const graph = imported(
      importJson(
        json([{ key: 'a' }, { key: 'b' }], [{ key: 'x', source: 'a', target: 'b', attributes: { kind: 'membership', status: 'honorary', start: '2001' } }]),
      ),
    );
    expect(graph.getEdgeAttributes('x')).toMatchObject({
      status: 'member',
      originalStatus: 'honorary',
      periods: [{ start: '2001', end: null, status: 'member' }],
    });
  });

  it('turns start and end into one period, and gives undated ties a period from 1900 so they show on every date', () => {
    const text = 'source,target,start,end\nA,B,1991-12-08,2022\nB,C,,\n';
    const graph = imported(importCsv(text));
    expect(graph.getEdgeAttributes('e0')).toMatchObject({
      start: '1991-12-08',
      end: '2022',
      periods: [{ start: '1991-12-08', end: '2022', status: 'active' }],
    });
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ start: '1900', end: null, undated: true });
  });

  it('takes the direction the file states over the kind, and the kind where the file states none', () => {
    const csv = imported(importCsv('source,target,kind\nA,B,alliance\nA,C,membership\n'));
    expect([csv.isDirected('e0'), csv.isDirected('e1')]).toEqual([false, true]);
    const gephi = imported(importCsv('Source,Target,Type,Kind\nA,B,Directed,alliance\n'));
    expect(gephi.isDirected('e0')).toBe(true);
  });

  it('drops sources whose URL is not http(s): the explorer renders them as links', () => {
    const graph = imported(
      importJson(json([{ key: 'a', attributes: { sources: [{ title: 't', publisher: 'p', date: '2024', url: 'javascript:alert(1)' }] } }])),
    );
    expect(graph.getNodeAttribute('a', 'sources' as never)).toEqual([]);
    const org = imported(
      importJson(json([{ key: 'o', attributes: { kind: 'organization', sources: 'p: t (2024) <https://example.org>; q: u (2023) <javascript:x>' } }])),
    );
    expect(org.getNodeAttribute('o', 'sources' as never)).toEqual([{ publisher: 'p', title: 't', date: '2024', url: 'https://example.org' }]);
  });

  it('accepts any string as a node id, names of object members included, and pollutes nothing', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const graph = imported(importCsv(`source,target\n${id},B\nB,${id}\n`));
      // graphology kept neighbours in plain objects: lib/graph/graphology.ts makes them prototype-free
      expect(graph.hasNode(id) && graph.hasEdge(id, 'B') && graph.hasEdge('B', id) && graph.areNeighbors(id, 'B')).toBe(true);
      expect(graph.getNodeAttribute(id, 'label')).toBe(id);
      expect(graph.neighbors('B')).toEqual([id]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('limits', () => {
  const edges = (n: number) => 'source,target\n' + Array.from({ length: n }, (_, i) => `n${i},n${i + 1}`).join('\n');

  it('refuses more edges or nodes than the limit, saying which limit', () => {
    const result = importCsv(edges(11), undefined, undefined, { limits: { maxEdges: 10 } });
    expect(!result.ok && result.errors[0]!.message).toBe('the file has 11 edges, above the 10 import limit');
    const nodes = importCsv(edges(5), undefined, undefined, { limits: { maxNodes: 4 } });
    expect(!nodes.ok && nodes.errors[0]!.message).toBe('the file has more than 4 nodes, the import limit');
  });

  it('refuses text above the size limit', () => {
    const result = importGexf('<gexf/>'.padEnd(100, ' '), { parseXml: parseXmlInNode, limits: { maxBytes: 50 } });
    expect(!result.ok && result.errors[0]!.message).toContain('larger than the 1 KB import limit');
  });

  it('stops after 50 errors', () => {
    const text = 'source,target,weight\n' + Array.from({ length: 80 }, (_, i) => `a${i},b${i},x`).join('\n');
    const result = importCsv(text);
    expect(!result.ok && result.errors).toHaveLength(51);
    expect(!result.ok && result.errors[50]!.message).toBe('stopped after 50 errors');
  });
});

describe('no input makes an importer throw', () => {
  const files = ['good', 'hostile-valid'].flatMap((folder) =>
    readdirSync(`e2e/fixtures/import/${folder}`)
      .filter((name) => name !== 'expected.json')
      .map((name) => [name, readFileSync(`e2e/fixtures/import/${folder}/${name}`)] as const),
  );

  it.each(files)('%s cut short or with bytes overwritten', (name, bytes) => {
    const random = seededRandom(name.length * 7919);
    for (let round = 0; round < 100; round++) {
      const copy = bytes.slice(0, Math.floor(random() * bytes.length) + 1);
      for (let flips = Math.floor(random() * 4); flips > 0; flips--) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      const result = importFile(name, copy, { parseXml: parseXmlInNode });
      expect(typeof result.ok).toBe('boolean');
      // "could not read this … file" is the safety net for an unexpected exception: none should reach it
      if (!result.ok) for (const error of result.errors) expect(error.message).not.toMatch(/^could not read this/);
    }
  });
});
