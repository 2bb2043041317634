import { describe, expect, it } from 'vitest';
import { publicMessage } from './public-message';

describe('publicMessage', () => {
  it('keeps what went wrong and drops module paths', () => {
    expect(publicMessage('lib/analysis/eigenvector: did not converge in 100 iterations (tolerance 1e-6); try direction=undirected')).toBe(
      'did not converge in 100 iterations (tolerance 1e-6); try direction=undirected',
    );
    expect(publicMessage('failed in node_modules/graphology-metrics/centrality/eigenvector.js: boom')).toBe('failed in boom');
    expect(publicMessage('orgs takes exactly two organizations')).toBe('orgs takes exactly two organizations');
  });
});
