// Prints the costs that grow with the data: load + validate, build, as-of views, layout, page payload and bundle size.
// Usage: npm run bench   (after npm run build for the bundle figures)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import cytoscape from 'cytoscape';
import { todayIso } from '@/lib/data/dates';
import { loadDataset } from '@/lib/data/load';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { toElements } from '@/lib/view/elements';
import { runLayout } from '@/lib/view/layout';
import { registerExtensions } from '@/lib/view/register';
import { applyFilters, DEFAULT_FILTERS } from '@/lib/graph/filter';
import { triadBalance } from '@/lib/analysis/balance';
import { DEFAULT_METRIC_REQUEST, runMetric } from '@/lib/analysis/metric-request';

function time<T>(label: string, runs: number, fn: () => T): T {
  let result!: T;
  const start = performance.now();
  for (let i = 0; i < runs; i++) result = fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms${runs > 1 ? ` (mean of ${runs})` : ''}`);
  return result;
}

const loadStart = performance.now();
const { dataset, problems } = await loadDataset();
console.log(`${'load + validate data/'.padEnd(44)} ${(performance.now() - loadStart).toFixed(2).padStart(9)} ms`);
if (problems.length > 0) throw new Error(`data/ has ${problems.length} problems`);

const graph = time('build timeless graph', 20, () => buildGraph(dataset));
const today = todayIso();
const view = time(`as-of view (${today})`, 50, () => asOf(graph, today));
time('as-of views, one per year 1949–today', 1, () => {
  for (let year = 1949; year <= Number(today.slice(0, 4)); year++) asOf(graph, `${year}-07-01`);
});

const payload = JSON.stringify(view.export());
console.log(`${'serialized view (page payload)'.padEnd(44)} ${(payload.length / 1024).toFixed(1).padStart(9)} KiB, ${(gzipSync(payload).length / 1024).toFixed(1)} KiB gzipped`);

registerExtensions();
const shown = applyFilters(view, DEFAULT_FILTERS);
for (const g of [shown, view]) {
  time(`fcose layout, ${g.order} nodes / ${g.size} edges (headless)`, 3, () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(g) });
    runLayout(cy, { name: 'force', graph: g, values: {}, placed: null, animate: false });
    cy.destroy();
  });
}
time(`default filters (${shown.size} of ${view.size} ties shown)`, 20, () => applyFilters(view, DEFAULT_FILTERS));
time('structural balance (triads) on the default view', 3, () => triadBalance(shown));
time('betweenness on the default view', 3, () => runMetric(shown, { ...DEFAULT_METRIC_REQUEST, measure: 'betweenness' }));

const stats = '.next/diagnostics/route-bundle-stats.json';
if (existsSync(stats)) {
  for (const route of JSON.parse(readFileSync(stats, 'utf8')) as { route: string; firstLoadUncompressedJsBytes: number }[]) {
    console.log(`${`first-load JS ${route.route}`.padEnd(44)} ${(route.firstLoadUncompressedJsBytes / 1024).toFixed(1).padStart(9)} KiB uncompressed`);
  }
} else {
  console.log('first-load JS: run npm run build first');
}
