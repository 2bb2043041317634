// Moves overlapping node boxes apart, as little as it can: each overlapping pair is pushed apart along the axis where
// it overlaps least, both halves of the way (or all of it by the movable one). Used by image exports so that no
// organization box covers another node. Pure: positions in, positions out.

export type SeparableBox = {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether this box must not cover or be covered by others (an organization's box); pairs of plain nodes may overlap. */
  solid: boolean;
  /** A fixed box (the focus) does not move; the other of a pair moves the whole way. */
  fixed?: boolean;
};

/** New centres of the boxes that moved; every pair with a solid box ends `gap` apart when `rounds` suffice. */
export function separateBoxes(boxes: readonly SeparableBox[], gap = 4, rounds = 80): Map<string, { x: number; y: number }> {
  const at = boxes.map((b) => ({ ...b }));
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    for (let i = 0; i < at.length; i += 1) {
      for (let j = i + 1; j < at.length; j += 1) {
        const a = at[i]!;
        const b = at[j]!;
        if (!a.solid && !b.solid) continue;
        const dx = (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x);
        const dy = (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y);
        if (dx <= 0 || dy <= 0) continue;
        if (a.fixed && b.fixed) continue;
        const share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
        // Same centre: push along x, the earlier key to the left, so that the result does not depend on chance.
        const alongX = dx < dy || (dx === dy && a.x !== b.x);
        const axis = alongX ? 'x' : 'y';
        const push = alongX ? dx : dy;
        const sign = a[axis] === b[axis] ? (a.key < b.key ? -1 : 1) : Math.sign(a[axis] - b[axis]);
        a[axis] += sign * push * share[0]!;
        b[axis] -= sign * push * share[1]!;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const out = new Map<string, { x: number; y: number }>();
  at.forEach((b, i) => {
    const was = boxes[i]!;
    if (b.x !== was.x || b.y !== was.y) out.set(b.key, { x: b.x, y: b.y });
  });
  return out;
}
