// The deterministic force-directed layout: geographic starting positions, then fcose with a fixed random seed.
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import { withSeededRandom } from './seeded-random';

export const LAYOUT_SEED = 1949;

/** Equirectangular projection of a node's coordinates, a starting point that keeps neighbours near. */
export function geographicPosition(lat: number, lng: number): Position {
  return { x: lng * 8, y: -lat * 8 };
}

function startingPosition(node: NodeSingular, index: number): Position {
  const lat = node.data('lat') as number | null;
  const lng = node.data('lng') as number | null;
  if (typeof lat === 'number' && typeof lng === 'number') return geographicPosition(lat, lng);
  return { x: index * 40, y: 0 };
}

export const FORCE_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  animate: false,
  fit: true,
  padding: 24,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  tile: true,
  nodeRepulsion: 9000,
  idealEdgeLength: 70,
  edgeElasticity: 0.45,
  gravity: 0.3,
  numIter: 2500,
} as const;

/** Lays out `cy` the same way for the same elements, every time. Synchronous. */
export function runForceLayout(cy: Core): void {
  cy.batch(() => {
    cy.nodes()
      .sort((a, b) => a.id().localeCompare(b.id()))
      .forEach((node, index) => {
        node.position(startingPosition(node, index));
      });
  });
  withSeededRandom(LAYOUT_SEED, () => {
    cy.layout(FORCE_LAYOUT as unknown as LayoutOptions).run();
  });
}
