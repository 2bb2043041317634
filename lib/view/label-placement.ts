// Where each node's label goes so that no two labels overlap: a greedy placement, most important label first, trying
// below, above, right and left of the node, hiding the label (the tooltip still names the node) when none is free.
// Optionally every label stays inside a box (the visible part of the canvas) and off other boxes (the legend).
// Pure geometry in model coordinates.

export type Box = { x1: number; y1: number; x2: number; y2: number };
export type Placement = 'bottom' | 'top' | 'right' | 'left' | 'inside' | 'hidden';

export type LabelItem = {
  key: string;
  /** Lower = placed first (the focus, then nearer and larger nodes). */
  priority: number;
  /** The node's centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's size. */
  labelWidth: number;
  labelHeight: number;
  /** Labels drawn inside their node (organizations): they cannot move, only be hidden. */
  inside: boolean;
  /**
   * Distance from the node's edge to the label's box (default LABEL_GAP). A renderer's measured label box may be padded
   * beyond the text (Cytoscape's reaches back over the text margin): then the gap is what it measures, and may be negative.
   */
  gap?: number;
};

/** Gap between a node and its label, as in the stylesheet's text margins. */
export const LABEL_GAP = 3;

export function intersects(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The label's box for a placement. */
export function labelBox(item: LabelItem, placement: Exclude<Placement, 'hidden'>): Box {
  const { x, y, width, height, labelWidth: w, labelHeight: h } = item;
  const gap = item.gap ?? LABEL_GAP;
  switch (placement) {
    case 'inside':
      return { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
    case 'bottom':
      return { x1: x - w / 2, y1: y + height / 2 + gap, x2: x + w / 2, y2: y + height / 2 + gap + h };
    case 'top':
      return { x1: x - w / 2, y1: y - height / 2 - gap - h, x2: x + w / 2, y2: y - height / 2 - gap };
    case 'right':
      return { x1: x + width / 2 + gap, y1: y - h / 2, x2: x + width / 2 + gap + w, y2: y + h / 2 };
    case 'left':
      return { x1: x - width / 2 - gap - w, y1: y - h / 2, x2: x - width / 2 - gap, y2: y + h / 2 };
  }
}

const OUTSIDE: readonly Exclude<Placement, 'hidden' | 'inside'>[] = ['bottom', 'top', 'right', 'left'];

const within = (inner: Box, outer: Box) => inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2;

export type PlacementLimits = {
  /** Every placed label lies inside this box (the visible canvas): a label that would be cut moves or is hidden. */
  bounds?: Box;
  /** Boxes no label may cover (the legend). */
  obstacles?: readonly Box[];
};

/** A placement for every item; no two placed label boxes intersect, none leaves `bounds` or covers an obstacle. */
export function placeLabels(items: readonly LabelItem[], limits: PlacementLimits = {}): Map<string, Placement> {
  const placed: Box[] = [...(limits.obstacles ?? [])];
  const { bounds } = limits;
  const result = new Map<string, Placement>();
  const ordered = [...items].sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const item of ordered) {
    const options = item.inside ? (['inside'] as const) : OUTSIDE;
    const free = options.find((placement) => {
      const box = labelBox(item, placement);
      return (!bounds || within(box, bounds)) && !placed.some((other) => intersects(other, box));
    });
    if (free === undefined) {
      result.set(item.key, 'hidden');
      continue;
    }
    placed.push(labelBox(item, free));
    result.set(item.key, free);
  }
  return result;
}
