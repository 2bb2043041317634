import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { describeAnalysisGraph, pairKey, prepareAnalysisGraph, type AnalysisGraph } from './analysis-graph';
import { blocView } from './entente.fixtures';

/** Readable names for the pairs these fixtures hold (their ids have no arrows): "AAA<->BBB", "AAA->BBB". */
const edges = (graph: AnalysisGraph) =>
  Object.fromEntries(graph.mapEdges((_, attributes, source, target) => [`${source}${graph.type === 'directed' ? '->' : '<->'}${target}`, attributes.weight]));
const named = (name: string) => {
  const [source, target] = name.split(/<?->/) as [string, string];
  return pairKey(source, target);
};

describe('prepareAnalysisGraph on the shared fixture', () => {
  const timeless = buildGraph(smallDataset());

  it('keeps memberships but never withdrawn ones', () => {
    const options = { kinds: ['membership'], projection: 'bipartite', direction: 'undirected' } as const;
    expect(edges(prepareAnalysisGraph(asOf(timeless, '2026-01-01'), options))).toEqual({ 'AAA<->pact': 1, 'BBB<->pact': 1 });
    // Beta had withdrawn on 2000-01-01: the view shows the tie, the analysis does not count it.
    expect(asOf(timeless, '2000-01-01').getEdgeAttribute('membership:BBB>pact', 'status')).toBe('withdrawn');
    expect(edges(prepareAnalysisGraph(asOf(timeless, '2000-01-01'), options))).toEqual({ 'AAA<->pact': 1 });
  });

  it('includes conflicts only when asked', () => {
    const view = asOf(timeless, '2026-01-01');
    const without = prepareAnalysisGraph(view, { kinds: ['membership', 'alliance'], projection: 'bipartite', direction: 'undirected' });
    expect(without.hasEdge(named('AAA<->CCC'))).toBe(false);
    const withConflicts = prepareAnalysisGraph(view, { kinds: ['conflict'], projection: 'bipartite', direction: 'undirected' });
    expect(edges(withConflicts)).toEqual({ 'AAA<->CCC': 1 });
    // Every state stays (isolated ones count in normalisations); the organization has no kept tie, so it goes.
    expect(withConflicts.nodes()).toEqual(['AAA', 'BBB', 'CCC']);
  });
});

