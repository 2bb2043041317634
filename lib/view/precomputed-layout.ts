// Force-directed positions computed once for a whole timeless graph (at build time for the bundled dataset), so that
// the explorer draws without running fcose and every date reuses the same positions (a stable mental map).
import cytoscape, { type LayoutOptions, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { firstDay } from '@/lib/data/dates';
import { asOf } from '@/lib/graph/as-of';
import { applyFilters, DEFAULT_FILTERS } from '@/lib/graph/filter';
import { withSeededRandom } from '@/lib/graph/seeded-random';
import type { EntenteGraph } from '@/lib/graph/types';
import { toElements } from './elements';
import { FORCE_LAYOUT, LAYOUT_SEED, placeStartingPositions } from './layout';
import { STYLESHEET } from './stylesheet';
import { keyOf } from './render-id';
import { separateBoxes } from './separate-boxes';

let registered = false;

function headless(graph: EntenteGraph) {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements: toElements(graph) });
}

const rounded = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * Positions for every node of a timeless graph: the default view on `day` is laid out with fcose (what most users
 * see first); every other node (states and blocs of other years) starts among its neighbours, nudged off any node there.
 */
export function precomputeForcePositions(timeless: EntenteGraph, day: string): Record<string, Position> {
  const positions: Record<string, Position> = Object.create(null) as Record<string, Position>;
  const main = headless(applyFilters(asOf(timeless, firstDay(day)), DEFAULT_FILTERS));
  placeStartingPositions(main, null);
  withSeededRandom(LAYOUT_SEED, () => main.layout({ ...FORCE_LAYOUT, randomize: false, animate: false, fit: false } as unknown as LayoutOptions).run());
  // fcose leaves some nodes on top of each other (a click could not reach the one beneath): move them apart.
  const boxes = main.nodes().map((n) => ({ key: keyOf(n), ...n.position(), width: n.width(), height: n.height(), solid: true }));
  const moved = separateBoxes(boxes, 4);
  for (const box of boxes) positions[box.key] = rounded(moved.get(box.key) ?? box);
  main.destroy();

  const all = headless(applyFilters(timeless, DEFAULT_FILTERS));
  const placed = new Set(Object.keys(positions));
  all.batch(() => all.nodes().forEach((n) => void (placed.has(keyOf(n)) && n.position({ ...positions[keyOf(n)]! }))));
  placeStartingPositions(all, placed);
  const taken = Object.values(positions);
  all.nodes().forEach((n) => {
    if (placed.has(keyOf(n))) return;
    const near = rounded(n.position());
    let p = near;
    // A spiral out from the neighbours' centre to the first free spot.
    for (let i = 1; taken.some((q) => Math.abs(q.x - p.x) < 24 && Math.abs(q.y - p.y) < 24); i++) {
      p = rounded({ x: near.x + (16 + 3 * i) * Math.cos(i * 2.4), y: near.y + (16 + 3 * i) * Math.sin(i * 2.4) });
    }
    taken.push(p);
    positions[keyOf(n)] = p;
  });
  all.destroy();
  return positions;
}
