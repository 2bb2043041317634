// The grouped and concentric layouts as preset positions plus "guides" (labelled circles drawn behind the graph):
// each bloc with the members placed with it in rings around it, blocs packed apart; or rings by the measure's value, each ring labelled.
import type { Position } from 'cytoscape';
import { membersByOrganization } from '@/lib/graph/membership';
import type { EntenteGraph } from '@/lib/graph/types';

/**
 * A labelled circle in model coordinates, drawn under the nodes on screen and in exported images; its label is drawn
 * above the graph (lib/view/guide-labels places it). `short` is the label to use when the full one finds no room.
 */
export type Guide = { cx: number; cy: number; r: number; label: string; short?: string };

/** Guide labels are GUIDE_FONT model units high in images (on screen at least a readable number of pixels). */
export const GUIDE_FONT = 14;
/** A generous estimate of a guide label's width, so that circles are at least as wide as their labels. */
const guideLabelWidth = (label: string) => [...label].length * GUIDE_FONT * 0.62;
export type GuidedLayout = { positions: Map<string, Position>; guides: Guide[] };

/** Room a node needs along a ring (its 16 px disc and air), and between two rings (disc plus its label below). */
export const NODE_ARC = 44;
export const RING_GAP = 48;
const GROUP_GAP = 70 + GUIDE_FONT;
/** Arc left free at the top of each ring for its label. */
const LABEL_ARC = 260;

/** Radii of the rings that hold `n` nodes around a centre (the first ring clears an organization box). */
function ringsFor(n: number, firstRadius: number, reserveTop: boolean): { r: number; count: number }[] {
  const rings: { r: number; count: number }[] = [];
  let left = n;
  let r = firstRadius;
  while (left > 0) {
    const capacity = Math.max(1, Math.floor((2 * Math.PI * r - (reserveTop ? LABEL_ARC : 0)) / NODE_ARC));
    const count = Math.min(left, capacity);
    rings.push({ r, count });
    left -= count;
    r += RING_GAP;
  }
  return rings;
}

/** Places `keys` on rings around (cx, cy), starting at the top and leaving the top free when `reserveTop`. */
function placeOnRings(keys: readonly string[], cx: number, cy: number, rings: { r: number; count: number }[], reserveTop: boolean, out: Map<string, Position>) {
  let index = 0;
  for (const ring of rings) {
    const gap = reserveTop ? Math.min(Math.PI, LABEL_ARC / ring.r) : 0;
    const span = 2 * Math.PI - gap;
    for (let j = 0; j < ring.count; j += 1) {
      const angle = -Math.PI / 2 + gap / 2 + (span * (j + 0.5)) / ring.count;
      out.set(keys[index]!, { x: cx + ring.r * Math.cos(angle), y: cy + ring.r * Math.sin(angle) });
      index += 1;
    }
  }
}

/**
 * Each organization at the centre of its members' rings; a state in several blocs sits with the smallest of them;
 * states in no bloc shown form a last group. Groups are packed in rows, largest first, with a labelled circle each.
 */
