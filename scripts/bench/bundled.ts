// Bench scenario: the bundled dataset in the production build — navigation to a drawn graph, page and JavaScript
// weight, a date step (slider, Change ▶), Play's achieved speed, click-to-highlight and a filter change.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { newPage, row, timeInput } from './measure';
import type { BenchRow, BenchScenario } from './types';

const GROUP = 'bundled dataset';
const graphSyncs = `document.querySelector('[data-testid=graph]').dataset.syncs`;

/** Resolves window.__bench.drawnAt (ms since navigation) at the frame after the canvas reports data-ready="true". */
const DRAWN_PROBE = `
  new MutationObserver((_, observer) => {
    const graph = document.querySelector('[data-testid=graph][data-ready=true]');
    if (!graph || !window.__bench || window.__bench.drawnAt) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__bench.drawnAt = performance.now(); };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
  await page.waitForTimeout(1000); // let the first fit animation and the measure worker settle
}

const syncsNow = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=graph]')!.dataset.syncs ?? '0');

export const scenario: BenchScenario = {
  async run(ctx) {
    const rows: BenchRow[] = [];
    const base = ctx.baseUrl;

    // Warm the server (first render of the page, the asset's static file).
    await fetch(`${base}/`).then((r) => r.text());

    // Navigation → graph drawn, each run in a fresh browser context (nothing cached), and the JavaScript it loaded.
    const drawn: number[] = [];
    const longest: number[] = [];
    const jsGzip: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const page = await newPage(ctx.browser);
      await page.context().addInitScript(DRAWN_PROBE);
      const scripts = new Map<string, Promise<number>>();
      page.context().on('response', (response) => {
        const url = response.url();
        if (/\.m?js(\?|$)/.test(url) && !scripts.has(url))
          scripts.set(
            url,
            response.body().then(
              (b) => gzipSync(b).length,
              () => 0,
            ),
          );
      });
      await page.goto(`${base}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __bench?: { drawnAt?: number } }).__bench?.drawnAt, null, { timeout: 120_000, polling: 50 });
      const { at, task } = await page.evaluate(() => {
        const b = (window as unknown as { __bench: { drawnAt: number; longTasks: { start: number; duration: number }[] } }).__bench;
        return { at: b.drawnAt, task: Math.max(0, ...b.longTasks.filter((t) => t.start < b.drawnAt).map((t) => t.duration)) };
      });
      drawn.push(at);
      longest.push(task);
      await page.waitForTimeout(1500); // workers and anything loaded right after the first draw
      jsGzip.push((await Promise.all(scripts.values())).reduce((s, n) => s + n, 0) / 1024);
      await page.context().close();
    }
    rows.push(
      row(GROUP, 'navigation → graph drawn and interactive', 'ms', drawn, {
        budget: 1000,
        longestTaskMs: Math.max(...longest),
        note: 'warm server, fresh browser cache',
      }),
    );

    const html = Buffer.from(await (await fetch(`${base}/`)).arrayBuffer());
    const htmlKb = gzipSync(html).length / 1024;
    rows.push(row(GROUP, 'HTML document (gzip)', 'kB', [htmlKb], { budget: 100, note: `${(html.length / 1024).toFixed(1)} kB uncompressed` }));
    const stats = '.next/diagnostics/route-bundle-stats.json';
    const firstLoad = existsSync(stats)
      ? (JSON.parse(readFileSync(stats, 'utf8')) as { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths?: string[] }[]).find(
          (r) => r.route === '/',
        )
      : undefined;
    if (firstLoad?.firstLoadChunkPaths) {
      // The route's own first-load chunks (what Next.js sends with the page), gzipped here.
      const kb = firstLoad.firstLoadChunkPaths.reduce((sum, file) => sum + (existsSync(file) ? gzipSync(readFileSync(file)).length : 0), 0) / 1024;
      rows.push(
        row(GROUP, 'explorer first-load JavaScript, route-bundle-stats (gzip)', 'kB', [kb], {
          budget: 300,
          note: `${firstLoad.firstLoadChunkPaths.length} chunks, ${(firstLoad.firstLoadUncompressedJsBytes / 1024).toFixed(0)} kB uncompressed; the canvas (Cytoscape) and workers load after`,
        }),
      );
    }
    rows.push(
      row(GROUP, 'explorer JavaScript loaded until drawn + 1.5 s (gzip)', 'kB', jsGzip, {
        budget: 300,
        note: `every script and worker fetched${firstLoad ? `; route-bundle-stats first-load ${(firstLoad.firstLoadUncompressedJsBytes / 1024).toFixed(0)} kB uncompressed` : ''}`,
      }),
    );

    // Interactions on one loaded page.
    const page = await newPage(ctx.browser);
    await open(page, `${base}/?date=2000-07-01`);
    const slider = page.getByRole('slider', { name: 'Year' });
    const step: number[] = [];
    const stepTasks: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const before = await syncsNow(page);
      await slider.focus();
      const r = await timeInput(page, () => page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft'), `${graphSyncs} !== '${before}'`);
      step.push(r.ms);
      stepTasks.push(r.longestTaskMs);
    }
    rows.push(row(GROUP, 'date step (year slider) → new date drawn', 'ms', step, { budget: 100, longestTaskMs: Math.max(...stepTasks) }));
    rows.push(row(GROUP, 'date step: longest main-thread task', 'ms', stepTasks, { budget: 50 }));

    const change: number[] = [];
    const changeTasks: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const before = await syncsNow(page);
      const button = page.getByRole('button', { name: i % 2 ? '◀ Change' : 'Change ▶' });
      const r = await timeInput(page, () => button.click(), `${graphSyncs} !== '${before}'`);
      change.push(r.ms);
      changeTasks.push(r.longestTaskMs);
    }
    rows.push(row(GROUP, 'Change ▶ / ◀ Change → new date drawn', 'ms', change, { budget: 100, longestTaskMs: Math.max(...changeTasks) }));

    // Play at 1 s per year: the time between successive dates shown.
    await page.goto(`${base}/?date=1990-07-01`);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
    await page.waitForTimeout(1000);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1 s per year' });
    await page.evaluate(() => {
      const w = window as unknown as { __play: number[]; __bench: { longTasks: unknown[] } };
      w.__play = [];
      w.__bench.longTasks = [];
      const shown = document.querySelector('.as-of')!;
      let last = shown.textContent;
      new MutationObserver(() => {
        if (shown.textContent !== last) w.__play.push(performance.now());
        last = shown.textContent;
      }).observe(shown, { subtree: true, characterData: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((n) => (window as unknown as { __play: number[] }).__play.length > n, ctx.runs + 1, { timeout: 120_000, polling: 100 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const { ticks, playTask } = await page.evaluate(() => {
      const w = window as unknown as { __play: number[]; __bench: { longTasks: { duration: number }[] } };
      return { ticks: w.__play, playTask: Math.max(0, ...w.__bench.longTasks.map((t) => t.duration)) };
    });
    const years = ticks.slice(1).map((t, i) => t - ticks[i]!);
    rows.push(
      row(GROUP, 'Play at "1 s per year": achieved time per year', 'ms', years, {
        budget: 1050,
        longestTaskMs: playTask,
        note: 'chosen speed 1000 ms, 5% tolerance',
      }),
    );

    // Click-to-highlight: a real click on a node, to the frame that shows its neighbourhood; then a click on the background.
    await open(page, `${base}/`);
    const box = (await page.getByTestId('graph').boundingBox())!;
    const click: number[] = [];
    const clickTasks: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const key = i % 2 ? 'DEU' : 'FRA';
      await page.evaluate((k) => window.__entente!.zoomTo(k), key);
      await page.waitForTimeout(300);
      const at = (await page.evaluate((k) => window.__entente!.renderedPosition(k), key))!;
      const r = await timeInput(
        page,
        () => page.mouse.click(box.x + at.x, box.y + at.y),
        `document.querySelector('[data-testid=graph]').dataset.focus === '${key}'`,
      );
      click.push(r.ms);
      clickTasks.push(r.longestTaskMs);
      const empty = (await page.evaluate(() => window.__entente!.emptyPoint()))!;
      await page.mouse.click(box.x + empty.x, box.y + empty.y);
      await page.waitForSelector('[data-testid=graph][data-focus=""]');
    }
    rows.push(row(GROUP, 'click-to-highlight → next frame', 'ms', click, { budget: 50, longestTaskMs: Math.max(...clickTasks) }));

    // A filter change: the Conflict tie kind off and on again.
    const filter: number[] = [];
    const filterTasks: number[] = [];
    const conflicts = page.getByRole('checkbox', { name: /^Conflict/ }).first();
    for (let i = 0; i < ctx.runs; i++) {
      const before = await syncsNow(page);
      const r = await timeInput(page, () => conflicts.click(), `${graphSyncs} !== '${before}'`);
      filter.push(r.ms);
      filterTasks.push(r.longestTaskMs);
    }
    rows.push(row(GROUP, 'filter change (tie kind) → next frame', 'ms', filter, { budget: 50, longestTaskMs: Math.max(...filterTasks) }));
    await page.context().close();
    return rows;
  },
};
