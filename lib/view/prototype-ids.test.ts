// Ids named like Object.prototype members ("toString", "__proto__", …) survive the whole path from file to screen and
// back to every export, as themselves; so does any other string.
import cytoscape, { type NodeSingular } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv, importGexf, importGraphml, importJson, toCsv, toGexf, toGraphml, toJson } from '@/lib/formats';
import { parseXmlInNode } from '@/lib/formats/node-xml';
import { egoNetwork } from '@/lib/graph/ego';
import { idRecord, valueOf } from '@/lib/graph/id-record';
import { asOf } from '@/lib/graph/as-of';
import { MultiGraph } from '@/lib/graph/graphology';
import { needsSafeKeys, originalKey, safeKey } from '@/lib/graph/safe-key';
import { searchEntries, searchNodes } from '@/lib/graph/search';
import type { EntenteGraph } from '@/lib/graph/types';
import { computeMeasure, MEASURE_IDS, MEASURES } from '@/lib/analysis/measures';
import { prepareAnalysisGraph } from '@/lib/analysis/analysis-graph';
import { detectCommunities } from '@/lib/analysis/communities';
import { NO_ENCODING, nodeData, toElements } from './elements';
import { applyFocus } from './focus';
import { runLayout } from './layout';
import { loadForceLayout } from './register';
import { elementOf, keyOf, renderId } from './render-id';
import { syncElements } from './sync-elements';
import { colorsFor, sizesFor } from './scales';

const NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__defineGetter__', '__proto__', 'constructor'];

