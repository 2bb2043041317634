// Other tools read our exports: networkx (python3) reads the default GEXF and GraphML, the JSON and the CSV pair with
// every attribute; graphology-gexf (Gephi Lite's parser) reads the GEXF in both edge-type forms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiGraph } from '@/lib/graph/graphology';
import { parse as parseGexfWithGraphology } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import type { EntenteGraph } from '@/lib/graph/types';
import { toCsv, toGexf, toGraphml, toJson } from './index';

const python = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
const networkxMissing =
  python.status !== 0 ? `python3 with networkx is not available (${(python.stderr || python.error?.message || '').trim().split('\n').pop()})` : null;
if (networkxMissing) console.log(`Skipping the networkx interoperability tests: ${networkxMissing}`);

type Summary = {
  type: string;
  nodes: number;
  edges: number;
  nodeAttributes: Record<string, string[]>;
  edgeAttributes: Record<string, string[]>;
  undirectedTies: number;
  armenia: Record<string, unknown> | null;
};

/** The names of an element's attributes that hold a value (null values are left out of every export). */
const present = (attributes: Record<string, unknown>) => Object.keys(attributes).filter((name) => attributes[name] !== null && attributes[name] !== undefined);

let graph: EntenteGraph;
let folder: string;

beforeAll(async () => {
  graph = asOf(await getBundledGraph(), '2022-01-10');
  folder = mkdtempSync(path.join(tmpdir(), 'entente-interop-'));
  const csv = toCsv(graph);
  writeFileSync(path.join(folder, 'graph.gexf'), toGexf(graph));
  writeFileSync(path.join(folder, 'graph.graphml'), toGraphml(graph));
  writeFileSync(path.join(folder, 'graph.json'), toJson(graph));
  writeFileSync(path.join(folder, 'graph.nodes.csv'), csv.nodes);
  writeFileSync(path.join(folder, 'graph.edges.csv'), csv.edges);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(networkxMissing !== null)('networkx reads every export', () => {
  let read: Record<'gexf' | 'graphml' | 'json' | 'csv', Summary>;
  beforeAll(() => {
    const run = spawnSync('python3', [path.join(import.meta.dirname, 'read-with-networkx.py'), folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`networkx could not read the exports:\n${run.stderr}`);
    read = JSON.parse(run.stdout);
  }, 60_000);

  for (const format of ['gexf', 'graphml', 'json', 'csv'] as const) {
    it(`${format}: every node, every tie, every attribute, and which ties are undirected`, () => {
      const summary = read[format];
      expect([summary.type, summary.nodes, summary.edges]).toEqual(['MultiDiGraph', graph.order, graph.size]);
      const undirected = graph.filterEdges((edge) => graph.isUndirected(edge)).length;
      expect(undirected).toBeGreaterThan(0);
      expect(summary.undirectedTies).toBe(undirected);
      graph.forEachNode((key, attributes) => {
        const names = present(attributes).filter((name) => !(format === 'gexf' && name === 'label')); // GEXF: the node's own label
        expect(summary.nodeAttributes[key], `node ${key}`).toEqual(expect.arrayContaining(names));
      });
      graph.forEachEdge((key, attributes) => {
        expect(summary.edgeAttributes[key], `edge ${key}`).toEqual(expect.arrayContaining(present(attributes)));
      });
      expect(summary.armenia).toMatchObject({ kind: 'state', name: 'Armenia', region: 'Asia' });
    });
  }
});

describe('graphology-gexf (Gephi Lite) reads the GEXF', { timeout: 30_000 }, () => {
  it('in the default directed form, with the direction of each tie as an attribute', () => {
    const parsed = parseGexfWithGraphology(MultiGraph, toGexf(graph));
    expect([parsed.order, parsed.size, parsed.type]).toEqual([graph.order, graph.size, 'directed']);
    const undirected = parsed.filterEdges((_, a) => a.directed === false).length;
    expect(undirected).toBe(graph.filterEdges((edge) => graph.isUndirected(edge)).length);
    expect(parsed.getNodeAttributes('ARM')).toMatchObject({ label: 'Armenia', kind: 'state' });
    expect(parsed.getEdgeAttributes('membership:ARM>csto')).toMatchObject({
      kind: 'membership',
      status: graph.getEdgeAttribute('membership:ARM>csto', 'status'),
    });
  });

  it('in the mixed form (for Gephi, with statuses over time), with undirected edges', () => {
    const parsed = parseGexfWithGraphology(MultiGraph, toGexf(graph, { edgeType: 'mixed' }), { allowUndeclaredAttributes: true });
    expect([parsed.order, parsed.size, parsed.type]).toEqual([graph.order, graph.size, 'mixed']);
    expect(parsed.undirectedSize).toBe(graph.undirectedSize);
  });
});
