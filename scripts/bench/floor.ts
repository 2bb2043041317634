// Bench scenario "floor": bare Cytoscape (no app code) on a minimal page in the bench's Chromium — the bundled dataset's
// default view and the imports' synthetic GEXF files — so that each speed budget of issue 11 can be read against what
// the fixed stack itself costs on this machine.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { todayIso } from '@/lib/data/dates';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { applyFilters, DEFAULT_FILTERS } from '@/lib/graph/filter';
import { toElements } from '@/lib/view/elements';
import { precomputeForcePositions } from '@/lib/view/precomputed-layout';
import { graphId } from '@/lib/view/render-id';
import { stylesheetFor } from '@/lib/view/stylesheet';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium';
import { cases, fileServer, gephiLiteOnce, heapMb, panFps, type Case } from './imports';
import { newPage, row, stats } from './measure';
import type { BenchRow, BenchScenario } from './types';

const GROUP = 'floor: bare Cytoscape 3.34, no app code';

/** Plain circles, straight edges, labels on nodes, and the classes a focus sets (the bundled-size minimal stylesheet). */
export const MINIMAL_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: { width: 12, height: 12, 'background-color': '#5f6b7a', label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom' } },
  { selector: 'edge', style: { 'curve-style': 'straight', width: 1, 'line-color': '#adb5bd' } },
  { selector: '.faded', style: { opacity: 0.1 } },
  { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#f59f00' } },
  { selector: 'node.neighbor', style: { 'border-width': 2, 'border-color': '#1971c2' } },
  { selector: 'edge.highlighted', style: { width: 2, 'line-color': '#1971c2' } },
  { selector: 'node.bloc-a', style: { 'border-width': 4, 'border-color': '#1c7ed6' } },
];

/** Plain dots and straight haystack edges without labels, as lib/view/large-graph-style.ts draws large graphs. */
export const LARGE_MINIMAL_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: { shape: 'ellipse', width: 8, height: 8, 'background-color': '#5f6b7a', 'border-width': 0, label: '' } },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': '#adb5bd', opacity: 0.45 } },
];

/** The canvas renderer's options the app uses for large graphs without a hardware GPU (lib/view/renderer-choice.ts). */
const CANVAS_LARGE_OPTIONS = { textureOnViewport: true, hideEdgesOnViewport: false, motionBlur: false, pixelRatio: 1 };

/** The view that shows every position with a margin, from the positions alone (as lib/view/position-bounds.ts fits). */
export function viewportFor(
  positions: { x: number; y: number }[],
  width: number,
  height: number,
  padding = 30,
): { zoom: number; pan: { x: number; y: number } } {
  if (positions.length === 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const zoom = Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1));
  return { zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } };
}

/**
 * The page's own script (plain JavaScript, sent as it is): creates a Cytoscape instance and times each step to the frame
 * after Cytoscape's next `render` event (then requestAnimationFrame and a task after it, as the other scenarios do).
 */
