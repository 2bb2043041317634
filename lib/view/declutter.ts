// Where an exported image puts each node label so that no two labels overlap, no label lies under another node's body
// (an organization's box above all) and none is cut at the edge of the exported area: the most important labels first
// (focus, neighbours, organizations, larger nodes), each on the first free side of its node (below, above, right,
// left), or left out when no side is free. Pure geometry in model coordinates.
import { intersects, labelBox, type Box, type LabelItem, type Placement } from './label-placement';

/** A node drawn in the image: its body, which no other node's label may cover. */
export type Obstacle = { key: string } & Box;

const inside = (a: Box, frame: Box) => a.x1 >= frame.x1 && a.x2 <= frame.x2 && a.y1 >= frame.y1 && a.y2 <= frame.y2;
const SIDES: readonly Exclude<Placement, 'hidden' | 'inside'>[] = ['bottom', 'top', 'right', 'left'];

/**
 * A placement for every label (`priority`: lower is placed first). No two placed labels intersect, no placed label
 * intersects another node's body, and with a `frame` every placed label lies inside it.
 */
export function placeExportLabels(items: readonly LabelItem[], obstacles: readonly Obstacle[], frame: Box | null): Map<string, Placement> {
  const result = new Map<string, Placement>();
  // A grid of boxes (placed labels and node bodies) keeps this fast on thousands of labels.
  const cell = 64;
  const grid = new Map<string, Obstacle[]>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x += 1)
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y += 1) out.push(`${x},${y}`);
    return out;
  };
  const add = (o: Obstacle) => {
    for (const c of cells(o)) grid.set(c, [...(grid.get(c) ?? []), o]);
  };
  for (const o of obstacles) add(o);
  const ordered = [...items].sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const item of ordered) {
    const options = item.inside ? (['inside'] as const) : SIDES;
    const free = options.find((side) => {
      const box = labelBox(item, side);
      if (frame && !inside(box, frame)) return false;
      return !cells(box).some((c) => (grid.get(c) ?? []).some((o) => o.key !== item.key && intersects(o, box)));
    });
    result.set(item.key, free ?? 'hidden');
    // A label is an obstacle for the labels after it; its own node's body stays one for the others (key of a label: "label:…").
    if (free) add({ key: `label:${item.key}`, ...labelBox(item, free) });
  }
  return result;
}
