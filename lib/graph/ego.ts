// A node's neighbourhood up to a depth, following directed ties only in the chosen direction (and through
// organizations only when asked): what focus highlights.
import { idRecord } from './id-record';
import type { EntenteGraph } from './types';

export type Direction = 'both' | 'out' | 'in';

export type Ego = { center: string; distances: Record<string, number>; edges: string[] };

/**
 * Breadth-first from `center`: nodes within `depth` steps (with their distance) and the ties walked to reach them.
 * Unless `throughOrganizations`, an organization reached on the way is shown but not walked through: a bloc of 120
 * members would otherwise flood a neighbourhood (the centre itself, if an organization, is always walked).
 */
export function egoNetwork(graph: EntenteGraph, center: string, depth: number, direction: Direction, throughOrganizations = true): Ego {
  const distances = idRecord<number>();
  const edges = new Set<string>();
  if (!graph.hasNode(center)) return { center, distances, edges: [] };
  distances[center] = 0;
  let frontier = [center];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      if (!throughOrganizations && node !== center && graph.getNodeAttribute(node, 'kind') === 'organization') continue;
      graph.forEachEdge(node, (key, a, source, target) => {
        const other = source === node ? target : source;
        const walkable = !a.directed || direction === 'both' || (direction === 'out' ? source === node : target === node);
        if (!walkable) return;
        if (distances[other] === undefined) {
          distances[other] = step;
          next.push(other);
        }
        if (distances[other] === step || distances[other] === step - 1) edges.add(key);
      });
    }
    frontier = next;
  }
  return { center, distances, edges: [...edges].sort() };
}
