// Chooses which node labels an exported image leaves out so that no two labels overlap and none is cut at the edge:
// the most important labels first (focus, neighbours, organizations, larger nodes), each kept only if it has room.

export type LabelBox = { key: string; x1: number; y1: number; x2: number; y2: number; priority: number };
type Box = Omit<LabelBox, 'key' | 'priority'>;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, frame: Box) => a.x1 >= frame.x1 && a.x2 <= frame.x2 && a.y1 >= frame.y1 && a.y2 <= frame.y2;

/** Keys of the labels to hide; `frame` (the exported area) cuts labels that do not fit inside it. */
export function hideOverlappingLabels(boxes: readonly LabelBox[], frame: Box | null): string[] {
  const kept: Box[] = [];
  const hidden: string[] = [];
  const order = [...boxes].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  // A small grid of kept boxes keeps this fast on thousands of labels.
  const cell = 64;
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x += 1) for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y += 1) out.push(`${x},${y}`);
    return out;
  };
  for (const box of order) {
    const near = cells(box).flatMap((c) => grid.get(c) ?? []);
    if ((frame && !inside(box, frame)) || near.some((k) => overlaps(box, k))) {
      hidden.push(box.key);
      continue;
    }
    kept.push(box);
    for (const c of cells(box)) grid.set(c, [...(grid.get(c) ?? []), box]);
  }
  return hidden;
}
