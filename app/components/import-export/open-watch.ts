// Remembers how long the saved graph took to open in this browser (or that it never finished), so that a graph that
// froze the page is not reopened on the next visit without asking.
const KEY = 'entente:opening';

/** A saved graph that took longer than this to draw is opened again only if the user says so. */
export const SLOW_OPEN_MS = 8000;

type Record = { savedAt: string; ms?: number };

function read(): Record | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;
    return value && typeof value === 'object' && typeof (value as Record).savedAt === 'string' ? (value as Record) : null;
  } catch {
    return null;
  }
}

function write(record: Record): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // storage disabled: nothing is remembered, and nothing is asked
  }
}

/** Why the saved graph should not open by itself: it never finished drawing last time, or it took long; else null. */
export function reasonToAsk(savedAt: string): string | null {
  const last = read();
  if (!last || last.savedAt !== savedAt) return null;
  if (last.ms === undefined) return 'it did not finish opening last time (the page was closed or reloaded while it was being drawn)';
  if (last.ms > SLOW_OPEN_MS) return `it took ${Math.round(last.ms / 1000)} s to open last time`;
  return null;
}

/** Marks the saved graph as opening, and records the time once the canvas says it is drawn. Returns a stop function. */
export function watchOpening(savedAt: string): () => void {
  const started = performance.now();
  write({ savedAt });
  const timer = setInterval(() => {
    if (!document.querySelector('[data-testid="graph"][data-ready="true"]')) return;
    clearInterval(timer);
    write({ savedAt, ms: performance.now() - started });
  }, 250);
  return () => clearInterval(timer);
}
