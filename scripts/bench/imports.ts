// Import benchmark (issue 11): synthetic GEXF files with positions (3 edges per node) and networkx's Les Misérables,
// imported through the file input of the production build: time from the input to the drawn graph, the longest
// main-thread task meanwhile, the JS heap after, and panning frames per second. With GEPHI_LITE_URL, the same files
// opened in Gephi Lite through its ?file= link, served with CORS from a loopback server, and the ratio.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { seededRandom } from '../../lib/graph/seeded-random';
import type { BenchContext, BenchRow, BenchScenario } from './types';

export type Case = {
  name: string;
  file: string;
  nodes: number;
  edges: number;
  positions: boolean;
  budgetMs?: number;
  heapBudgetMb?: number;
  fpsBudget?: number;
  gephiRatio?: number;
};

const SIZES: { nodes: number; budgetMs?: number; heapBudgetMb?: number; fpsBudget?: number; gephiRatio?: number }[] = [
  { nodes: 1000 },
  { nodes: 5000, budgetMs: 2000 },
  { nodes: 20000, budgetMs: 5000, heapBudgetMb: 200, gephiRatio: 0.4 },
  { nodes: 50000, fpsBudget: 20 },
];

/** A GEXF 1.3 graph of `nodes` nodes with viz positions and 3 undirected edges per node (no self-loops, no repeats). */
export function syntheticGexf(nodes: number, seed = 11): string {
  const next = seededRandom(seed + nodes); // the same files on every run and machine
  const side = Math.sqrt(nodes) * 40;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `<graph defaultedgetype="undirected" mode="static"><nodes>`,
  ];
  for (let i = 0; i < nodes; i++) {
    out.push(
      `<node id="n${i}" label="Node ${i}"><viz:position x="${(next() * side).toFixed(2)}" y="${(next() * side).toFixed(2)}" z="0"/><viz:size value="5"/></node>`,
    );
  }
  out.push('</nodes><edges>');
  const seen = new Set<string>();
  let id = 0;
  for (let i = 0; i < nodes; i++) {
    let made = 0;
    while (made < 3) {
      // mostly near neighbours (a readable picture), sometimes anywhere
      const j = next() < 0.8 ? (i + 1 + Math.floor(next() * 20)) % nodes : Math.floor(next() * nodes);
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      out.push(`<edge id="e${id++}" source="n${i}" target="n${j}"/>`);
      made++;
    }
  }
  out.push('</edges></graph></gexf>');
  return out.join('\n');
}

/** networkx's Les Misérables graph as GEXF (77 nodes, 254 edges, no positions), or null without Python and networkx. */
function lesMiserables(file: string): string | null {
  if (existsSync(file)) return file;
  const script = 'import sys, networkx as nx; nx.write_gexf(nx.les_miserables_graph(), sys.argv[1])';
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  return result.status === 0 && existsSync(file) ? file : null;
}

export function cases(dir: string): { cases: Case[]; notes: string[] } {
  mkdirSync(dir, { recursive: true });
  const out: Case[] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const file = path.join(dir, `synthetic-${size.nodes}.gexf`);
    if (!existsSync(file)) writeFileSync(file, syntheticGexf(size.nodes));
    out.push({ ...size, name: `${size.nodes.toLocaleString('en')} / ${(size.nodes * 3).toLocaleString('en')}`, file, edges: size.nodes * 3, positions: true });
  }
  const les = lesMiserables(path.join(dir, 'les-miserables.gexf'));
  if (les) out.unshift({ name: 'Les Misérables 77 / 254', file: les, nodes: 77, edges: 254, positions: false });
  else notes.push('Les Misérables skipped: python3 with networkx is not available');
  return { cases: out, notes };
}

/** Records long tasks in sessionStorage, so that they survive the reload a change of renderer makes. */
const PROBE = `
  window.__name = (fn) => fn; // tsx names the functions it compiles; page.evaluate sends them without the helper
  try {
    new PerformanceObserver((list) => {
      const all = JSON.parse(sessionStorage.getItem('__benchTasks') || '[]');
      for (const e of list.getEntries()) all.push(Math.round(e.duration));
      sessionStorage.setItem('__benchTasks', JSON.stringify(all));
    }).observe({ type: 'longtask', buffered: false });
  } catch {}
`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const stats = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Frames drawn per second while the mouse drags the canvas's background for about two seconds. */
export async function panFps(page: Page, canvasSelector: string): Promise<number> {
  const box = await page.locator(canvasSelector).first().boundingBox();
  if (!box) return NaN;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__frames = 0;
    w.__counting = true;
    const count = () => {
      if (!w.__counting) return;
      w.__frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const started = Date.now();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(x + Math.sin(i / 4) * 200, y + Math.cos(i / 4) * 120, { steps: 2 });
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  return frames / ((Date.now() - started) / 1000);
}

export async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 2 ** 20;
}

type Run = { ms: number; longestTaskMs: number; heapMb: number; fps: number };

/** One import in a fresh browser context: open the explorer, give the file, wait for the drawn graph. */
async function importOnce(browser: Browser, baseUrl: string, c: Case, measurePan: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="graph"][data-ready="true"]').waitFor({ timeout: 120_000 });
    await page.evaluate(() => sessionStorage.setItem('__benchTasks', '[]'));
    const started = Date.now();
    await page.getByTestId('import-input').setInputFiles(c.file);
    await page.locator(`[data-testid="graph"][data-ready="true"][data-nodes="${c.nodes}"]`).waitFor({ timeout: 600_000 });
    await nextFrame(page);
    const ms = Date.now() - started;
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => JSON.parse(sessionStorage.getItem('__benchTasks') || '[]') as number[]);
    const heap = await heapMb(page);
    const fps = measurePan ? await panFps(page, '[data-testid="graph"] canvas') : NaN;
    return { ms, longestTaskMs: Math.max(0, ...tasks), heapMb: heap, fps };
  } finally {
    await context.close();
  }
}