const PAGE_SCRIPT = `
  const viewportFor = ${viewportFor.toString()};
  let cy = null;
  const cache = new Map();
  const get = async (name, as) => {
    if (!cache.has(name)) cache.set(name, await fetch('/data/' + name).then((r) => (as === 'text' ? r.text() : r.json())));
    return cache.get(name);
  };
  const frameAfterRender = (timeoutMs) =>
    new Promise((resolve) => {
      let done = false;
      const finish = (value) => { if (!done) { done = true; resolve(value); } };
      cy.one('render', () =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => finish(performance.now());
          channel.port2.postMessage(null);
        }),
      );
      setTimeout(() => finish(NaN), timeoutMs);
    });
  const container = () => document.getElementById('cy');
  const longestSince = (from) =>
    Math.max(0, ...window.__bench.longTasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
  window.floor = {
    longestSince,
    /** Bundled-size graph: the elements with their positions and a stylesheet, created at once, to the first frame. */
    async create(styleName) {
      const elements = structuredClone(await get('bundled.json'));
      const style = await get(styleName + '.json');
      const box = container().getBoundingClientRect();
      const start = performance.now();
      cy = cytoscape({ container: container(), style, elements, layout: { name: 'preset', fit: false }, minZoom: 0.02, maxZoom: 2.5, boxSelectionEnabled: false });
      cy.viewport(viewportFor(cy.nodes().map((n) => n.position()), box.width, box.height));
      const end = await frameAfterRender(120000);
      return { start, ms: end - start, nodes: cy.nodes().length, edges: cy.edges().length };
    },
    /** A focus: every element outside the node's closed neighbourhood gets .faded, the rest their focus classes. */
    async fade(key) {
      const node = cy.getElementById(key);
      const hood = node.closedNeighborhood();
      const start = performance.now();
      let faded = 0;
      cy.batch(() => {
        const rest = cy.elements().difference(hood);
        faded = rest.length;
        rest.addClass('faded');
        node.addClass('focus');
        hood.nodes().difference(node).addClass('neighbor');
        hood.edges().addClass('highlighted');
      });
      const end = await frameAfterRender(60000);
      return { start, ms: end - start, faded };
    },
    /** One class on one node. */
    async mark(key) {
      const start = performance.now();
      cy.getElementById(key).addClass('bloc-a');
      const end = await frameAfterRender(60000);
      return { start, ms: end - start };
    },
    /** Import-size graph: the GEXF text (already fetched) to element objects with DOMParser. */
    async parse(file) {
      const text = await get(file, 'text');
      const start = performance.now();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const elements = [];
      for (const n of doc.getElementsByTagName('node')) {
        const p = n.getElementsByTagNameNS('*', 'position')[0];
        elements.push({ group: 'nodes', data: { id: n.getAttribute('id'), label: n.getAttribute('label') }, position: { x: Number(p.getAttribute('x')), y: Number(p.getAttribute('y')) } });
      }
      for (const e of doc.getElementsByTagName('edge')) {
        elements.push({ group: 'edges', data: { id: e.getAttribute('id'), source: e.getAttribute('source'), target: e.getAttribute('target') } });
      }
      const ms = performance.now() - start;
      cache.delete(file);
      window.__elements = elements;
      return { start, ms, count: elements.length };
    },
    /** Then: an empty instance with the large-graph style, cy.add of every element with its position, the view, a frame. */
    async draw(options) {
      const elements = window.__elements;
      window.__elements = null;
      const style = await get('large-minimal.json');
      const box = container().getBoundingClientRect();
      const start = performance.now();
      cy = cytoscape({ container: container(), style, minZoom: 0.02, maxZoom: 2.5, boxSelectionEnabled: false, ...options });
      // The WebGL renderer emits no render event: announce its frames as the canvas renderer does.
      if (options.webgl) {
        const renderer = cy.renderer();
        const render = renderer.render;
        renderer.render = function (o) {
          const out = render.call(this, o);
          cy.emit('render');
          return out;
        };
      }
      cy.add(elements);
      cy.viewport(viewportFor(cy.nodes().map((n) => n.position()), box.width, box.height));
      const end = await frameAfterRender(180000);
      return { start, ms: end - start, nodes: cy.nodes().length, edges: cy.edges().length };
    },
  };
`;

const html = (size: Size) => `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>
<style>html, body { margin: 0; height: 100%; } #cy { position: absolute; left: 0; top: 0; width: ${size.width}px; height: ${size.height}px; }</style>
<script src="/cytoscape.min.js"></script><script src="/floor.js"></script></head><body><div id="cy"></div></body></html>`;

type Size = { width: number; height: number };

