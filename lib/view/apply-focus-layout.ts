// Moves the Cytoscape nodes of a focus view to the focus arrangement (focus-layout.ts) and back to where the layout
// had them when the focus goes. `home` keeps those places: arrangements are always computed from them, so that a focus
// looks the same however the user got there.
import type { Core, NodeSingular, Position } from 'cytoscape';
import type { Ego } from '@/lib/graph/ego';
import { elementOf, keyOf } from './render-id';
import { pairArrangement, pushedOut, radialArrangement, type ArrangedNode } from './focus-layout';
import { motionAllowed } from './motion';
import { clearClasses } from './class-diff';
import { LABEL_PLACE_CLASSES } from './apply-labels';
import type { LayoutName } from './view-state';

export type FocusArrangementKind = 'radial' | 'pair';

/**
 * How a view is arranged, for the explorer and the embed alike: in the force-directed layout a focus view is rearranged
 * around the focus (a pair side by side); a path keeps its place, and other layouts are drawn as laid out.
 */
export function arrangementFor(layout: LayoutName, shows: { path?: boolean; pair: boolean; focus: boolean }): FocusArrangementKind | null {
  if (layout !== 'force' || shows.path) return null;
  return shows.pair ? 'pair' : shows.focus ? 'radial' : null;
}
export type Home = Map<string, Position>;

/** As long as the view's fit (apply-labels.ts), which runs at the same time. */
const MOVE_MS = 250;
const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true } as const;

/** Where each node was before the first arrangement (`layoutPosition` overrides what the canvas shows now). */
function homeOf(node: NodeSingular, home: Home, layoutPosition: (key: string) => Position | undefined): Position {
  const key = keyOf(node);
  if (!home.has(key)) home.set(key, layoutPosition(key) ?? { ...node.position() });
  return home.get(key)!;
}

/**
 * Moves every node to `target`. `done` runs with the nodes at their targets (to place labels and fit the view to the
 * final picture); when animated, the nodes drawn in full then glide there from where they were while the view fits, at
 * the same time. Faded and hidden nodes jump: gliding them would recompute every tie on every frame for a context
 * drawn at a tenth of its opacity.
 */
function moveNodes(cy: Core, target: (node: NodeSingular) => Position, animate: boolean, done: () => void): void {
  cy.nodes().stop(true, false);
  const from = new Map<string, Position>();
  const to = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    from.set(node.id(), { ...node.position() });
    to.set(node.id(), target(node));
  });
  cy.batch(() => cy.nodes().forEach((node) => void node.position(to.get(node.id())!)));
  done();
  if (!animate || !motionAllowed()) return;
  const gliding = cy.nodes().not('.faded, .hidden');
  cy.batch(() => gliding.forEach((node) => void node.position(from.get(node.id())!)));
  gliding.forEach((node) => {
    const a = from.get(node.id())!;
    const b = to.get(node.id())!;
    if (Math.abs(a.x - b.x) + Math.abs(a.y - b.y) > 0.5) node.animate({ position: b }, { duration: MOVE_MS, queue: false });
  });
}

/** Arranges the focus view: rings around the focus, or a pair side by side; the rest of the graph moves outwards. */
export function arrangeFocus(
  cy: Core,
  ego: Ego,
  kind: FocusArrangementKind,
  home: Home,
  layoutPosition: (key: string) => Position | undefined,
  animate: boolean,
  done: () => void,
): void {
  const centerNode = elementOf(cy, ego.center);
  if (centerNode.empty()) return done();
  cy.nodes().forEach((node) => void homeOf(node, home, layoutPosition));
  // Labels are measured in full: a label hidden by the last placement still needs its room on the ring.
  clearClasses(cy, cy.nodes(), LABEL_PLACE_CLASSES);
  const walked = new Set(ego.edges);
  const parentsOf = new Map<string, string[]>();
  cy.edges().forEach((edge) => {
    if (!walked.has(keyOf(edge))) return;
    const [s, t] = [keyOf(edge.source()), keyOf(edge.target())];
    const [ds, dt] = [ego.distances[s], ego.distances[t]];
    if (ds === undefined || dt === undefined) return;
    if (dt === ds + 1) parentsOf.set(t, [...(parentsOf.get(t) ?? []), s]);
    if (ds === dt + 1) parentsOf.set(s, [...(parentsOf.get(s) ?? []), t]);
  });
  const nodes: ArrangedNode[] = [];
  for (const [key, distance] of Object.entries(ego.distances)) {
    const node = elementOf(cy, key) as NodeSingular;
    if (node.empty()) continue;
    const at = home.get(key)!;
    nodes.push({ key, distance, parents: parentsOf.get(key) ?? [], x: at.x, y: at.y, room: Math.max(node.width(), node.boundingBox(labelOnly).w) });
  }
  const center = { key: ego.center, ...home.get(ego.center)! };
  const otherEnd = kind === 'pair' ? nodes.find((n) => n.distance === 0 && n.key !== ego.center) : undefined;
  const arrangement = otherEnd
    ? pairArrangement(
        center,
        otherEnd.key,
        nodes.filter((n) => n.distance > 0),
        centerNode.edgesWith(elementOf(cy, otherEnd.key)).filter((e) => e.visible()).length,
      )
    : radialArrangement(center, nodes);
  const target = (node: NodeSingular) => {
    const key = keyOf(node);
    return arrangement.positions.get(key) ?? pushedOut(center, arrangement.radius, home.get(key)!.x, home.get(key)!.y);
  };
  moveNodes(cy, target, animate, done);
}

/** Puts every node back where the layout had it (nodes the layout never placed keep their place), and forgets `home`. */
export function leaveArrangement(cy: Core, home: Home, layoutPosition: (key: string) => Position | undefined, animate: boolean, done: () => void): void {
  if (home.size === 0) return done();
  const places = new Map(home);
  home.clear();
  moveNodes(cy, (node) => layoutPosition(keyOf(node)) ?? places.get(keyOf(node)) ?? node.position(), animate, done);
}
