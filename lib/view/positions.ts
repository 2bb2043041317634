// Preset node positions for the geographic layout, computed from the graph alone (deterministic).
import type { Position } from 'cytoscape';
import { membersByOrganization } from '@/lib/graph/membership';
import { idRecord } from '@/lib/graph/id-record';
import type { EntenteGraph } from '@/lib/graph/types';

/** Model units per degree in the geographic layout (equirectangular: x = lng × k, y = −lat × k). */
export const GEO_SCALE = 8;

export function geographicPosition(lat: number, lng: number): Position {
  return { x: lng * GEO_SCALE, y: -lat * GEO_SCALE };
}

/**
 * States at their coordinates; organizations at the centroid of their current members (or their headquarters when
 * they have none), nudged apart so that two blocs of the same members (the CIS and the CSTO) do not cover each other.
 */
export function geographicPositions(graph: EntenteGraph): Record<string, Position> {
  const positions = idRecord<Position>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'state') positions[key] = geographicPosition(a.lat, a.lng);
  });
  const taken: Position[] = [];
  for (const [org, members] of [...membersByOrganization(graph)].sort(([a], [b]) => a.localeCompare(b))) {
    const placed = members.map((m) => positions[m]).filter((p): p is Position => p !== undefined);
    const attributes = graph.getNodeAttributes(org);
    let p: Position;
    if (placed.length > 0) p = { x: placed.reduce((s, q) => s + q.x, 0) / placed.length, y: placed.reduce((s, q) => s + q.y, 0) / placed.length };
    else if (attributes.kind === 'organization' && attributes.lat !== null && attributes.lng !== null) p = geographicPosition(attributes.lat, attributes.lng);
    else p = { x: 0, y: 0 };
    while (taken.some((q) => Math.abs(q.x - p.x) < 60 && Math.abs(q.y - p.y) < 30)) p = { x: p.x, y: p.y + 34 };
    taken.push(p);
    positions[org] = p;
  }
  return positions;
}