/** The size of the app's graph canvas in the bench's 1440 × 900 window, so that the floor draws as many pixels. */
async function appCanvasSize(browser: Browser, baseUrl: string): Promise<Size | null> {
  const page = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/`);
    const box = await page.locator('[data-testid=graph][data-ready=true]').boundingBox({ timeout: 120_000 });
    return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
  } catch {
    return null;
  } finally {
    await page.context().close();
  }
}

/** Serves the page, Cytoscape's own minified build from node_modules, and the data files, on a loopback port. */
async function pageServer(files: Map<string, () => Buffer | string>, size: Size): Promise<{ server: Server; url: string }> {
  const cytoscapeFile = path.join(path.dirname(createRequire(import.meta.url).resolve('cytoscape')), 'cytoscape.min.js');
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const send = (type: string, body: Buffer | string) => {
      response.setHeader('Content-Type', type);
      response.end(body);
    };
    if (pathname === '/') return send('text/html; charset=utf-8', html(size));
    if (pathname === '/cytoscape.min.js') return send('text/javascript', readFileSync(cytoscapeFile));
    if (pathname === '/floor.js') return send('text/javascript', PAGE_SCRIPT);
    const file = pathname.startsWith('/data/') ? files.get(decodeURIComponent(pathname.slice(6))) : undefined;
    if (file) return send(pathname.endsWith('.json') ? 'application/json' : 'application/xml', file());
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** The bundled dataset's default view (today, default filters) as Cytoscape elements at the build-time force positions. */
async function bundledElements(): Promise<ElementDefinition[]> {
  const graph = await getBundledGraph();
  const positions = precomputeForcePositions(graph, graph.getAttribute('datasetAsOf'));
  const shown = applyFilters(asOf(graph, todayIso()), DEFAULT_FILTERS);
  return toElements(shown).map((element) => {
    if (element.group !== 'nodes') return element;
    const at = positions[graphId(String(element.data.id))];
    return at ? { ...element, position: { ...at } } : element;
  });
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction('typeof window.floor === "object" && typeof window.cytoscape === "function"');
  return page;
}

type Step = { start: number; ms: number };

/** Runs a step in the page, waits `settleMs`, and returns its time and the longest main-thread task since it began. */
async function step<T extends Step>(page: Page, call: string, settleMs = 500): Promise<T & { longestTaskMs: number }> {
  const result = (await page.evaluate(call)) as T;
  await page.waitForTimeout(settleMs);
  const longestTaskMs = (await page.evaluate(`window.floor.longestSince(${result.start})`)) as number;
  return { ...result, longestTaskMs };
}

/** Prints rows as they are measured (stderr), so that a run stopped early still shows what it measured. */
function progress(rows: BenchRow[]): void {
  const f = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(n < 10 ? 1 : 0));
  for (const r of rows)
    console.error(
      `bench: ${r.group} | ${r.name}: ${f(r.median)} ${r.unit} (${f(r.min)}–${f(r.max)})${r.longestTaskMs !== undefined ? `, longest task ${f(r.longestTaskMs)} ms` : ''}${r.gephiLiteMedian !== undefined ? `, Gephi Lite ${f(r.gephiLiteMedian)} ms` : ''}`,
    );
}

const medianOf = (values: number[]) => stats(values).median;
const maxOf = (values: number[]) => Math.max(0, ...values.filter((v) => !Number.isNaN(v)));

async function bundledRows(browser: Browser, url: string, runs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sheets = [
    { name: 'ours', label: "our stylesheet (stylesheetFor('light', false))" },
    { name: 'minimal', label: 'minimal stylesheet (circles, straight edges, labels)' },
  ];
  for (const sheet of sheets) {
    const create: (Step & { longestTaskMs: number; nodes: number; edges: number })[] = [];
    const fade: (Step & { longestTaskMs: number; faded: number })[] = [];
    const mark: (Step & { longestTaskMs: number })[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await openPage(browser, url);
      try {
        create.push(await step(page, `window.floor.create(${JSON.stringify(sheet.name)})`, 800));
        const key = i % 2 ? 'DEU' : 'FRA';
        fade.push(await step(page, `window.floor.fade(${JSON.stringify(key)})`));
        mark.push(await step(page, `window.floor.mark(${JSON.stringify(i % 2 ? 'FRA' : 'DEU')})`));
      } finally {
        await page.context().close();
      }
    }
    const size = `${create[0]?.nodes ?? '?'} nodes / ${create[0]?.edges ?? '?'} edges`;
    const group = `${GROUP}: bundled view, ${sheet.label}`;
    rows.push(
      row(
        group,
        'create with elements → first frame drawn',
        'ms',
        create.map((r) => r.ms),
        {
          longestTaskMs: maxOf(create.map((r) => r.longestTaskMs)),
          note: `${size}, build-time positions, view set from positions, canvas renderer; app budget nav → drawn ≤ 1000 ms`,
        },
      ),
    );
    rows.push(
      row(
        group,
        'fade all but one neighbourhood → next frame',
        'ms',
        fade.map((r) => r.ms),
        {
          longestTaskMs: maxOf(fade.map((r) => r.longestTaskMs)),
          budget: 50,
          note: `FRA/DEU: addClass faded on ${medianOf(fade.map((r) => r.faded))} elements + focus/neighbor/highlighted in one batch, no move`,
        },
      ),
    );
    rows.push(
      row(
        group,
        'one class on one node → next frame',
        'ms',
        mark.map((r) => r.ms),
        { longestTaskMs: maxOf(mark.map((r) => r.longestTaskMs)), note: 'addClass bloc-a on DEU/FRA while the focus is shown' },
      ),
    );
    progress(rows.slice(-3));
  }
  return rows;
}

type ImportRun = { parseMs: number; drawMs: number; parseTask: number; drawTask: number; heapMb: number; fps: number };

async function importOnce(browser: Browser, url: string, file: string, options: Record<string, unknown>, pan: boolean): Promise<ImportRun> {
  const page = await openPage(browser, url);
  try {
    await page.evaluate(`fetch('/data/${file}').then((r) => r.text()).then(() => true)`); // warm the file in the HTTP cache
    const parsed = await step<Step & { count: number }>(page, `window.floor.parse(${JSON.stringify(file)})`, 300);
    const drawn = await step<Step & { nodes: number }>(page, `window.floor.draw(${JSON.stringify(options)})`, 500);
    const heap = await heapMb(page);
    const fps = pan ? await panFps(page, '#cy canvas') : NaN;
    return { parseMs: parsed.ms, drawMs: drawn.ms, parseTask: parsed.longestTaskMs, drawTask: drawn.longestTaskMs, heapMb: heap, fps };
  } finally {
    await page.context().close();
  }
}

/** The renderers by the names BENCH_FLOOR_RENDERERS takes (a Map: the names come from the environment). */
const RENDERERS = new Map<string, { label: string; options: Record<string, unknown>; pan: boolean }>([
  ['canvas', { label: 'canvas renderer (textureOnViewport, no motion blur, pixelRatio 1)', options: CANVAS_LARGE_OPTIONS, pan: true }],
  // Panning with WebGL on software GL takes minutes per drag (each frame seconds): not measured.
  ['webgl', { label: 'WebGL renderer (webgl: true; software GL here)', options: { webgl: true }, pan: false }],
]);

async function importRows(
  ctx: Parameters<BenchScenario['run']>[0],
  url: string,
  files: Map<string, () => Buffer | string>,
  c: Case,
  renderers: string[],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const file = path.basename(c.file);
  files.set(file, () => readFileSync(c.file));
  let gephi: { median: number; task: number } | undefined;
  let gephiNote = '';
  if (ctx.gephiLiteUrl && c.budgetMs !== undefined) {
    const served = await fileServer(path.dirname(c.file));
    const times: number[] = [];
    const tasks: number[] = [];
    try {
      for (let i = 0; i < ctx.runs; i++) {
        try {
          const r = await gephiLiteOnce(ctx.browser, ctx.gephiLiteUrl, `${served.url}/${file}`, c);
          times.push(r.ms);
          tasks.push(r.longestTaskMs);
        } catch {
          break;
        }
      }
    } finally {
      served.server.close();
    }
    console.error(`bench: floor: Gephi Lite ${c.name}: ${times.map((t) => Math.round(t)).join(', ')} ms`);
    if (times.length > 0) {
      gephi = { median: medianOf(times), task: medianOf(tasks) };
      rows.push(
        row(`${GROUP}: ${c.name} with positions, Gephi Lite for comparison`, 'Gephi Lite: navigation to ?file= → drawn', 'ms', times, {
          longestTaskMs: maxOf(tasks),
          note: "imports.ts's measure: its page load, fetch, graphology-gexf parse and sigma.js draw",
        }),
      );
    } else gephiNote = '; Gephi Lite gave no figure';
  }
  for (const name of renderers) {
    const renderer = RENDERERS.get(name)!;
    const runs: ImportRun[] = [];
    let failed = '';
    // The WebGL renderer on software GL has taken the whole browser down here: it gets a browser of its own (same flags).
    const browser = name === 'webgl' ? await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS }) : ctx.browser;
    for (let i = 0; i < ctx.runs; i++) {
      try {
        const r = await importOnce(browser, url, file, renderer.options, renderer.pan && process.env.BENCH_FLOOR_PAN !== '0' && (i === 0 || c.nodes < 20000));
        console.error(
          `bench: floor: ${c.name} ${name} run ${i + 1}: parse ${Math.round(r.parseMs)} ms, draw ${Math.round(r.drawMs)} ms, longest task ${Math.round(Math.max(r.parseTask, r.drawTask))} ms, heap ${r.heapMb.toFixed(1)} MB, pan ${r.fps.toFixed(1)} fps`,
        );
        if (Number.isNaN(r.drawMs)) {
          failed = 'no render event within the time limit';
          break;
        }
        runs.push(r);
      } catch (error) {
        failed = (error as Error).message.split('\n')[0] ?? 'failed';
        break;
      }
    }
    if (browser !== ctx.browser) await browser.close().catch(() => undefined);
    const group = `${GROUP}: ${c.name} with positions, ${renderer.label}`;
    const before = rows.length;
    if (runs.length === 0) {
      rows.push({ group, name: 'cy.add → first frame drawn', unit: 'ms', median: NaN, min: NaN, max: NaN, note: `no figure: ${failed}` });
      progress(rows.slice(before));
      continue;
    }
    const total = runs.map((r) => r.parseMs + r.drawMs);
    rows.push(
      row(
        group,
        'Cytoscape: create + cy.add + first frame drawn',
        'ms',
        runs.map((r) => r.drawMs),
        {
          longestTaskMs: maxOf(runs.map((r) => r.drawTask)),
          ...(c.budgetMs !== undefined ? { budget: c.budgetMs } : {}),
          note: `${c.nodes} nodes + ${c.edges} edges with preset positions, large-graph minimal style, no labels; longest task budget 200 ms${failed ? `; ${runs.length} runs (${failed})` : ''}`,
        },
      ),
    );
    if (name === renderers[0]) {
      rows.push(
        row(group, 'GEXF text → elements (DOMParser, main thread) + the above', 'ms', total, {
          longestTaskMs: maxOf(runs.map((r) => Math.max(r.parseTask, r.drawTask))),
          ...(c.budgetMs !== undefined ? { budget: c.gephiRatio && gephi ? Math.min(c.budgetMs, gephi.median * c.gephiRatio) : c.budgetMs } : {}),
          ...(gephi ? { gephiLiteMedian: gephi.median, ratio: medianOf(total) / gephi.median } : {}),
          note:
            [
              `parse alone ${Math.round(medianOf(runs.map((r) => r.parseMs)))} ms`,
              ...(gephi ? [`Gephi Lite (navigation to ?file= → drawn, its page load included) longest task ${Math.round(gephi.task)} ms`] : []),
              ...(c.gephiRatio ? [`budget min(${c.budgetMs} ms, ${c.gephiRatio} × Gephi Lite)`] : []),
            ].join('; ') + gephiNote,
        }),
      );
    }
    rows.push(
      row(
        group,
        'JS heap after GC',
        'MB',
        runs.map((r) => r.heapMb),
        { ...(c.heapBudgetMb ? { budget: c.heapBudgetMb } : {}), note: 'page with Cytoscape and the drawn graph only' },
      ),
    );
    if (renderer.pan)
      rows.push(
        row(
          group,
          'pan (drag the canvas ≈ 2 s)',
          'fps',
          runs.map((r) => r.fps).filter((fps) => !Number.isNaN(fps)),
          {
            note: `frames (requestAnimationFrame) per second while dragging${c.nodes >= 20000 ? ', first run only (a drag takes minutes at this size)' : ''}${c.fpsBudget ? `; budget ≥ ${c.fpsBudget} fps` : ''}`,
          },
        ),
      );
    progress(rows.slice(before));
  }
  return rows;
}

export const scenario: BenchScenario = {
  async run(ctx) {
    // BENCH_FLOOR_SIZES: "bundled" and/or node counts of the imports' synthetic files; BENCH_FLOOR_RENDERERS: canvas,webgl;
    // BENCH_FLOOR_PAN=0: no drag (at 50,000 nodes the page died during it).
    const sizes = (process.env.BENCH_FLOOR_SIZES ?? 'bundled,5000,20000,50000').split(',').map((s) => s.trim());
    const renderers = (process.env.BENCH_FLOOR_RENDERERS ?? 'canvas,webgl').split(',').filter((r) => RENDERERS.has(r));
    const files = new Map<string, () => Buffer | string>([
      ['ours.json', () => JSON.stringify(stylesheetFor('light', false))],
      ['minimal.json', () => JSON.stringify(MINIMAL_STYLESHEET)],
      ['large-minimal.json', () => JSON.stringify(LARGE_MINIMAL_STYLESHEET)],
    ]);
    const rows: BenchRow[] = [];
    const appSize = await appCanvasSize(ctx.browser, ctx.baseUrl);
    const size = appSize ?? { width: 1440, height: 900 };
    console.error(`bench: floor: container ${size.width} × ${size.height} px${appSize ? " (the app's graph canvas)" : ''}`);
    const { server, url } = await pageServer(files, size);
    try {
      if (sizes.includes('bundled')) {
        const started = performance.now();
        const elements = JSON.stringify(await bundledElements());
        console.error(`bench: floor: the bundled view's elements and positions computed in Node in ${((performance.now() - started) / 1000).toFixed(0)} s`);
        files.set('bundled.json', () => elements);
        rows.push(...(await bundledRows(ctx.browser, url, ctx.runs)));
      }
      const chosen = cases(path.join(ctx.tmpDir, 'bench-imports')).cases.filter((c) => c.positions && sizes.includes(String(c.nodes)));
      for (const c of chosen) rows.push(...(await importRows(ctx, url, files, c, renderers)));
    } finally {
      server.close();
    }
    const where = `container ${size.width} × ${size.height} px (${appSize ? "the app's graph canvas" : 'the whole window: the app did not answer'}) in a 1440 × 900 window`;
    if (rows[0]) rows[0].note = [rows[0].note, where].filter(Boolean).join('; ');
    return rows;
  },
};
