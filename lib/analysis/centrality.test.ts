import { DirectedGraph, MultiGraph, UndirectedGraph } from '@/lib/graph/graphology';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from './betweenness';
import { closenessCentrality } from './closeness';
import { degreeCentrality } from './degree';
import { eigenvectorCentrality } from './eigenvector';
import { computeMeasure, isMeasureId, MEASURE_IDS, MEASURES } from './measures';
import { pagerank } from './pagerank';
import {
  FLORENTINE_BETWEENNESS,
  FLORENTINE_CLOSENESS,
  FLORENTINE_DEGREE,
  FLORENTINE_EIGENVECTOR_EXACT,
  FLORENTINE_EIGENVECTOR_NETWORKX,
  FLORENTINE_PAGERANK_EXACT,
  FLORENTINE_PAGERANK_NETWORKX,
  florentineFamilies,
  KITE_BETWEENNESS,
  KITE_CLOSENESS,
  KITE_DEGREE,
  krackhardtKite,
} from './textbook-graphs.fixtures';
import { weightedDegree } from './weighted-degree';

function expectClose(actual: Record<string, number>, expected: Record<string, number>, precision = 1e-6) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) {
    expect(Math.abs(actual[node]! - value), `${node}: ${actual[node]} vs ${value}`).toBeLessThan(precision);
  }
}

describe('centrality on the Krackhardt kite (NetworkX values)', () => {
  const kite = krackhardtKite();
  it('degree', () => expectClose(degreeCentrality(kite), KITE_DEGREE));
  it('betweenness, normalised as NetworkX does', () => expectClose(betweennessCentrality(kite), KITE_BETWEENNESS));
  it('unnormalised betweenness counts each unordered pair once (NetworkX: raw Brandes sums halved)', () => {
    const raw = betweennessCentrality(kite, { normalized: false });
    // Heather lies on every path between {Ike, Jane} and the 7 kite nodes: 14 pairs; NetworkX documents 28/2.
    expect(raw['Heather']).toBeCloseTo(14, 9);
    expectClose(raw, Object.fromEntries(Object.entries(KITE_BETWEENNESS).map(([node, value]) => [node, (value * (9 * 8)) / 2])));
  });
  it('closeness', () => expectClose(closenessCentrality(kite), KITE_CLOSENESS));
});

describe('centrality on the Florentine families (NetworkX values)', () => {
  const families = florentineFamilies();
  it('degree', () => expectClose(degreeCentrality(families), FLORENTINE_DEGREE));
  it('betweenness: Medici 0.521978…', () => {
    const scores = betweennessCentrality(families);
    expect(scores['Medici']).toBeCloseTo(0.521978, 6);
    expectClose(scores, FLORENTINE_BETWEENNESS);
  });
  it('closeness: Medici 0.56', () => {
    const scores = closenessCentrality(families);
    expect(scores['Medici']).toBeCloseTo(0.56, 12);
    expectClose(scores, FLORENTINE_CLOSENESS);
  });
  it('eigenvector with our defaults is the exact leading eigenvector', () => {
    expectClose(eigenvectorCentrality(families), FLORENTINE_EIGENVECTOR_EXACT, 1e-7);
  });
  it("eigenvector with NetworkX's iteration settings reproduces nx.eigenvector_centrality", () => {
    expectClose(eigenvectorCentrality(families, { maxIterations: 100, tolerance: 1e-6 }), FLORENTINE_EIGENVECTOR_NETWORKX, 1e-9);
  });
  it('pagerank with our defaults is the stationary distribution, summing to 1', () => {
    const scores = pagerank(families);
    expectClose(scores, FLORENTINE_PAGERANK_EXACT, 1e-8);
    expect(Object.values(scores).reduce((sum, x) => sum + x, 0)).toBeCloseTo(1, 9);
  });
  it("pagerank with NetworkX's iteration settings reproduces nx.pagerank", () => {
    expectClose(pagerank(families, { maxIterations: 100, tolerance: 1e-6 }), FLORENTINE_PAGERANK_NETWORKX, 1e-9);
  });
});

