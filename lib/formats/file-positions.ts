// Makes the positions a file brings drawable: every node on screen at once, whatever the file's coordinates were.
//
// - A coordinate that is not a finite number (NaN, Infinity, a numeral beyond ±1.8e308) is dropped, with a warning;
//   the node is then placed next to its placed neighbours (their centre, nudged), or in a row under the others.
// - Finite coordinates spread wider than MAX_SPREAD (±1e308 puts two nodes 2e308 apart, far beyond what any zoom
//   shows together) are rescaled into a box of about 100·√n units, keeping their arrangement, with a warning.
// - When every node sits on one point, the positions are dropped (the explorer lays the graph out), with a warning.
import type { EntenteGraph } from '@/lib/graph/types';
import type { Problems } from './import-result';

/** Beyond this spread (in either axis) the file's positions are rescaled: wider than the explorer can show at once. */
export const MAX_SPREAD = 50_000;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/** True for a coordinate a file gives that is not a finite number: NaN, ±Infinity, or a numeral too large for one. */
export function isNonFiniteCoordinate(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return NON_FINITE.test(text) || (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !Number.isFinite(Number(text)));
}

type Loose = { x?: unknown; y?: unknown } & object;
const hasPosition = (a: Loose): a is { x: number; y: number } => typeof a.x === 'number' && typeof a.y === 'number';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Rescales, places or drops the file's positions as the module comment says; `dropped` are the nodes that lost one. */
export function normalizeFilePositions(graph: EntenteGraph, dropped: ReadonlySet<string>, problems: Problems): void {
  const placed: string[] = [];
  graph.forEachNode((key, attributes) => void (hasPosition(attributes as Loose) && placed.push(key)));
  const examples = [...dropped]
    .slice(0, 3)
    .map((key) => JSON.stringify(key))
    .join(', ');
  const droppedWarning = (what: string) =>
    dropped.size > 0 &&
    problems.warn(
      `${plural(dropped.size, 'node')} had a position that is not a finite number (NaN, Infinity or beyond ±1.8e308; e.g. ${examples}): that position was dropped and ${what}`,
    );
  if (placed.length === 0) return void droppedWarning('the explorer lays the graph out');
  // Scaled by the largest magnitude first, so that a spread of 2e308 does not overflow to Infinity.
  let magnitude = 0;
  for (const key of placed) {
    const { x, y } = graph.getNodeAttributes(key) as unknown as { x: number; y: number };
    magnitude = Math.max(magnitude, Math.abs(x), Math.abs(y));
  }
  const unit = magnitude > 0 ? magnitude : 1;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const key of placed) {
    const { x, y } = graph.getNodeAttributes(key) as unknown as { x: number; y: number };
    [minX, maxX, minY, maxY] = [Math.min(minX, x / unit), Math.max(maxX, x / unit), Math.min(minY, y / unit), Math.max(maxY, y / unit)];
  }
  const spread = Math.max(maxX - minX, maxY - minY); // in units of `unit`
  if (placed.length > 1 && spread === 0) {
    for (const key of placed) {
      graph.removeNodeAttribute(key, 'x' as never);
      graph.removeNodeAttribute(key, 'y' as never);
    }
    problems.warn(
      `all ${placed.length} nodes of the file share one position (${magnitude === 0 ? '0, 0' : 'the same x and y'}): the explorer lays the graph out instead`,
    );
    return void droppedWarning('the explorer lays the graph out');
  }
  if (spread * unit > MAX_SPREAD) {
    const box = Math.round(Math.min(MAX_SPREAD / 5, Math.max(400, 100 * Math.sqrt(graph.order))));
    for (const key of placed) {
      const { x, y } = graph.getNodeAttributes(key) as unknown as { x: number; y: number };
      graph.mergeNodeAttributes(key, { x: ((x / unit - minX) / spread) * box, y: ((y / unit - minY) / spread) * box } as never);
    }
    const wide = (spread * unit).toPrecision(2).replace('+', '');
    problems.warn(
      `the file's node positions spread over ${Number.isFinite(spread * unit) ? wide : 'more than 1.8e308'} units, too far apart to show at once: rescaled into a ${box.toLocaleString('en')}-unit square, keeping their arrangement`,
    );
  }
  if (dropped.size === 0) return;
  placeDropped(graph, dropped);
  droppedWarning('the node placed next to its neighbours');
}

/** Puts each node that lost its position at its placed neighbours' centre (nudged), else in a row under the graph. */
function placeDropped(graph: EntenteGraph, dropped: ReadonlySet<string>): void {
  let [minX, maxY] = [Infinity, -Infinity];
  graph.forEachNode((key, attributes) => {
    const a = attributes as Loose;
    if (dropped.has(key) || !hasPosition(a)) return;
    [minX, maxY] = [Math.min(minX, a.x), Math.max(maxY, a.y)];
  });
  if (!Number.isFinite(minX)) [minX, maxY] = [0, 0];
  let row = 0;
  let i = 0;
  for (const key of dropped) {
    let [sx, sy, n] = [0, 0, 0];
    graph.forEachNeighbor(key, (neighbor, attributes) => {
      const a = attributes as Loose;
      if (dropped.has(neighbor) || !hasPosition(a)) return;
      [sx, sy, n] = [sx + a.x, sy + a.y, n + 1];
    });
    const angle = ++i * 2.4;
    const position = n > 0 ? { x: sx / n + 30 * Math.cos(angle), y: sy / n + 30 * Math.sin(angle) } : { x: minX + 60 * row++, y: maxY + 80 };
    graph.mergeNodeAttributes(key, position as never);
  }
}
