import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { blocCohesion } from './cohesion';
import { DEFAULT_METRIC_REQUEST, runMetric } from './metric-request';
import { measureSeries, seriesDates, seriesToCsv } from './series';

const graph = buildGraph(smallDataset());
const base = { kinds: DEFAULT_METRIC_REQUEST.kinds, projection: 'bipartite' as const, direction: 'undirected' as const };

describe('seriesDates', () => {
  it('samples 1 January of each year, both ends included', () => {
    expect(seriesDates(graph, '1998-06-01', '2001-03-04', 'year')).toEqual(['1998-06-01', '1999-01-01', '2000-01-01', '2001-01-01', '2001-03-04']);
  });
  it('samples each change date in between', () => {
    expect(seriesDates(graph, '2000-01-01', '2013-01-01', 'change')).toEqual(['2000-01-01', '2006-06-23', '2012-06-28', '2013-01-01']);
  });
});

describe('measureSeries', () => {
  it('equals the single-date measure at each date', () => {
    const series = measureSeries(graph, { ...base, measure: 'degree', nodes: ['AAA', 'pact'], from: '1990-01-01', to: '2022-01-01', step: 'year' });
    for (const date of ['1990-01-01', '1995-01-01', '2000-01-01', '2022-01-01']) {
      const point = series.points.find((p) => p.date === date)!;
      const view = asOf(graph, date);
      const single = view.order > 0 ? runMetric(view, { ...base, measure: 'degree' }).values : {};
      expect(point.values[0]).toBeCloseTo(single.AAA ?? 0, 9);
      expect(point.values[1]).toBe(view.hasNode('pact') ? single.pact : null);
    }
  });

  it('reads bloc figures off the compare view, null before the organization existed', () => {
    const series = measureSeries(graph, { ...base, measure: 'member-count', nodes: ['pact', 'AAA'], from: '1991', to: '2013', step: 'change' });
    expect(series.points[0]).toEqual({ date: '1991-01-01', values: [null, null] });
    for (const point of series.points.slice(1)) {
      expect(point.values[0]).toBe(blocCohesion(asOf(graph, point.date), 'pact').memberCount);
      expect(point.values[1]).toBeNull();
    }
    expect(series.points.map((p) => p.values[0])).toEqual([null, 2, 1, 2, 2, 2]);
  });

  it('writes CSV with a column per node', () => {
    const series = measureSeries(graph, { ...base, measure: 'member-count', nodes: ['pact'], from: '1999', to: '2000', step: 'year' });
    expect(seriesToCsv(series)).toBe('date,pact\n1999-01-01,2\n2000-01-01,1\n');
  });
});
