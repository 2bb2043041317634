// Moves the Cytoscape nodes of a focus view to the focus arrangement (focus-layout.ts) and back to where the layout
// had them when the focus goes. `home` keeps those places: arrangements are always computed from them, so that a focus
// looks the same however the user got there.
import type { Core, NodeSingular, Position } from 'cytoscape';
import type { Ego } from '@/lib/graph/ego';
import { pairArrangement, pushedOut, radialArrangement, type ArrangedNode } from './focus-layout';

export type FocusArrangementKind = 'radial' | 'pair';
export type Home = Map<string, Position>;

const MOVE_MS = 300;
const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true } as const;

/** Where each node was before the first arrangement (`layoutPosition` overrides what the canvas shows now). */
function homeOf(node: NodeSingular, home: Home, layoutPosition: (key: string) => Position | undefined): Position {
  const key = node.id();
  if (!home.has(key)) home.set(key, layoutPosition(key) ?? { ...node.position() });
  return home.get(key)!;
}

/** Moves every node to `target`, animated or at once, then calls `done` (unless another move started meanwhile). */
function moveNodes(cy: Core, target: (node: NodeSingular) => Position, animate: boolean, done: () => void): void {
  const generation = ((cy.scratch('entente-move') as number | undefined) ?? 0) + 1;
  cy.scratch('entente-move', generation);
  cy.nodes().stop(true, false);
  if (!animate) {
    cy.batch(() => cy.nodes().forEach((node) => void node.position(target(node))));
    done();
    return;
  }
  cy.nodes().forEach((node) => {
    const to = target(node);
    const from = node.position();
    if (Math.abs(from.x - to.x) + Math.abs(from.y - to.y) > 0.5) node.animate({ position: to }, { duration: MOVE_MS, queue: false });
  });
  setTimeout(() => {
    if (cy.destroyed() || cy.scratch('entente-move') !== generation) return;
    cy.batch(() => cy.nodes().forEach((node) => void node.position(target(node))));
    done();
  }, MOVE_MS + 30);
}

/** Arranges the focus view: rings around the focus, or a pair side by side; the rest of the graph moves outwards. */
export function arrangeFocus(cy: Core, ego: Ego, kind: FocusArrangementKind, home: Home, layoutPosition: (key: string) => Position | undefined, animate: boolean, done: () => void): void {
  const centerNode = cy.getElementById(ego.center);
  if (centerNode.empty()) return done();
  cy.nodes().forEach((node) => void homeOf(node, home, layoutPosition));
  // Labels are measured in full: a label hidden by the last placement still needs its room on the ring.
  cy.nodes().removeClass('label-top label-right label-left label-hidden');
  const walked = new Set(ego.edges);
  const parentsOf = new Map<string, string[]>();
  cy.edges().forEach((edge) => {
    if (!walked.has(edge.id())) return;
    const [s, t] = [edge.source().id(), edge.target().id()];
    const [ds, dt] = [ego.distances[s], ego.distances[t]];
    if (ds === undefined || dt === undefined) return;
    if (dt === ds + 1) parentsOf.set(t, [...(parentsOf.get(t) ?? []), s]);
    if (ds === dt + 1) parentsOf.set(s, [...(parentsOf.get(s) ?? []), t]);
  });
  const nodes: ArrangedNode[] = [];
  for (const [key, distance] of Object.entries(ego.distances)) {
    const node = cy.getElementById(key) as NodeSingular;
    if (node.empty()) continue;
    const at = home.get(key)!;
    nodes.push({ key, distance, parents: parentsOf.get(key) ?? [], x: at.x, y: at.y, room: Math.max(node.width(), node.boundingBox(labelOnly).w) });
  }
  const center = { key: ego.center, ...home.get(ego.center)! };
  const otherEnd = kind === 'pair' ? nodes.find((n) => n.distance === 0 && n.key !== ego.center) : undefined;
  const arrangement = otherEnd
    ? pairArrangement(center, otherEnd.key, nodes.filter((n) => n.distance > 0), centerNode.edgesWith(cy.getElementById(otherEnd.key)).filter((e) => e.visible()).length)
    : radialArrangement(center, nodes);
  const target = (node: NodeSingular) => arrangement.positions.get(node.id()) ?? pushedOut(center, arrangement.radius, home.get(node.id())!.x, home.get(node.id())!.y);
  moveNodes(cy, target, animate, done);
}

/** Puts every node back where the layout had it (nodes the layout never placed keep their place), and forgets `home`. */
export function leaveArrangement(cy: Core, home: Home, layoutPosition: (key: string) => Position | undefined, animate: boolean, done: () => void): void {
  if (home.size === 0) return done();
  const places = new Map(home);
  home.clear();
  moveNodes(cy, (node) => layoutPosition(node.id()) ?? places.get(node.id()) ?? node.position(), animate, done);
}
