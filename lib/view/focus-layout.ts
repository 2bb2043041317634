// Where the nodes of a focus view go in the force-directed layout: the focus in the middle, each step of its
// neighbourhood on a ring around it, wide enough for every label, each node near the one it was reached through; a
// pair side by side with what links them in between; the rest of the graph pushed out beyond the outer ring.
// Pure geometry in model coordinates, unit-tested.
import type { Position } from 'cytoscape';

export type ArrangedNode = {
  key: string;
  /** Steps from the focus (0 = the focus, or both ends of a pair). */
  distance: number;
  /** Neighbours one step nearer the focus (the node was reached through them). */
  parents: readonly string[];
  /** Where the node is now: the ring keeps the picture's orientation. */
  x: number;
  y: number;
  /** Width the node needs along its ring: the wider of the node and its label. */
  room: number;
};

/** Space between two neighbours on a ring, and between rings (a node, its label below and air). */
export const RING_SPACING = 18;
export const RING_GAP = 100;
export const FIRST_RING = 130;
/** Rings larger than this are staggered (up to MAX_TIERS close rings, TIER_GAP apart). */
export const COMFORTABLE_RADIUS = 280;
export const MAX_TIERS = 3;
export const TIER_GAP = 44;
/** Distance between the two ends of a pair, and between the nodes stacked between them. */
export const PAIR_DISTANCE = 300;
export const PAIR_STACK = 64;
/** Distance between parallel ties drawn as curves (the stylesheet's control-point-step-size). */
export const CURVE_STEP = 24;
/** How far beyond the outer ring the rest of the graph starts. */
const REST_GAP = 160;

export type FocusArrangement = { positions: Map<string, Position>; radius: number };

const TAU = 2 * Math.PI;
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const normalize = (angle: number) => ((angle % TAU) + TAU) % TAU;

/** Rings around the focus: ring d holds the nodes d steps away, ordered by the angle of their parent, then their own. */
export function radialArrangement(center: { key: string; x: number; y: number }, nodes: readonly ArrangedNode[]): FocusArrangement {
  const positions = new Map<string, Position>([[center.key, { x: center.x, y: center.y }]]);
  const angles = new Map<string, number>();
  const ownAngle = (n: ArrangedNode) => normalize(Math.atan2(n.y - center.y, n.x - center.x));
  const rings = new Map<number, ArrangedNode[]>();
  for (const node of nodes) {
    if (node.key === center.key || node.distance < 1) continue;
    rings.set(node.distance, [...(rings.get(node.distance) ?? []), node]);
  }
  let radius = 0;
  for (const distance of [...rings.keys()].sort((a, b) => a - b)) {
    const ring = rings.get(distance)!;
    const parentAngle = (n: ArrangedNode) => {
      const placed = n.parents.filter((p) => angles.has(p)).sort();
      return placed.length > 0 ? angles.get(placed[0]!)! : ownAngle(n);
    };
    const ordered = ring
      .map((n) => ({ node: n, parent: parentAngle(n), own: ownAngle(n) }))
      .sort((a, b) => a.parent - b.parent || a.own - b.own || byKey(a.node, b.node));
    const total = ordered.reduce((sum, o) => sum + o.node.room + RING_SPACING, 0);
    const inner = radius === 0 ? FIRST_RING : radius + RING_GAP;
    // A crowded step is staggered over up to three close rings, neighbours alternating between them: the labels of
    // two neighbours then sit at different distances and need half the arc, which keeps the picture small enough to read.
    const tiers = Math.max(1, Math.min(MAX_TIERS, Math.ceil(total / (TAU * Math.max(inner, COMFORTABLE_RADIUS)))));
    const base = Math.max(inner, total / (TAU * tiers));
    // Spread the ring's nodes over the whole circle in proportion to their room, the first one near its parent.
    const scale = TAU / total;
    let along = ordered[0]!.parent - ((ordered[0]!.node.room + RING_SPACING) / 2) * scale;
    ordered.forEach(({ node }, i) => {
      const share = (node.room + RING_SPACING) * scale;
      const angle = along + share / 2;
      along += share;
      const r = base + (i % tiers) * TIER_GAP;
      angles.set(node.key, normalize(angle));
      positions.set(node.key, { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) });
    });
    radius = base + (tiers - 1) * TIER_GAP;
  }
  return { positions, radius };
}

/** A pair: one end left and one right, the nodes linking them (shared organizations, a path) stacked in between. */
export function pairArrangement(a: { key: string; x: number; y: number }, b: string, between: readonly ArrangedNode[], parallel = 1): FocusArrangement {
  const positions = new Map<string, Position>();
  const gap = Math.max(PAIR_DISTANCE, ...between.map((n) => n.room + 2 * RING_SPACING + 160));
  positions.set(a.key, { x: a.x - gap / 2, y: a.y });
  positions.set(b, { x: a.x + gap / 2, y: a.y });
  // Alternately below and above the ties that join the pair (drawn as curves CURVE_STEP apart), clear of them.
  const clearance = (parallel * CURVE_STEP) / 2 + 16;
  [...between].sort(byKey).forEach((node, i) => {
    const step = Math.floor(i / 2);
    positions.set(node.key, { x: a.x, y: a.y + (i % 2 === 0 ? 1 : -1) * (clearance + PAIR_STACK / 2 + step * PAIR_STACK) });
  });
  const radius = Math.max(gap / 2, clearance + (Math.ceil(between.length / 2) + 1) * PAIR_STACK);
  return { positions, radius };
}

/** Every other node, moved out along its direction from the centre to beyond `radius` (its distance kept, compressed). */
export function pushedOut(center: Position, radius: number, x: number, y: number): Position {
  const dx = x - center.x;
  const dy = y - center.y;
  const length = Math.hypot(dx, dy);
  const angle = length === 0 ? 0 : Math.atan2(dy, dx);
  const distance = radius + REST_GAP + length * 0.5;
  return { x: center.x + distance * Math.cos(angle), y: center.y + distance * Math.sin(angle) };
}
