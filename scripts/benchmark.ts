// npm run bench: serves the production build, runs every scenario module in scripts/bench/ (each exports `scenario`)
// in headless Chromium, prints one table (median, min, max, longest main-thread task, budget, pass/over) and writes
// .tmp/bench.json. Budgets are printed, never asserted. Environment: BENCH_PORT (3200), BENCH_RUNS (5),
// BENCH_ONLY (comma-separated scenario file names, e.g. "bundled,imports"), GEPHI_LITE_URL (adds Gephi Lite figures).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/playwright.config';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import type { BenchContext, BenchRow, BenchScenario } from './bench/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 3200);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const only = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const baseUrl = `http://127.0.0.1:${port}`;
const tmpDir = path.resolve('.tmp');

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/graph`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${baseUrl} within 2 minutes`);
}

function mark(r: BenchRow): string {
  if (r.budget === undefined) return '';
  return r.median <= r.budget ? 'pass' : 'OVER';
}

function print(rows: BenchRow[]): void {
  const fmt = (n: number | undefined, unit?: string) =>
    n === undefined || Number.isNaN(n) ? '' : unit === 'kB' || unit === 'MB' ? n.toFixed(1) : n < 10 ? n.toFixed(1) : n.toFixed(0);
  const table = [['group', 'figure', 'unit', 'median', 'min', 'max', 'longest task', 'budget', '', 'Gephi Lite', 'ratio', 'note']];
  for (const r of rows) {
    table.push([
      r.group,
      r.name,
      r.unit,
      fmt(r.median, r.unit),
      fmt(r.min, r.unit),
      fmt(r.max, r.unit),
      fmt(r.longestTaskMs),
      r.budget === undefined ? '' : `≤ ${r.budget}`,
      mark(r),
      fmt(r.gephiLiteMedian, r.unit),
      r.ratio === undefined ? '' : r.ratio.toFixed(2),
      r.note ?? '',
    ]);
  }
  const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
  for (const [i, line] of table.entries()) {
    console.log(
      line
        .map((cell, c) => (c >= 3 && c <= 10 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main(): Promise<number> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(chromiumPath) ? chromiumPath : ensureChromium());
  if (!existsSync('.next/BUILD_ID')) {
    console.log('No production build: running next build…');
    const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) return built.status ?? 1;
  }
  const files = readdirSync(path.join(here, 'bench'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'types.ts' && f !== 'measure.ts')
    .filter((f) => !only || only.includes(f.replace(/\.ts$/, '')))
    .sort();
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const stopServer = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  try {
    await waitForServer(server);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const ctx: BenchContext = { baseUrl, browser, runs, tmpDir, ...(process.env.GEPHI_LITE_URL ? { gephiLiteUrl: process.env.GEPHI_LITE_URL } : {}) };
    try {
      for (const file of files) {
        const module = (await import(pathToFileURL(path.join(here, 'bench', file)).href)) as { scenario?: BenchScenario };
        if (!module.scenario) continue;
        const started = performance.now();
        console.error(`bench: ${file}…`);
        try {
          rows.push(...(await module.scenario.run(ctx)));
        } catch (error) {
          failures.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
        }
        console.error(`bench: ${file} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    stopServer();
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    node: process.version,
    runs,
    date: new Date().toISOString(),
  };
  print(rows);
  console.log(
    `\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, load average ${machine.loadAverage.join(' ')} at the end; medians of ${runs} runs.`,
  );
  for (const f of failures) console.log(`FAILED ${f}`);
  mkdirSync(tmpDir, { recursive: true });
  writeFileSync(path.join(tmpDir, 'bench.json'), JSON.stringify({ machine, rows, failures }, null, 2));
  console.log('Wrote .tmp/bench.json');
  return failures.length > 0 ? 1 : 0;
}

process.exit(await main());
