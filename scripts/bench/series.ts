// Bench scenario: a measure's history on the curated data, every yearly point since 1949, as the History tab's worker
// computes it (here in Node: the worker runs the same function). Budget 2 s per series.
import { todayIso } from '@/lib/data/dates';
import { loadDataset } from '@/lib/data/load';
import { DEFAULT_METRIC_REQUEST } from '@/lib/analysis/metric-request';
import { measureSeries, type SeriesMeasureId } from '@/lib/analysis/series';
import { buildGraph } from '@/lib/graph/build';
import { row } from './measure';
import type { BenchRow, BenchScenario } from './types';

const GROUP = 'measure history (1949–today, yearly)';
const CASES: { measure: SeriesMeasureId; nodes: string[] }[] = [
  { measure: 'degree', nodes: ['csto', 'nato'] },
  { measure: 'pagerank', nodes: ['ARM', 'AZE'] },
  { measure: 'betweenness', nodes: ['KAZ'] },
  { measure: 'member-count', nodes: ['csto', 'nato'] },
  { measure: 'hegemony', nodes: ['csto', 'nato'] },
];

export const scenario: BenchScenario = {
  async run(ctx) {
    const { dataset, problems } = await loadDataset();
    if (problems.length > 0) throw new Error(`data/ has ${problems.length} problems`);
    const graph = buildGraph(dataset);
    const base = {
      kinds: DEFAULT_METRIC_REQUEST.kinds,
      projection: DEFAULT_METRIC_REQUEST.projection,
      direction: DEFAULT_METRIC_REQUEST.direction,
      from: '1949-01-01',
      to: todayIso(),
      step: 'year' as const,
    };
    const rows: BenchRow[] = [];
    for (const { measure, nodes } of CASES) {
      const times: number[] = [];
      let points = 0;
      for (let i = 0; i < Math.min(ctx.runs, 3); i++) {
        const start = performance.now();
        points = measureSeries(graph, { ...base, measure, nodes }).points.length;
        times.push(performance.now() - start);
      }
      rows.push(row(GROUP, `${measure} of ${nodes.join(', ')} (${points} dates)`, 'ms', times, { budget: 2000 }));
    }
    return rows;
  },
};
