// Test fixtures: the Krackhardt kite and Padgett's Florentine families, with NetworkX's values for each measure.
//
// Reference values were computed with NetworkX 3.6.1 (the graphs are nx.krackhardt_kite_graph() and
// nx.florentine_families_graph(), node for node and edge for edge). Degree, betweenness and closeness are exact
// rationals; their 3-decimal roundings are the ones NetworkX documents in its own test suite
// (algorithms/centrality/tests: test_degree_centrality, test_betweenness_centrality, test_closeness_centrality),
// e.g. Medici betweenness 0.522 = 95/182 and closeness 0.560 = 14/25.
// Eigenvector and PageRank are iterative, so two sets are given:
// - `...Networkx`: what nx.eigenvector_centrality(G) and nx.pagerank(G) return with their defaults
//   (100 iterations, tolerance 1e-6): up to 1e-5 (eigenvector) and 2e-6 (PageRank) from the exact values.
// - `...Exact`: nx.eigenvector_centrality_numpy(G) (the leading eigenvector, solved exactly) and
//   nx.pagerank(G, tol=1e-13, max_iter=10000) (the stationary distribution): what our tighter defaults approach.
import { UndirectedGraph } from '@/lib/graph/graphology';
import type { AnalysisDescription, AnalysisEdgeAttributes, AnalysisGraph, AnalysisNodeAttributes } from './analysis-graph';

function undirectedGraph(edges: readonly (readonly [string, string])[]): AnalysisGraph {
  const graph = new UndirectedGraph<AnalysisNodeAttributes, AnalysisEdgeAttributes, AnalysisDescription>();
  for (const [a, b] of edges) {
    graph.mergeNode(a, { kind: 'state', label: a });
    graph.mergeNode(b, { kind: 'state', label: b });
    graph.addEdge(a, b, { weight: 1, kinds: ['alliance'], ties: [], organizations: [] });
  }
  graph.replaceAttributes({ kinds: ['alliance'], projection: 'bipartite', direction: 'undirected', asOf: null, nodes: graph.order, edges: graph.size });
  return graph;
}

// ---- Krackhardt kite (Krackhardt 1990): NetworkX nodes 0–9 by their traditional names --------------------------

export const KITE_NODES = ['Andre', 'Beverley', 'Carol', 'Diane', 'Ed', 'Fernando', 'Garth', 'Heather', 'Ike', 'Jane'] as const;

const [andre, beverley, carol, diane, ed, fernando, garth, heather, ike, jane] = KITE_NODES;

export function krackhardtKite(): AnalysisGraph {
  return undirectedGraph([
    [andre, beverley],
    [andre, carol],
    [andre, diane],
    [andre, fernando],
    [beverley, diane],
    [beverley, ed],
    [beverley, garth],
    [carol, diane],
    [carol, fernando],
    [diane, ed],
    [diane, fernando],
    [diane, garth],
    [ed, garth],
    [fernando, garth],
    [fernando, heather],
    [garth, heather],
    [heather, ike],
    [ike, jane],
  ]);
}

export const KITE_DEGREE: Record<string, number> = {
  Andre: 4 / 9,
  Beverley: 4 / 9,
  Carol: 1 / 3,
  Diane: 2 / 3,
  Ed: 1 / 3,
  Fernando: 5 / 9,
  Garth: 5 / 9,
  Heather: 1 / 3,
  Ike: 2 / 9,
  Jane: 1 / 9,
};

/** nx.betweenness_centrality(G) (normalized=True). */
export const KITE_BETWEENNESS: Record<string, number> = {
  Andre: 5 / 216,
  Beverley: 5 / 216,
  Carol: 0,
  Diane: 11 / 108,
  Ed: 0,
  Fernando: 25 / 108,
  Garth: 25 / 108,
  Heather: 7 / 18,
  Ike: 2 / 9,
  Jane: 0,
};

export const KITE_CLOSENESS: Record<string, number> = {
  Andre: 9 / 17,
  Beverley: 9 / 17,
  Carol: 1 / 2,
  Diane: 3 / 5,
  Ed: 1 / 2,
  Fernando: 9 / 14,
  Garth: 9 / 14,
  Heather: 3 / 5,
  Ike: 3 / 7,
  Jane: 9 / 29,
};

// ---- Florentine families (Padgett; Breiger & Pattison 1986): marriage ties, 15 families (Pucci, isolated, left out) --

export function florentineFamilies(): AnalysisGraph {
  return undirectedGraph([
    ['Acciaiuoli', 'Medici'],
    ['Castellani', 'Peruzzi'],
    ['Castellani', 'Strozzi'],
    ['Castellani', 'Barbadori'],
    ['Medici', 'Barbadori'],
    ['Medici', 'Ridolfi'],
    ['Medici', 'Tornabuoni'],
    ['Medici', 'Albizzi'],
    ['Medici', 'Salviati'],
    ['Salviati', 'Pazzi'],
    ['Peruzzi', 'Strozzi'],
    ['Peruzzi', 'Bischeri'],
    ['Strozzi', 'Ridolfi'],
    ['Strozzi', 'Bischeri'],
    ['Ridolfi', 'Tornabuoni'],
    ['Tornabuoni', 'Guadagni'],
    ['Albizzi', 'Ginori'],
    ['Albizzi', 'Guadagni'],
    ['Bischeri', 'Guadagni'],
    ['Guadagni', 'Lamberteschi'],
  ]);
}