describe('prepareAnalysisGraph on the bloc fixture', () => {
  const view = blocView();

  it('collapses parallel ties into one weighted edge, percentages as value/100', () => {
    const graph = prepareAnalysisGraph(view, { kinds: ['alliance', 'dependency'], projection: 'bipartite', direction: 'undirected' });
    expect(graph.multi).toBe(false);
    expect(graph.type).toBe('undirected');
    const ab = graph.getEdgeAttributes(named('AAA<->BBB'));
    // alliance 1 + trade-import 0.29 + arms 1 + trade-export 0.10
    expect(ab.weight).toBeCloseTo(2.39, 12);
    expect(ab.kinds).toEqual(['alliance', 'dependency']);
    expect(ab.ties).toEqual([
      'alliance/defence-treaty:AAA-BBB',
      'dependency/arms:BBB>AAA',
      'dependency/trade-export:AAA>BBB',
      'dependency/trade-import:BBB>AAA',
    ]);
    // a suspended alliance still holds (only terminated ones are dropped) + basing
    expect(graph.getEdgeAttribute(named('AAA<->CCC'), 'weight')).toBe(2);
    expect(graph.getEdgeAttribute(named('CCC<->EEE'), 'weight')).toBeCloseTo(0.4, 12);
    expect(graph.size).toBe(5);
    expect(graph.hasNode('pact')).toBe(false);
  });

  it('keeps directions apart in a directed graph, undirected ties both ways', () => {
    const graph = prepareAnalysisGraph(view, { kinds: ['alliance', 'dependency'], projection: 'bipartite', direction: 'directed' });
    expect(graph.type).toBe('directed');
    expect(graph.getEdgeAttribute(named('AAA->BBB'), 'weight')).toBeCloseTo(1.1, 12); // alliance + trade-export
    expect(graph.getEdgeAttribute(named('BBB->AAA'), 'weight')).toBeCloseTo(2.29, 12); // alliance + trade-import + arms
    expect(graph.hasEdge(named('CCC->EEE'))).toBe(true);
    expect(graph.hasEdge(named('EEE->CCC'))).toBe(false);
    expect(graph.hasEdge(named('CCC->FFF')) && graph.hasEdge(named('FFF->CCC'))).toBe(true);
  });

  it('drops ended conflicts (peace agreements) even when conflicts are chosen', () => {
    const graph = prepareAnalysisGraph(view, { kinds: ['conflict'], projection: 'bipartite', direction: 'undirected' });
    expect(Object.keys(edges(graph)).sort()).toEqual(['BBB<->CCC', 'BBB<->FFF', 'CCC<->EEE']);
  });

  it('projects memberships onto states, weighted by shared organizations', () => {
    const graph = prepareAnalysisGraph(view, { kinds: ['membership'], projection: 'co-membership', direction: 'undirected' });
    expect(graph.nodes()).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF']);
    // pact members: AAA, BBB, CCC (frozen still counts); union: AAA, BBB. Observers, partners and the withdrawn do not.
    expect(edges(graph)).toEqual({ 'AAA<->BBB': 2, 'AAA<->CCC': 1, 'BBB<->CCC': 1 });
    expect(graph.getEdgeAttribute(named('AAA<->BBB'), 'organizations')).toEqual(['pact', 'union']);
    expect(graph.getEdgeAttribute(named('AAA<->CCC'), 'ties')).toEqual(['membership:AAA>pact', 'membership:CCC>pact']);
  });

  it('adds the other chosen kinds between states in the co-membership projection', () => {
    const graph = prepareAnalysisGraph(view, { kinds: ['membership', 'alliance', 'deployment'], projection: 'co-membership', direction: 'undirected' });
    expect(edges(graph)).toEqual({ 'AAA<->BBB': 3, 'AAA<->CCC': 2, 'BBB<->CCC': 1, 'CCC<->FFF': 1 });
    expect(graph.getEdgeAttribute(named('AAA<->BBB'), 'kinds')).toEqual(['membership', 'alliance']);
    // the pact's deployment to DDD has no state at its source: dropped with the organization
    expect(graph.hasNode('pact')).toBe(false);
    const bipartite = prepareAnalysisGraph(view, { kinds: ['deployment'], projection: 'bipartite', direction: 'directed' });
    expect(edges(bipartite)).toEqual({ 'pact->DDD': 1 });
  });

  it('describes what it was computed on', () => {
    const graph = prepareAnalysisGraph(view, { kinds: ['dependency', 'membership'], projection: 'bipartite', direction: 'undirected' });
    expect(describeAnalysisGraph(graph)).toEqual({
      kinds: ['membership', 'dependency'],
      projection: 'bipartite',
      direction: 'undirected',
      asOf: '2024-01-01',
      nodes: 8,
      edges: 11,
    });
  });

  it('defaults to every kind but conflict, bipartite and undirected', () => {
    expect(describeAnalysisGraph(prepareAnalysisGraph(view))).toMatchObject({
      kinds: ['membership', 'alliance', 'dependency', 'deployment'],
      projection: 'bipartite',
      direction: 'undirected',
    });
  });

  it('does not modify the input and rejects unknown options', () => {
    const before = view.export();
    prepareAnalysisGraph(view, { kinds: ['membership'], projection: 'co-membership', direction: 'directed' });
    expect(view.export()).toEqual(before);
    // @ts-expect-error an unknown kind, as an API might pass it
    expect(() => prepareAnalysisGraph(view, { kinds: ['trade'], projection: 'bipartite', direction: 'undirected' })).toThrow(
      'lib/analysis/analysis-graph: unknown tie kind "trade"',
    );
  });
});