/** Serves the benchmark files with CORS on a loopback port, for Gephi Lite's ?file= link. */
export async function fileServer(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = path.basename(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.join(dir, name);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (!existsSync(file)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('Content-Type', 'application/xml');
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

/**
 * One open in Gephi Lite: its ?file= link, timed from navigation until its sigma canvas is on the page and its graph
 * holds the file's nodes (read from its graph summary, "Nodes N"), then the next frame.
 */
export async function gephiLiteOnce(browser: Browser, gephiLiteUrl: string, fileUrl: string, c: Case): Promise<Pick<Run, 'ms' | 'longestTaskMs' | 'heapMb'>> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  try {
    const url = new URL(gephiLiteUrl);
    url.searchParams.set('file', fileUrl);
    const started = Date.now();
    await page.goto(url.href);
    const count = c.nodes.toLocaleString('en');
    await page.locator('.sigma-container canvas, canvas.sigma-nodes').first().waitFor({ timeout: 600_000 });
    await page.waitForFunction(
      ([plain, grouped]) => {
        const text = document.body.innerText.replace(/\s+/g, ' ');
        // its graph summary reads "Nodes 77 Edges 254" (older versions: "77 nodes")
        return [plain, grouped].some((n) => text.includes(`Nodes ${n} `) || text.includes(`${n} nodes`) || text.includes(`${n} Nodes`));
      },
      [String(c.nodes), count],
      { timeout: 600_000, polling: 100 },
    );
    await nextFrame(page);
    const ms = Date.now() - started;
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => JSON.parse(sessionStorage.getItem('__benchTasks') || '[]') as number[]);
    return { ms, longestTaskMs: Math.max(0, ...tasks), heapMb: await heapMb(page) };
  } finally {
    await context.close();
  }
}

export const scenario: BenchScenario = {
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const dir = path.join(ctx.tmpDir, 'bench-imports');
    const { cases: all, notes } = cases(dir);
    const only = process.env.BENCH_IMPORT_SIZES?.split(',').map(Number);
    const chosen = only ? all.filter((c) => only.includes(c.nodes)) : all;
    const rows: BenchRow[] = [];
    const served = ctx.gephiLiteUrl ? await fileServer(dir) : null;
    try {
      for (const c of chosen) {
        const runs: Run[] = [];
        const measurePan = c.fpsBudget !== undefined || c.nodes >= 20000;
        for (let i = 0; i < ctx.runs; i++) runs.push(await importOnce(ctx.browser, ctx.baseUrl, c, measurePan));
        const gephiRuns: Pick<Run, 'ms' | 'longestTaskMs' | 'heapMb'>[] = [];
        if (served && ctx.gephiLiteUrl) {
          for (let i = 0; i < ctx.runs; i++) {
            try {
              gephiRuns.push(await gephiLiteOnce(ctx.browser, ctx.gephiLiteUrl, `${served.url}/${path.basename(c.file)}`, c));
            } catch {
              break; // Gephi Lite did not show the graph in time: no figure rather than a wrong one
            }
          }
        }
        const gephi = gephiRuns.map((r) => r.ms);
        const time = stats(runs.map((r) => r.ms));
        const gephiMedian = gephi.length > 0 ? median(gephi) : undefined;
        const gephiHeap = gephiRuns.length > 0 ? median(gephiRuns.map((r) => r.heapMb)) : undefined;
        const gephiTask = gephiRuns.length > 0 ? median(gephiRuns.map((r) => r.longestTaskMs)) : undefined;
        rows.push({
          group: 'import (file input → drawn graph)',
          name: c.name,
          unit: 'ms',
          ...time,
          longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
          ...(c.budgetMs !== undefined ? { budget: c.gephiRatio && gephiMedian ? Math.min(c.budgetMs, gephiMedian * c.gephiRatio) : c.budgetMs } : {}),
          ...(gephiMedian !== undefined ? { gephiLiteMedian: gephiMedian, ratio: time.median / gephiMedian } : {}),
          note: [
            c.positions ? 'with positions' : 'no positions',
            'longest task budget 200 ms',
            ...(gephiTask !== undefined ? [`Gephi Lite's longest task ${Math.round(gephiTask)} ms`] : []),
            ...(served && gephi.length === 0 ? ['Gephi Lite gave no figure'] : []),
          ].join('; '),
        });
        const heap = stats(runs.map((r) => r.heapMb));
        rows.push({
          group: 'import (file input → drawn graph)',
          name: `${c.name}: JS heap after`,
          unit: 'MB',
          ...heap,
          ...(c.heapBudgetMb ? { budget: c.heapBudgetMb } : {}),
          ...(gephiHeap !== undefined ? { gephiLiteMedian: gephiHeap, ratio: heap.median / gephiHeap } : {}),
        });
        if (measurePan) {
          const fps = stats(runs.map((r) => r.fps));
          // a higher frame rate is better: the runner marks "pass" when median ≤ budget, so the budget is not set here
          rows.push({
            group: 'import (file input → drawn graph)',
            name: `${c.name}: pan`,
            unit: 'fps',
            ...fps,
            note: c.fpsBudget ? `budget ≥ ${c.fpsBudget} fps` : undefined,
          });
        }
      }
    } finally {
      served?.server.close();
    }
    if (notes.length > 0 && rows[0]) rows[0].note = [rows[0].note, ...notes].filter(Boolean).join('; ');
    return rows;
  },
};