function imported(nodes: string[], edges: [string, string][]): EntenteGraph {
  const result = importJson(JSON.stringify({ nodes: nodes.map((key) => ({ key })), edges: edges.map(([source, target]) => ({ source, target })) }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.graph;
}

/** Every name as a node, tied to "b" both ways (graphology broke on an edge *to* such a key), and the file. */
const hostileGraph = () =>
  imported(
    [...NAMES, 'b'],
    NAMES.flatMap(
      (name) =>
        [
          [name, 'b'],
          ['b', name],
        ] as [string, string][],
    ),
  );
const sorted = (values: Iterable<string>) => [...values].sort();

describe('ids named like object members', () => {
  it('import as themselves, without a warning, and never touch Object.prototype', () => {
    const result = importJson('{"nodes":[{"key":"toString"},{"key":"b"}],"edges":[{"source":"toString","target":"b"}]}');
    expect(result.ok && result.graph.nodes()).toEqual(['toString', 'b']);
    expect(result.ok && result.warnings.join(' ')).not.toMatch(/renamed|reserve|originalId/);
    const graph = hostileGraph();
    expect(graph.order).toBe(NAMES.length + 1);
    expect(graph.size).toBe(NAMES.length * 2);
    expect(sorted(graph.nodes())).toEqual(sorted([...NAMES, 'b']));
    expect(sorted(graph.neighbors('b'))).toEqual(sorted(NAMES));
    for (const name of NAMES) {
      expect(graph.neighbors(name)).toEqual(['b']);
      expect(graph.hasEdge(name, 'b') && graph.hasEdge('b', name) && graph.areNeighbors(name, 'b')).toBe(true);
      expect(graph.degree(name)).toBe(2);
    }
    expect(graph.hasEdge('b', 'b')).toBe(false);
    expect((Object.prototype.toString as unknown as { previous?: unknown }).previous).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('measure, find communities, style, focus and search by their own ids', () => {
    const graph = hostileGraph();
    const view = asOf(graph, '2024-01-01');
    for (const direction of ['undirected', 'directed'] as const) {
      const analysis = prepareAnalysisGraph(view, { kinds: ['dependency'], projection: 'bipartite', direction });
      for (const id of MEASURE_IDS) {
        if (MEASURES[id].needsDirected && direction === 'undirected') continue;
        const values = computeMeasure(id, analysis);
        expect(sorted(Object.keys(values)), `${id} ${direction}`).toEqual(sorted([...NAMES, 'b']));
        for (const name of NAMES) expect(typeof values[name], `${id} ${direction} ${name}`).toBe('number');
        // The eight names sit in symmetric places: they all get b's counterpart value.
        expect(new Set(NAMES.map((name) => values[name]!.toFixed(9))).size, id).toBe(1);
      }
      const communities = detectCommunities(analysis).communities;
      expect(sorted(Object.keys(communities))).toEqual(sorted([...NAMES, 'b']));
    }
    const degree = computeMeasure('degree', prepareAnalysisGraph(view, { kinds: ['dependency'] }));
    expect(degree['__proto__']).toBe(degree['toString']);
    expect(typeof valueOf(sizesFor(degree), '__proto__')).toBe('number');
    expect(Object.keys(colorsFor(degree))).toHaveLength(NAMES.length + 1);
    expect(nodeData('b', graph, NO_ENCODING)).not.toHaveProperty('size');
    expect(sorted(Object.keys(egoNetwork(view, 'b', 1, 'both').distances))).toEqual(sorted([...NAMES, 'b']));
    expect(searchNodes(searchEntries(graph), 'toString').map((entry) => entry.key)).toContain('toString');
    expect(searchNodes(searchEntries(graph), '__proto__').map((entry) => entry.key)).toContain('__proto__');
  });

  it('lay out with fcose on distinct positions, on screen under their own ids, and focus', async () => {
    await loadForceLayout();
    const graph = hostileGraph();
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
    runLayout(cy, { name: 'force', graph, values: {}, placed: null, animate: false });
    expect(sorted(cy.nodes().map(keyOf))).toEqual(sorted([...NAMES, 'b']));
    const positions = cy.nodes().map((n) => n.position());
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(graph.order);
    for (const name of ['grouped', 'concentric', 'geographic'] as const) {
      runLayout(cy, { name, graph, values: {}, placed: null, animate: false });
      expect(
        cy.nodes().every((n) => Number.isFinite((n as NodeSingular).position('x')) && Number.isFinite((n as NodeSingular).position('y'))),
        name,
      ).toBe(true);
    }
    const ego = egoNetwork(asOf(graph, '2024-01-01'), 'toString', 1, 'both');
    expect(applyFocus(cy, ego, true)).toEqual(['b']);
    expect(elementOf(cy, 'toString').classes()).toContain('focus');
    expect(elementOf(cy, 'b').classes()).toContain('neighbor');
    expect(elementOf(cy, 'valueOf').classes()).toContain('hidden');
    // Cytoscape marks removed ids in a plain object: a node named "toString" must still go away, and come back.
    const without = graph.copy();
    without.dropNode('toString');
    syncElements(cy, without, NO_ENCODING);
    expect(elementOf(cy, 'toString').empty()).toBe(true);
    expect(cy.nodes()).toHaveLength(NAMES.length);
    syncElements(cy, graph, NO_ENCODING);
    expect(elementOf(cy, 'toString').nonempty() && renderId('toString') !== 'toString').toBe(true);
    cy.destroy();
  });

  it('export under their own ids in JSON, GEXF, GraphML and CSV, and read back the same graph', () => {
    const graph = hostileGraph();
    const expected = sorted(graph.nodes());
    const ends = (g: EntenteGraph) => sorted(g.mapEdges((_, __, source, target) => JSON.stringify([source, target])));
    const readBack = [
      importJson(toJson(graph)),
      importGexf(toGexf(graph), { parseXml: parseXmlInNode }),
      importGraphml(toGraphml(graph), { parseXml: parseXmlInNode }),
      importCsv(toCsv(graph).edges, toCsv(graph).nodes),
    ];
    for (const result of readBack) {
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
      if (!result.ok) continue;
      expect(sorted(result.graph.nodes())).toEqual(expected);
      expect(ends(result.graph)).toEqual(ends(graph));
    }
    expect(JSON.parse(toJson(graph)).nodes.map((n: { key: string }) => n.key)).toContain('__proto__');
    expect(toGexf(graph)).toContain('<node id="toString"');
    expect(toGraphml(graph)).toContain('<node id="__proto__"');
    expect(toCsv(graph).nodes).toMatch(/^constructor,/m);
  });

  it('prototype-free records hold any id and inherit nothing', () => {
    const record = idRecord<number>();
    record['__proto__'] = 1;
    record.toString = 2 as never;
    expect(Object.keys(record)).toEqual(['__proto__', 'toString']);
    expect(valueOf(idRecord<number>(), 'constructor')).toBeUndefined();
    expect(valueOf({} as Record<string, number>, 'constructor')).toBeUndefined();
  });
});

describe('any string is an id', () => {
  const id = fc.oneof(
    fc.constantFrom(...NAMES, '\u0000', '\u0000toString', '\u0000\u0000', 'b', '<->', 'a<->b'),
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
  );

  it('safeKey is reversible, distinct for distinct ids and never a prototype member', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 12 }), (ids) => {
        const keys = ids.map(safeKey);
        expect(new Set(keys).size).toBe(ids.length);
        for (const [i, key] of keys.entries()) {
          expect(originalKey(key)).toBe(ids[i]);
          expect(key in Object.prototype).toBe(false);
        }
        expect(needsSafeKeys(ids)).toBe(keys.some((key, i) => key !== ids[i]));
      }),
    );
  });

  it('a graph of arbitrary ids is measured, laid out and exported under those ids', async () => {
    await loadForceLayout();
    fc.assert(
      fc.property(
        fc.uniqueArray(
          id.filter((s) => s.trim() !== ''),
          { minLength: 2, maxLength: 7 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
        (nodes, pairs) => {
          const edges = pairs.map(([a, b]) => [nodes[a % nodes.length]!, nodes[b % nodes.length]!] as [string, string]).filter(([a, b]) => a !== b);
          const graph = imported(nodes, edges);
          expect(sorted(graph.nodes())).toEqual(sorted(nodes));
          expect(graph.size).toBe(edges.length);
          const analysis = prepareAnalysisGraph(asOf(graph, '2024-01-01'), { kinds: ['dependency'] });
          expect(sorted(Object.keys(computeMeasure('betweenness', analysis)))).toEqual(sorted(nodes));
          expect(sorted(Object.keys(detectCommunities(analysis).communities))).toEqual(sorted(nodes));
          const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
          runLayout(cy, { name: 'force', graph, values: {}, placed: null, animate: false });
          expect(sorted(cy.nodes().map(keyOf))).toEqual(sorted(nodes));
          expect(cy.nodes().every((n) => Number.isFinite((n as NodeSingular).position('x')))).toBe(true);
          cy.destroy();
          const back = importJson(toJson(graph));
          expect(back.ok && sorted(back.graph.nodes())).toEqual(sorted(nodes));
          // XML cannot carry NUL and most other C0 controls: those ids are checked in JSON above.
          // eslint-disable-next-line no-control-regex -- the characters XML cannot carry
          if (nodes.some((node) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(node))) return;
          const gexf = importGexf(toGexf(graph), { parseXml: parseXmlInNode });
          expect(gexf.ok && sorted(gexf.graph.nodes())).toEqual(sorted(nodes));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a plain graphology graph holds them too', () => {
    const graph = new MultiGraph();
    for (const name of NAMES) graph.mergeEdge(name, 'b');
    expect(sorted(graph.neighbors('b'))).toEqual(sorted(NAMES));
  });
});
