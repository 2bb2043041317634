// Bench scenario: a synthetic 20,000-node graph (positions given, 3 edges per node) imported through the file input the
// user has, then click-to-highlight and a filter change on it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newPage, row, timeInput } from './measure';
import type { BenchRow, BenchScenario } from './types';

const GROUP = '20,000 nodes';
const NODES = 20_000;

/** A deterministic GEXF with viz positions on a jittered grid and three edges per node, mostly to near neighbours. */
export function syntheticGexf(nodes: number, edgesPerNode = 3, seed = 20_000): string {
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const side = Math.ceil(Math.sqrt(nodes));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="undirected">\n<nodes>\n',
  ];
  for (let i = 0; i < nodes; i++) {
    const x = ((i % side) * 30 + random() * 20).toFixed(1);
    const y = (Math.floor(i / side) * 30 + random() * 20).toFixed(1);
    out.push(`<node id="n${i}" label="n${i}"><viz:position x="${x}" y="${y}" z="0"/></node>\n`);
  }
  out.push('</nodes>\n<edges>\n');
  let id = 0;
  for (let i = 0; i < nodes; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      const near = random() < 0.9;
      let j = near ? i + 1 + Math.floor(random() * 2 * side) : Math.floor(random() * nodes);
      if (j >= nodes) j = Math.floor(random() * nodes);
      if (j === i) j = (i + 1) % nodes;
      out.push(`<edge id="e${id++}" source="n${i}" target="n${j}"/>\n`);
    }
  }
  out.push('</edges>\n</graph>\n</gexf>\n');
  return out.join('');
}

const graphSyncs = `document.querySelector('[data-testid=graph]').dataset.syncs`;

export const scenario: BenchScenario = {
  async run(ctx) {
    mkdirSync(ctx.tmpDir, { recursive: true });
    const file = path.join(ctx.tmpDir, `synthetic-${NODES}.gexf`);
    writeFileSync(file, syntheticGexf(NODES));
    const page = await newPage(ctx.browser);
    await page.goto(`${ctx.baseUrl}/`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
    await page.getByTestId('import-input').setInputFiles(file);
    await page.waitForSelector('[data-testid=graph][data-large=true][data-ready=true]', { timeout: 600_000 });
    await page.waitForTimeout(2000);
    const rows: BenchRow[] = [];
    const box = (await page.getByTestId('graph').boundingBox())!;
    const click: number[] = [];
    const clickTasks: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const key = `n${1000 + i * 3037}`;
      await page.evaluate((k) => window.__entente!.zoomTo(k), key);
      await page.waitForTimeout(500);
      const at = (await page.evaluate((k) => window.__entente!.renderedPosition(k), key))!;
      const r = await timeInput(
        page,
        () => page.mouse.click(box.x + at.x, box.y + at.y),
        `document.querySelector('[data-testid=graph]').dataset.focus === '${key}'`,
        1500,
      );
      click.push(r.ms);
      clickTasks.push(r.longestTaskMs);
      const empty = await page.evaluate(() => window.__entente!.emptyPoint());
      if (empty) await page.mouse.click(box.x + empty.x, box.y + empty.y);
      await page.waitForSelector('[data-testid=graph][data-focus=""]', { timeout: 60_000 });
    }
    rows.push(row(GROUP, 'click-to-highlight → next frame', 'ms', click, { budget: 100, longestTaskMs: Math.max(...clickTasks) }));
    const filter: number[] = [];
    const filterTasks: number[] = [];
    const toggle = page.getByRole('checkbox', { name: 'Hide states without ties' });
    for (let i = 0; i < ctx.runs; i++) {
      const before = await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=graph]')!.dataset.syncs ?? '0');
      const r = await timeInput(page, () => toggle.click(), `${graphSyncs} !== '${before}'`, 1500);
      filter.push(r.ms);
      filterTasks.push(r.longestTaskMs);
    }
    rows.push(row(GROUP, 'filter change (hide isolated) → next frame', 'ms', filter, { budget: 100, longestTaskMs: Math.max(...filterTasks) }));
    await page.context().close();
    return rows;
  },
};
