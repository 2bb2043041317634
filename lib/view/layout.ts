// Runs the explorer's layouts on a Cytoscape instance: force-directed (seeded fcose), geographic, concentric, grouped.
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { EntenteGraph } from '@/lib/graph/types';
import type { LayoutName } from './view-state';
import { geographicPosition, geographicPositions } from './positions';
import { concentricLayout, groupedLayout, type Guide } from './guided-layouts';
import { withSeededRandom } from '@/lib/graph/seeded-random';
import { fitNow } from './apply-labels';
import { keyOf } from './render-id';
import { motionAllowed } from './motion';

export const LAYOUT_SEED = 1949;
const ANIMATION_MS = 450;

export const FORCE_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  fit: true,
  padding: 24,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  tile: true,
  // Organizations repel more: blocs with nearly the same members (the CIS and the CSTO) would otherwise sit on each other.
  nodeRepulsion: (node: NodeSingular) => (node.data('kind') === 'organization' ? 80000 : 9000),
  nodeSeparation: 90,
  idealEdgeLength: 70,
  edgeElasticity: 0.45,
  gravity: 0.3,
  numIter: 2500,
} as const;

/** A node's first position: from the file (x, y), else its coordinates, else a square grid by key order. */
function initialPosition(node: NodeSingular, index: number, columns: number): Position {
  const x = node.data('x') as unknown;
  const y = node.data('y') as unknown;
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  const lat = node.data('lat') as number | null;
  const lng = node.data('lng') as number | null;
  if (typeof lat === 'number' && typeof lng === 'number') return geographicPosition(lat, lng);
  return { x: (index % columns) * 40, y: Math.floor(index / columns) * 40 };
}

/** Where a node new to the view starts: among its neighbours already placed, else at its coordinates. */
function startNear(node: NodeSingular, placed: ReadonlySet<string>, index: number, columns: number): Position {
  const anchors = node
    .neighborhood()
    .nodes()
    .filter((n) => placed.has(n.id()));
  if (anchors.empty()) return initialPosition(node, index, columns);
  let x = 0;
  let y = 0;
  anchors.forEach((n) => {
    x += n.position('x');
    y += n.position('y');
  });
  return { x: x / anchors.length + 12, y: y / anchors.length + 12 };
}

export type LayoutRequest = {
  name: LayoutName;
  graph: EntenteGraph;
  /** Values of the chosen measure, for the concentric layout. */
  values: Record<string, number>;
  /** The measure's human name, for the concentric rings' labels. */
  valuesLabel?: string;
  /** Nodes that already have a position the user has seen; null = lay out from scratch. */
  placed: ReadonlySet<string> | null;
  animate: boolean;
};

/** Lays out `cy`. From scratch, the same elements always give the same picture; otherwise nodes keep roughly their place. */
/** Gives every node a starting position: all of them from scratch, or only those the user has not seen yet. */
export function placeStartingPositions(cy: Core, placed: ReadonlySet<string> | null): void {
  const sorted = cy.nodes().sort((a, b) => a.id().localeCompare(b.id()));
  const columns = Math.max(1, Math.ceil(Math.sqrt(sorted.length)));
  cy.batch(() => {
    sorted.forEach((node, index) => {
      if (placed === null) node.position(initialPosition(node, index, columns));
      else if (!placed.has(node.id())) node.position(startNear(node, placed, index, columns));
    });
  });
}

/** Whether every node brought its own position (an imported file with coordinates): then there is nothing to lay out. */
export function hasFilePositions(cy: Core): boolean {
  return cy.nodes().nonempty() && cy.nodes().every((n) => typeof n.data('x') === 'number' && typeof n.data('y') === 'number');
}

/** Graphs this large are laid out in a Web Worker, drawn with WebGL where the browser has it, and styled lightly. */
export const LARGE_GRAPH = { nodes: 2000, edges: 6000 };
export const isLargeGraph = (nodes: number, edges: number) => nodes > LARGE_GRAPH.nodes || edges > LARGE_GRAPH.edges;

/** fcose options for a graph laid out from scratch in a worker: draft quality on large graphs (minutes otherwise). */
export function workerForceOptions(nodes: number): Record<string, unknown> {
  return { ...FORCE_LAYOUT, randomize: true, animate: false, fit: false, quality: nodes > LARGE_GRAPH.nodes ? 'draft' : 'default', numIter: 1000 };
}

const GUIDES = 'entente-guides';

/** The labelled circles the last layout drew behind the graph (grouped and concentric layouts), in model coordinates. */
export function layoutGuides(cy: Core): Guide[] {
  return (cy.scratch(GUIDES) as Guide[] | undefined) ?? [];
}

/** Moves every node to its given position (animated), then fits the view. */
export function animatePreset(cy: Core, positions: Readonly<Record<string, Position>>): void {
  cy.layout({
    name: 'preset',
    positions: (node: NodeSingular) => (Object.hasOwn(positions, keyOf(node)) ? positions[keyOf(node)] : undefined) ?? node.position(),
    fit: true,
    padding: 24,
    animate: motionAllowed(),
    animationDuration: ANIMATION_MS,
  } as unknown as LayoutOptions).run();
}

export function runLayout(cy: Core, request: LayoutRequest): void {
  const { name, placed } = request;
  cy.scratch(GUIDES, []);
  const animate = request.animate && placed !== null && motionAllowed();
  placeStartingPositions(cy, placed);
  if (name === 'force' && placed === null && hasFilePositions(cy)) {
    fitNow(cy, 24); // the file's own positions are the layout
    return;
  }
  const motion = animate ? { animate: true, animationDuration: ANIMATION_MS } : { animate: false };
  let options: Record<string, unknown>;
  switch (name) {
    case 'force':
      // Fewer iterations when refining a layout the user has seen, or on a dense graph: the cost grows with the ties.
      // A graph without coordinates (an imported file) starts from fcose's own seeded spectral layout, not the grid.
      options = {
        ...FORCE_LAYOUT,
        randomize: placed === null && !cy.nodes().some((n) => typeof n.data('lat') === 'number'),
        numIter: placed !== null || cy.edges().length > 1500 ? 700 : FORCE_LAYOUT.numIter,
        ...(animate ? { animate: 'end', animationDuration: ANIMATION_MS } : { animate: false }),
      };
      break;
    case 'geographic': {
      const geographic = geographicPositions(request.graph);
      options = {
        name: 'preset',
        positions: (node: NodeSingular) => (Object.hasOwn(geographic, keyOf(node)) ? geographic[keyOf(node)] : undefined) ?? node.position(),
        fit: true,
        padding: 24,
        ...motion,
      };
      break;
    }
    case 'grouped':
    case 'concentric': {
      const guided = name === 'grouped' ? groupedLayout(request.graph) : concentricLayout(request.graph, request.values, request.valuesLabel ?? 'Value');
      cy.scratch(GUIDES, guided.guides);
      options = { name: 'preset', positions: (node: NodeSingular) => guided.positions.get(keyOf(node)) ?? node.position(), fit: true, padding: 24, ...motion };
      break;
    }
  }
  withSeededRandom(LAYOUT_SEED, () => {
    cy.layout(options as unknown as LayoutOptions).run();
  });
}
