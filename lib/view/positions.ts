// Preset node positions for the geographic and grouped layouts, computed from the graph alone (deterministic).
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

/**
 * Each organization with its members in a ring around it, blocs in a grid from the largest; a state in several blocs
 * sits with the largest of them; states in no bloc shown form a last group.
 */
export function groupedPositions(graph: EntenteGraph): Record<string, Position> {
  const members = [...membersByOrganization(graph)].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const home = new Map<string, string>();
  for (const [org, list] of members) for (const state of list) if (!home.has(state)) home.set(state, org);
  const groups: { center: string | null; nodes: string[] }[] = members.map(([org]) => ({ center: org, nodes: [] }));
  const unaffiliated: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'state') return;
    const org = home.get(key);
    if (org) groups.find((g) => g.center === org)!.nodes.push(key);
    else unaffiliated.push(key);
  });
  if (unaffiliated.length > 0) groups.push({ center: null, nodes: unaffiliated });

  const positions = idRecord<Position>();
  const radiusOf = (n: number) => Math.max(60, (n * 26) / (2 * Math.PI));
  const cell = 2 * radiusOf(Math.max(...groups.map((g) => g.nodes.length), 1)) + 120;
  const columns = Math.max(1, Math.ceil(Math.sqrt(groups.length)));
  groups.forEach((group, i) => {
    const cx = (i % columns) * cell;
    const cy = Math.floor(i / columns) * cell;
    if (group.center) positions[group.center] = { x: cx, y: cy };
    const nodes = [...group.nodes].sort();
    const r = radiusOf(nodes.length);
    nodes.forEach((key, j) => {
      const angle = (2 * Math.PI * j) / Math.max(nodes.length, 1) - Math.PI / 2;
      positions[key] = group.center ? { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) } : { x: cx + (j % 8) * 40 - 140, y: cy + Math.floor(j / 8) * 40 - 140 };
    });
  });
  return positions;
}
