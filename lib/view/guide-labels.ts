// Where the grouped and concentric layouts' guide labels (bloc names, the measure's value bands) go: on a plate drawn
// above the graph, at the first spot along each guide's circle that covers no node and no other guide label (the top
// first), with the guide's short label when the full one finds no room; pure geometry in model coordinates.
import type { Guide } from './guided-layouts';
import { intersects, type Box } from './label-placement';

/** A label's width at a font size in model units. */
export type MeasureLabel = (text: string, size: number) => number;

/** A guide label as drawn: its text, its baseline centre (x, y) and its plate (text box plus padding). */
export type PlacedGuideLabel = { guide: number; text: string; x: number; y: number; size: number; plate: Box };

export type GuideLabelOptions = {
  /** The font size in model units (on screen it grows as the view zooms out, so that labels stay readable). */
  size: number;
  measure: MeasureLabel;
  /** What the labels should not cover: node bodies and node labels. */
  obstacles: readonly Box[];
  /** Labels must lie inside it (the exported view), or null. */
  frame?: Box | null;
  /** When no spot is free: true leaves the label out (screen, where zooming in shows it); false takes the spot covering the fewest obstacles (an image must label every guide). */
  hideWhenCrowded: boolean;
};

/** Plate padding around the text, in font sizes; the plate is this much taller and wider than the text. */
const PAD_X = 0.35;
const PAD_Y = 0.2;
/** The text box's height above and below the baseline, in font sizes (ascent and descent of a sans-serif face). */
const ASCENT = 0.92;
const DESCENT = 0.24;
/** Angles tried along the circle, in degrees from the top (0 = top, 180 = bottom), in order of preference. */
const ANGLES = [0, -20, 20, -40, 40, -60, 60, 180, 160, -160, 140, -140, -90, 90, -120, 120];

/** The guides' short labels: a bloc's name without its counts, a band's values without the measure's name. */
export function shortGuideLabel(guide: Guide): string {
  if (guide.short) return guide.short;
  const cut = guide.label.indexOf(' · ');
  return cut > 0 ? guide.label.slice(0, cut) : guide.label;
}

function plateAt(cx: number, cy: number, width: number, size: number): { plate: Box; baseline: number } {
  const w = width + 2 * PAD_X * size;
  const h = (ASCENT + DESCENT + 2 * PAD_Y) * size;
  const plate = { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 };
  // The text's box centred in the plate: baseline = centre + (ascent - descent) / 2.
  return { plate, baseline: cy + ((ASCENT - DESCENT) / 2) * size };
}

/**
 * Candidate centres for a label box of height h on a guide: straddling the circle's line at its top, just outside and
 * inside its top; then, on rings around one centre (`along`), at other angles along the line, else below the circle.
 */
function candidates(g: Guide, h: number, along: boolean): { x: number; y: number }[] {
  const top = [
    { x: g.cx, y: g.cy - g.r },
    { x: g.cx, y: g.cy - g.r - h / 2 },
    { x: g.cx, y: g.cy - g.r + h / 2 },
  ];
  if (!along) return [...top, { x: g.cx, y: g.cy + g.r }, { x: g.cx, y: g.cy + g.r + h / 2 }];
  const onLine = ANGLES.map((deg) => {
    const a = ((deg - 90) * Math.PI) / 180;
    return { x: g.cx + g.r * Math.cos(a), y: g.cy + g.r * Math.sin(a) };
  });
  return [...top, ...onLine.slice(1), { x: g.cx, y: g.cy + g.r + h / 2 }];
}

const inside = (a: Box, frame: Box) => a.x1 >= frame.x1 && a.x2 <= frame.x2 && a.y1 >= frame.y1 && a.y2 <= frame.y2;

/**
 * Places the guides' labels, innermost concentric ring or largest bloc first. No placed label intersects another; with
 * `hideWhenCrowded` none covers an obstacle either (the others are left out, and short labels come first so that as
 * many guides as possible are named); with a frame all lie inside it.
 */
export function placeGuideLabels(guides: readonly Guide[], options: GuideLabelOptions): PlacedGuideLabel[] {
  const { size, measure, obstacles, frame = null, hideWhenCrowded } = options;
  // Bins of obstacles keep the search fast with thousands of nodes.
  const cell = Math.max(64, size * 6);
  const bins = new Map<string, Box[]>();
  const cellsOf = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x += 1)
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y += 1) out.push(`${x},${y}`);
    return out;
  };
  for (const o of obstacles) for (const c of cellsOf(o)) bins.set(c, [...(bins.get(c) ?? []), o]);
  const covered = (b: Box) => {
    const seen = new Set<Box>();
    for (const c of cellsOf(b)) for (const o of bins.get(c) ?? []) if (!seen.has(o) && intersects(o, b)) seen.add(o);
    return seen.size;
  };

  const order = guides.map((g, i) => ({ g, i })).sort((a, b) => (a.g.cx === b.g.cx && a.g.cy === b.g.cy ? a.g.r - b.g.r : b.g.r - a.g.r) || a.i - b.i);
  // Rings around one centre (concentric layout): a label may slide along its ring; a bloc's stays at its top or bottom.
  const along = guides.length > 1 && guides.every((g) => g.cx === guides[0]!.cx && g.cy === guides[0]!.cy);
  const height = (ASCENT + DESCENT + 2 * PAD_Y) * size;
  /** The best spot for one of `texts` (in order of preference) clear of `others`: a free one, else the one covering the fewest obstacles. */
  const bestSpot = (g: Guide, i: number, texts: readonly string[], others: readonly PlacedGuideLabel[]) => {
    let best: { label: PlacedGuideLabel; cost: number } | null = null;
    for (const text of texts) {
      const width = measure(text, size);
      for (const c of candidates(g, height, along)) {
        const { plate, baseline } = plateAt(c.x, c.y, width, size);
        if (frame && !inside(plate, frame)) continue;
        if (others.some((p) => intersects(p.plate, plate))) continue;
        const cost = covered(plate);
        const label = { guide: i, text, x: c.x, y: baseline, size, plate };
        if (cost === 0) return { label, cost };
        // Outside a free spot, the full label (the first text) is kept if it covers the fewest obstacles.
        if (!best || cost < best.cost) best = { label, cost };
      }
    }
    return best;
  };
  const placed: PlacedGuideLabel[] = [];
  if (!hideWhenCrowded) {
    // An image labels every guide: the full label where it fits, else the short one, else the spot covering the fewest nodes.
    for (const { g, i } of order) {
      const best = bestSpot(g, i, [...new Set([g.label, shortGuideLabel(g)])], placed);
      if (best) placed.push(best.label);
    }
    return placed.sort((a, b) => a.guide - b.guide);
  }
  // On screen: first as many guides as possible named by their short label on a free spot, then each one given its
  // full label wherever that also finds a free spot (so that one long label does not crowd out three names).
  for (const { g, i } of order) {
    const best = bestSpot(g, i, [shortGuideLabel(g)], placed);
    if (best && best.cost === 0) placed.push(best.label);
  }
  for (const [n, label] of placed.entries()) {
    const g = guides[label.guide]!;
    if (label.text === g.label) continue;
    const full = bestSpot(
      g,
      label.guide,
      [g.label],
      placed.filter((_, m) => m !== n),
    );
    if (full && full.cost === 0) placed[n] = full.label;
  }
  return placed.sort((a, b) => a.guide - b.guide);
}
