// Bench scenario: costs that grow with the data, measured in Node without a browser — load + validate data/, build the
// timeless graph, as-of views, default filters, headless fcose, the build-time positions, balance and betweenness.
import cytoscape from 'cytoscape';
import { todayIso } from '@/lib/data/dates';
import { loadDataset } from '@/lib/data/load';
import { triadBalance } from '@/lib/analysis/balance';
import { DEFAULT_METRIC_REQUEST, runMetric } from '@/lib/analysis/metric-request';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { applyFilters, DEFAULT_FILTERS } from '@/lib/graph/filter';
import { toElements } from '@/lib/view/elements';
import { runLayout } from '@/lib/view/layout';
import { precomputeForcePositions } from '@/lib/view/precomputed-layout';
import { loadForceLayout } from '@/lib/view/register';
import { row } from './measure';
import type { BenchRow, BenchScenario } from './types';

const GROUP = 'node (no browser)';

function times(runs: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

export const scenario: BenchScenario = {
  async run(ctx) {
    const rows: BenchRow[] = [];
    const load: number[] = [];
    let loaded!: Awaited<ReturnType<typeof loadDataset>>;
    for (let i = 0; i < Math.min(ctx.runs, 3); i++) {
      const start = performance.now();
      loaded = await loadDataset();
      load.push(performance.now() - start);
    }
    if (loaded.problems.length > 0) throw new Error(`data/ has ${loaded.problems.length} problems`);
    rows.push(row(GROUP, 'load + validate data/', 'ms', load));
    const { dataset } = loaded;
    rows.push(
      row(
        GROUP,
        'build timeless graph',
        'ms',
        times(ctx.runs, () => buildGraph(dataset)),
      ),
    );
    const graph = buildGraph(dataset);
    const today = todayIso();
    rows.push(
      row(
        GROUP,
        `as-of view (${today})`,
        'ms',
        times(ctx.runs, () => asOf(graph, today)),
      ),
    );
    rows.push(
      row(
        GROUP,
        'as-of views, one per year 1949–today',
        'ms',
        times(Math.min(ctx.runs, 3), () => {
          for (let year = 1949; year <= Number(today.slice(0, 4)); year++) asOf(graph, `${year}-07-01`);
        }),
      ),
    );
    const view = asOf(graph, today);
    rows.push(
      row(
        GROUP,
        "default filters on today's view",
        'ms',
        times(ctx.runs, () => applyFilters(view, DEFAULT_FILTERS)),
      ),
    );
    await loadForceLayout();
    const shown = applyFilters(view, DEFAULT_FILTERS);
    rows.push(
      row(
        GROUP,
        `fcose, ${shown.order} nodes / ${shown.size} edges (headless)`,
        'ms',
        times(Math.min(ctx.runs, 3), () => {
          const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(shown) });
          runLayout(cy, { name: 'force', graph: shown, values: {}, placed: null, animate: false });
          cy.destroy();
        }),
        { note: 'what the browser no longer runs on first draw' },
      ),
    );
    rows.push(
      row(
        GROUP,
        'precomputed positions of the bundled asset (build time)',
        'ms',
        times(1, () => precomputeForcePositions(graph, dataset.info.asOf)),
      ),
    );
    rows.push(
      row(
        GROUP,
        'structural balance (triads), default view',
        'ms',
        times(Math.min(ctx.runs, 3), () => triadBalance(shown)),
      ),
    );
    rows.push(
      row(
        GROUP,
        'betweenness, default view',
        'ms',
        times(Math.min(ctx.runs, 3), () => runMetric(shown, { ...DEFAULT_METRIC_REQUEST, measure: 'betweenness' })),
      ),
    );
    return rows;
  },
};