export const FLORENTINE_DEGREE: Record<string, number> = {
  Acciaiuoli: 1 / 14,
  Medici: 3 / 7,
  Castellani: 3 / 14,
  Peruzzi: 3 / 14,
  Strozzi: 2 / 7,
  Barbadori: 1 / 7,
  Ridolfi: 3 / 14,
  Tornabuoni: 3 / 14,
  Albizzi: 3 / 14,
  Salviati: 1 / 7,
  Pazzi: 1 / 14,
  Bischeri: 3 / 14,
  Guadagni: 2 / 7,
  Ginori: 1 / 14,
  Lamberteschi: 1 / 14,
};

/** nx.betweenness_centrality(G) (normalized=True): Medici 0.521978… */
export const FLORENTINE_BETWEENNESS: Record<string, number> = {
  Acciaiuoli: 0,
  Medici: 95 / 182,
  Castellani: 5 / 91,
  Peruzzi: 2 / 91,
  Strozzi: 4 / 39,
  Barbadori: 17 / 182,
  Ridolfi: 31 / 273,
  Tornabuoni: 25 / 273,
  Albizzi: 58 / 273,
  Salviati: 1 / 7,
  Pazzi: 0,
  Bischeri: 19 / 182,
  Guadagni: 139 / 546,
  Ginori: 0,
  Lamberteschi: 0,
};

/** nx.closeness_centrality(G): Medici 0.56. */
export const FLORENTINE_CLOSENESS: Record<string, number> = {
  Acciaiuoli: 7 / 19,
  Medici: 14 / 25,
  Castellani: 7 / 18,
  Peruzzi: 7 / 19,
  Strozzi: 7 / 16,
  Barbadori: 7 / 16,
  Ridolfi: 1 / 2,
  Tornabuoni: 14 / 29,
  Albizzi: 14 / 29,
  Salviati: 7 / 18,
  Pazzi: 2 / 7,
  Bischeri: 2 / 5,
  Guadagni: 7 / 15,
  Ginori: 1 / 3,
  Lamberteschi: 14 / 43,
};

/** nx.eigenvector_centrality(G) with its defaults (max_iter=100, tol=1e-6). */
export const FLORENTINE_EIGENVECTOR_NETWORKX: Record<string, number> = {
  Acciaiuoli: 0.1321573195285342,
  Medici: 0.43031542583499227,
  Castellani: 0.25902003784235145,
  Peruzzi: 0.27572243741048336,
  Strozzi: 0.35597303264604513,
  Barbadori: 0.2117057470647985,
  Ridolfi: 0.34155442590743657,
  Tornabuoni: 0.325846704169574,
  Albizzi: 0.2439605296754477,
  Salviati: 0.14592084164171834,
  Pazzi: 0.04481493970386309,
  Bischeri: 0.28279439587133565,
  Guadagni: 0.28911715732265014,
  Ginori: 0.07492453160277932,
  Lamberteschi: 0.0887925311349955,
};

/** nx.eigenvector_centrality_numpy(G): the leading eigenvector, unit norm. */
export const FLORENTINE_EIGENVECTOR_EXACT: Record<string, number> = {
  Acciaiuoli: 0.13215429472870716,
  Medici: 0.4303080940409171,
  Castellani: 0.25902616719025867,
  Peruzzi: 0.2757303735808844,
  Strozzi: 0.3559804484113887,
  Barbadori: 0.2117052511605279,
  Ridolfi: 0.3415526440572157,
  Tornabuoni: 0.32584230112420737,
  Albizzi: 0.2439561091588381,
  Salviati: 0.1459171964663467,
  Pazzi: 0.04481343589592489,
  Bischeri: 0.2828000865441205,
  Guadagni: 0.2891155990122086,
  Ginori: 0.07492270769970744,
  Lamberteschi: 0.08879188797897218,
};

/** nx.pagerank(G) with its defaults (alpha=0.85, max_iter=100, tol=1e-6). */
export const FLORENTINE_PAGERANK_NETWORKX: Record<string, number> = {
  Acciaiuoli: 0.03065721480230426,
  Medici: 0.14581844065218277,
  Castellani: 0.06933028447008721,
  Peruzzi: 0.06787531774407571,
  Strozzi: 0.08809849082725613,
  Barbadori: 0.050300712744633685,
  Ridolfi: 0.06957417099014798,
  Tornabuoni: 0.07127928374676082,
  Albizzi: 0.07912150238072899,
  Salviati: 0.061302640987807314,
  Pazzi: 0.036054222996734095,
  Bischeri: 0.0688615381141211,
  Guadagni: 0.09839859717156549,
  Ginori: 0.032418257716596434,
  Lamberteschi: 0.03090932465499793,
};

/** nx.pagerank(G, tol=1e-13, max_iter=10000): the stationary distribution. */
export const FLORENTINE_PAGERANK_EXACT: Record<string, number> = {
  Acciaiuoli: 0.0306574373746745,
  Medici: 0.14581720499745512,
  Castellani: 0.06933017554536014,
  Peruzzi: 0.06787531001371955,
  Strozzi: 0.0880984385192091,
  Barbadori: 0.05030098711253368,
  Ridolfi: 0.06957426654214621,
  Tornabuoni: 0.0712796858193884,
  Albizzi: 0.07912225286383873,
  Salviati: 0.06130322876663585,
  Pazzi: 0.03605387222576773,
  Bischeri: 0.06886179561366826,
  Guadagni: 0.09839783336978059,
  Ginori: 0.03241797164471074,
  Lamberteschi: 0.030909539591111323,
};
