import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { parseMetricRequest, runMetric } from './metric-request';

const parse = (query: string) => {
  const params = new URLSearchParams(query);
  return parseMetricRequest((name) => params.get(name));
};

describe('parseMetricRequest', () => {
  it('fills in the defaults', () => {
    expect(parse('')).toEqual({
      ok: true,
      request: { measure: 'degree', kinds: ['membership', 'alliance', 'dependency', 'deployment'], projection: 'bipartite', direction: 'undirected' },
    });
  });
  it('lists the valid values when one is unknown', () => {
    expect(parse('measure=fame')).toMatchObject({ ok: false, parameter: 'measure', message: expect.stringContaining('valid: degree, in-degree') });
    expect(parse('kinds=membership,friendship')).toMatchObject({ ok: false, parameter: 'kinds', message: expect.stringContaining('"friendship"') });
    expect(parse('projection=tripartite')).toMatchObject({ ok: false, parameter: 'projection', message: expect.stringContaining('bipartite, co-membership') });
  });
});

describe('runMetric', () => {
  it('says what it ran on and returns a value per node', () => {
    const view = asOf(buildGraph(smallDataset()), '2000-01-01');
    const result = runMetric(view, { measure: 'degree', kinds: ['membership'], projection: 'bipartite', direction: 'undirected' });
    expect(result.asOf).toBe('2000-01-01');
    expect(result.kinds).toEqual(['membership']);
    // AAA is the pact's only current member in 2000 (BBB's tie is withdrawn and not counted): n = 4 nodes.
    expect(result.values.AAA).toBeCloseTo(1 / 3);
    expect(result.values.BBB).toBe(0);
  });
});
