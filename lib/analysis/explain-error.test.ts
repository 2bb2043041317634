import { describe, expect, it } from 'vitest';
import { explainMetricError } from './explain-error';

describe('explainMetricError', () => {
  it('never names a module or an internal option', () => {
    const internal = [
      'lib/analysis/pagerank: did not converge in 1000 iterations (tolerance 1e-9)',
      'lib/analysis/eigenvector: did not converge in 1000 iterations (tolerance 1e-9); on a directed graph without cycles eigenvector centrality is not defined: use an undirected graph or pagerank',
      'lib/analysis/pagerank: graph is empty',
      'lib/analysis/pagerank: edge x has weight -1; weights must be zero or more',
      "lib/analysis/degree: in-degree needs a directed graph (prepareAnalysisGraph with direction 'directed')",
      'Cannot read properties of undefined',
    ];
    for (const message of internal) {
      const said = explainMetricError(message, 'PageRank');
      expect(said).toMatch(/^PageRank /);
      expect(said).not.toMatch(/lib\/|weighted:|prepareAnalysisGraph|iterations|tolerance|undefined/);
    }
  });
});
