// In-page timing helpers shared by the browser scenarios: long tasks, "input → next drawn frame", statistics.
import type { Browser, Page } from '@playwright/test';
import type { BenchRow } from './types';
// The canvas's test hook declares window.__entente, which the scenarios use to find and click nodes.
export type { EntenteHook } from '../../app/components/canvas/test-hook';

/** Installed before any page script: records long tasks and lets a scenario wait for the frame after a change. */
export const PAGE_PROBES = `
  window.__name = (fn) => fn; // tsx names the functions it compiles; page.evaluate sends them without the helper
  window.__bench = { longTasks: [], input: 0 };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  for (const type of ['keydown', 'mouseup', 'change', 'click', 'input']) {
    addEventListener(type, (e) => { if (!window.__bench.input || e.timeStamp < window.__bench.input) window.__bench.input = e.timeStamp; }, true);
  }
`;

export type Stats = { median: number; min: number; max: number };

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

export function row(group: string, name: string, unit: BenchRow['unit'], values: number[], extra: Partial<BenchRow> = {}): BenchRow {
  return { group, name, unit, ...stats(values), ...extra };
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PAGE_PROBES);
  return context.newPage();
}

/**
 * Runs `act` (a real input through Playwright), then waits until `changed` holds in the page, then for the frame that
 * follows (requestAnimationFrame, then a task after it). Returns the time from the input event to that frame and the
 * longest main-thread task in the `settleMs` after the input.
 */
export async function timeInput(page: Page, act: () => Promise<void>, changed: string, settleMs = 800): Promise<{ ms: number; longestTaskMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { input: number; longTasks: unknown[] } };
    w.__bench.input = 0;
    w.__bench.longTasks = [];
  });
  const done = page.evaluate(
    (condition) =>
      new Promise<number>((resolve) => {
        const check = new Function(`return (${condition});`) as () => boolean;
        const frame = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          });
        // Checked on every DOM change (attributes such as data-syncs on the canvas), not by polling.
        const observer = new MutationObserver(() => {
          const w = window as unknown as { __bench: { input: number } };
          if (w.__bench.input && check()) {
            observer.disconnect();
            frame();
          }
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
      }),
    changed,
  );
  await act();
  const end = await done;
  await page.waitForTimeout(settleMs);
  return page.evaluate((endAt) => {
    const w = window as unknown as { __bench: { input: number; longTasks: { start: number; duration: number }[] } };
    const from = w.__bench.input;
    const longest = Math.max(0, ...w.__bench.longTasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
    return { ms: endAt - from, longestTaskMs: longest };
  }, end);
}