export function groupedLayout(graph: EntenteGraph): GuidedLayout {
  const members = [...membersByOrganization(graph)].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  // The most specific bloc: a state sits with the smallest bloc it belongs to, so that broad ones (WTO, NAM) do not take everyone.
  const home = new Map<string, string>();
  for (const [org, list] of [...members].reverse()) for (const state of list) if (!home.has(state)) home.set(state, org);
  const memberCount = new Map(members.map(([org, list]) => [org, list.length]));
  const groups = new Map<string | null, string[]>(members.map(([org]) => [org, []]));
  const unaffiliated: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'state') return;
    const org = home.get(key);
    if (org !== undefined) groups.get(org)!.push(key);
    else unaffiliated.push(key);
  });
  if (unaffiliated.length > 0) groups.set(null, unaffiliated);

  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const sized = [...groups].map(([center, nodes]) => {
    const sorted = [...nodes].sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
    const rings = ringsFor(sorted.length, center === null ? 40 : 70, false);
    const total = center === null ? 0 : (memberCount.get(center) ?? 0);
    const label =
      center === null
        ? `In no bloc shown · ${plural(sorted.length, 'state')}`
        : `${graph.getNodeAttribute(center, 'label')} · ${plural(total, 'member')}${sorted.length === 0 ? ', all with other blocs' : total > sorted.length ? `, ${sorted.length} here` : ''}`;
    const radius = Math.max((rings.at(-1)?.r ?? 30) + 40, guideLabelWidth(label) / 2 + 10);
    return { center, nodes: sorted, rings, radius, label };
  });
  const totalArea = sized.reduce((s, g) => s + (2 * g.radius + GROUP_GAP) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(totalArea) * 1.3, ...sized.map((g) => 2 * g.radius));

  const positions = new Map<string, Position>();
  const guides: Guide[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const group of sized) {
    const d = 2 * group.radius;
    if (x > 0 && x + d > rowWidth) {
      x = 0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    const cx = x + group.radius;
    const cy = y + group.radius;
    if (group.center !== null) positions.set(group.center, { x: cx, y: cy });
    placeOnRings(group.nodes, cx, cy, group.rings, false, positions);
    guides.push({ cx, cy, r: group.radius, label: group.label });
    x += d + GROUP_GAP;
    rowHeight = Math.max(rowHeight, d);
  }
  // Organizations left without a state of their own (all their members sit with a larger bloc) get a row of their own.
  const leftover = graph.filterNodes((key, a) => a.kind === 'organization' && !positions.has(key)).sort();
  y += rowHeight + GROUP_GAP;
  leftover.forEach((key, i) => positions.set(key, { x: (i % 10) * 90, y: y + Math.floor(i / 10) * 50 }));
  return { positions, guides };
}

/** A measure's value as a short label: 0.034, 12, 1.4 M. */
export function formatValue(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10_000) return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  if (abs >= 10) return String(Math.round(value));
  return String(Number(value.toPrecision(2)));
}

export const CONCENTRIC_LEVELS = 6;

/**
 * Rings by the measure's value: the highest values in the middle, in up to six bands of about equal counts (equal
 * values stay together); each band's ring is wide enough for its nodes and labelled with its range of values.
 */
export function concentricLayout(graph: EntenteGraph, values: Record<string, number>, measureLabel: string): GuidedLayout {
  const valueOf = (key: string) => {
    const v = values[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  };
  const sorted = graph.nodes().sort((a, b) => valueOf(b) - valueOf(a) || a.localeCompare(b));
  const target = Math.max(1, Math.ceil(sorted.length / CONCENTRIC_LEVELS));
  const bands: string[][] = [];
  for (const key of sorted) {
    const band = bands.at(-1);
    if (band && (band.length < target || valueOf(band.at(-1)!) === valueOf(key))) band.push(key);
    else bands.push([key]);
  }
  const max = sorted.length > 0 ? valueOf(sorted[0]!) : 0;
  const positions = new Map<string, Position>();
  const guides: Guide[] = [];
  let inner = -RING_GAP;
  bands.forEach((keys, i) => {
    const hi = valueOf(keys[0]!);
    const lo = valueOf(keys.at(-1)!);
    const range = lo === hi ? formatValue(lo) : `${formatValue(lo)}–${formatValue(hi)}`;
    const values = i === 0 && lo !== hi ? `≥ ${formatValue(lo)}` : range;
    const label = max > 0 ? `${measureLabel} ${values}` : `${measureLabel}: no values yet`;
    const short = max > 0 ? values : undefined;
    if (inner < 0 && keys.length === 1) {
      positions.set(keys[0]!, { x: 0, y: 0 });
      guides.push({ cx: 0, cy: 0, r: 30, label, ...(short ? { short } : {}) });
      inner = 30;
      return;
    }
    const rings = ringsFor(keys.length, Math.max(inner + RING_GAP, 60), true);
    placeOnRings(keys, 0, 0, rings, true, positions);
    // One guide per band, at its outermost ring.
    const outer = rings.at(-1)!.r;
    guides.push({ cx: 0, cy: 0, r: outer, label, ...(short ? { short } : {}) });
    inner = outer;
  });
  return { positions, guides };
}