describe('directed and weighted measures', () => {
  // A → B, A → C, B → C, D isolated
  const directed = new DirectedGraph();
  for (const node of ['A', 'B', 'C', 'D']) directed.addNode(node);
  directed.addEdge('A', 'B', { weight: 2 });
  directed.addEdge('A', 'C', { weight: 0.5 });
  directed.addEdge('B', 'C', { weight: 1 });

  it('in-, out- and total degree divide by n − 1', () => {
    expect(degreeCentrality(directed, { mode: 'in' })).toEqual({ A: 0, B: 1 / 3, C: 2 / 3, D: 0 });
    expect(degreeCentrality(directed, { mode: 'out' })).toEqual({ A: 2 / 3, B: 1 / 3, C: 0, D: 0 });
    expect(degreeCentrality(directed)).toEqual({ A: 2 / 3, B: 2 / 3, C: 2 / 3, D: 0 });
  });

  it('weighted degree sums weights per mode', () => {
    expect(weightedDegree(directed)).toEqual({ A: 2.5, B: 3, C: 1.5, D: 0 });
    expect(weightedDegree(directed, { mode: 'in' })).toEqual({ A: 0, B: 2, C: 1.5, D: 0 });
    expect(weightedDegree(directed, { mode: 'out' })).toEqual({ A: 2.5, B: 1, C: 0, D: 0 });
  });

  it('directed closeness uses incoming distances, Wasserman–Faust scaled', () => {
    // C is reached by A (1 hop) and B (1 hop): (2/2)·(2/3); B by A only: (1/1)·(1/3).
    expectClose(closenessCentrality(directed), { A: 0, B: 1 / 3, C: 2 / 3, D: 0 }, 1e-12);
    expectClose(closenessCentrality(directed, { wassermanFaust: false }), { A: 0, B: 1, C: 1, D: 0 }, 1e-12);
  });

  it('in/out modes refuse an undirected graph', () => {
    expect(() => degreeCentrality(krackhardtKite(), { mode: 'in' })).toThrow(/lib\/analysis\/degree: in-degree needs a directed graph/);
    expect(() => weightedDegree(krackhardtKite(), { mode: 'out' })).toThrow(/lib\/analysis\/weighted-degree/);
  });

  it('eigenvector fails clearly on a directed graph without cycles', () => {
    expect(() => eigenvectorCentrality(directed)).toThrow(/lib\/analysis\/eigenvector: did not converge/);
  });

  it('eigenvector on a disconnected graph concentrates in the dominant component', () => {
    const graph = new UndirectedGraph();
    // a triangle (leading eigenvalue 2) and a single edge (leading eigenvalue 1)
    graph.mergeEdge('a', 'b');
    graph.mergeEdge('b', 'c');
    graph.mergeEdge('c', 'a');
    graph.mergeEdge('x', 'y');
    const scores = eigenvectorCentrality(graph);
    expect(scores['a']).toBeCloseTo(1 / Math.sqrt(3), 6);
    expect(scores['x']).toBeLessThan(1e-6);
  });

  it('weighted pagerank follows heavier edges; a zero weight is a valid tie, a negative one is refused', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('hub', 'heavy', { weight: 9 });
    graph.mergeEdge('hub', 'light', { weight: 1 });
    const scores = pagerank(graph);
    expect(scores['heavy']!).toBeGreaterThan(scores['light']!);
    expect(pagerank(graph, { weighted: false })['heavy']).toBeCloseTo(pagerank(graph, { weighted: false })['light']!, 12);
    graph.setEdgeAttribute('hub', 'light', 'weight', 0);
    const zero = pagerank(graph);
    expect(Object.values(zero).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(zero['light']!).toBeLessThan(scores['light']!);
    graph.setEdgeAttribute('hub', 'light', 'weight', -1);
    expect(() => pagerank(graph)).toThrow(/lib\/analysis\/pagerank: edge .* has weight -1/);
  });

  it('refuses empty graphs and multigraphs, naming the module', () => {
    expect(() => betweennessCentrality(new UndirectedGraph())).toThrow('lib/analysis/betweenness: graph is empty');
    const multi = new MultiGraph();
    multi.mergeEdge('a', 'b');
    expect(() => closenessCentrality(multi)).toThrow(/lib\/analysis\/closeness: expected a simple graph/);
  });

  it('scores a single node 0 for degree', () => {
    const single = new UndirectedGraph();
    single.addNode('solo');
    expect(degreeCentrality(single)).toEqual({ solo: 0 });
    expect(betweennessCentrality(single)).toEqual({ solo: 0 });
    expect(closenessCentrality(single)).toEqual({ solo: 0 });
  });
});

describe('MEASURES registry', () => {
  it('lists every measure id with a label, descriptions and a compute function', () => {
    expect(Object.keys(MEASURES).sort()).toEqual([...MEASURE_IDS].sort());
    for (const id of MEASURE_IDS) {
      const measure = MEASURES[id];
      expect(measure.id).toBe(id);
      expect(measure.label.length).toBeGreaterThan(0);
      expect(measure.description.length).toBeGreaterThan(0);
      expect(measure.directedMeaning.length).toBeGreaterThan(0);
    }
    expect(isMeasureId('pagerank')).toBe(true);
    expect(isMeasureId('katz')).toBe(false);
  });

  it('computes each measure that applies to an undirected graph, and validates ids', () => {
    const families = florentineFamilies();
    for (const id of MEASURE_IDS.filter((id) => !MEASURES[id].needsDirected)) {
      expect(Object.keys(MEASURES[id].compute(families))).toHaveLength(15);
    }
    expectClose(computeMeasure('betweenness', families), FLORENTINE_BETWEENNESS);
    expect(() => computeMeasure('katz', families)).toThrow('lib/analysis/measures: unknown measure "katz"');
  });
});
