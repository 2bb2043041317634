import { MultiGraph } from '@/lib/graph/graphology';
import { describe, expect, it } from 'vitest';
import { organizationAttributes, stateAttributes } from '@/lib/graph/build';
import { SOURCE, state } from '@/lib/data/dataset.fixtures';
import type { TieKind } from '@/lib/data/schema';
import type { EdgeAttributes, EntenteGraph } from '@/lib/graph/types';
import { allShortestPaths, shortestPath, withinSteps } from './paths';

function tie(kind: TieKind, subtype: string | null, status: EdgeAttributes['status']): EdgeAttributes {
  return {
    kind,
    subtype,
    status,
    intensity: null,
    start: '2000-01-01',
    end: null,
    label: null,
    note: null,
    periodNote: null,
    weight: null,
    unit: null,
    year: null,
    ucdpId: null,
    directed: kind !== 'alliance' && kind !== 'conflict',
    sources: [SOURCE],
    periodSources: [],
    periods: [],
  };
}

type EdgeSpec = [key: string, source: string, target: string, attributes: EdgeAttributes];

//   A ═alliance═ B ─member→ org ←member─ C ─depends→ D
//   A ~conflict~ E ═alliance═ D;   A ─arms→ B (parallel to the alliance);   X ─withdrawn→ org
const EDGES: EdgeSpec[] = [
  ['alliance/defence-treaty:A-B', 'A', 'B', tie('alliance', 'defence-treaty', 'in-force')],
  ['dependency/arms:A>B', 'A', 'B', tie('dependency', 'arms', 'active')],
  ['membership:B>org', 'B', 'org', tie('membership', null, 'member')],
  ['membership:C>org', 'C', 'org', tie('membership', null, 'founder')],
  ['membership:X>org', 'X', 'org', tie('membership', null, 'withdrawn')],
  ['dependency/basing:C>D', 'C', 'D', tie('dependency', 'basing', 'active')],
  ['conflict/war:A-E', 'A', 'E', tie('conflict', 'war', 'active')],
  ['alliance/defence-treaty:D-E', 'E', 'D', tie('alliance', 'defence-treaty', 'in-force')],
];

function handMade(edges: EdgeSpec[]): EntenteGraph {
  const graph: EntenteGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ title: 'paths', asOf: '2024-01-01', datasetAsOf: '2024-01-01' });
  for (const key of ['A', 'B', 'C', 'D', 'E', 'X']) graph.addNode(key, stateAttributes(state(key, key)));
  graph.addNode(
    'org',
    organizationAttributes({
      key: 'org',
      names: [{ acronym: 'ORG', name: 'Org', start: '1990', end: null }],
      kind: 'economic-union',
      founded: '1990',
      dissolved: null,
      headquarters: null,
      description: 'A fixture organization for path tests.',
      sources: [SOURCE],
    }),
  );
  for (const [key, source, target, attributes] of edges) {
    if (attributes.directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

const graph = handMade(EDGES);
const route = (hops: ReturnType<typeof shortestPath>) => hops && hops.map((h) => `${h.from}-${h.to}`);

describe('shortestPath', () => {
  it('finds the fewest ties over all kinds, one tie per hop', () => {
    expect(shortestPath(graph, 'A', 'D')).toEqual([
      { from: 'A', to: 'E', edgeKey: 'conflict/war:A-E', kind: 'conflict', subtype: 'war', status: 'active', label: null, direction: 'undirected' },
      {
        from: 'E',
        to: 'D',
        edgeKey: 'alliance/defence-treaty:D-E',
        kind: 'alliance',
        subtype: 'defence-treaty',
        status: 'in-force',
        label: null,
        direction: 'undirected',
      },
    ]);
  });

  it('walks directed ties against their direction, says so, and picks the first of parallel ties by key', () => {
    const hops = shortestPath(graph, 'A', 'D', { kinds: ['alliance', 'membership', 'dependency'] })!;
    expect(route(hops)).toEqual(['A-B', 'B-org', 'org-C', 'C-D']);
    expect(hops.map((h) => h.edgeKey)).toEqual(['alliance/defence-treaty:A-B', 'membership:B>org', 'membership:C>org', 'dependency/basing:C>D']);
    expect(hops.map((h) => h.direction)).toEqual(['undirected', 'forward', 'backward', 'forward']);
  });

  it('returns null when the chosen kinds do not connect the nodes, [] from a node to itself', () => {
    expect(shortestPath(graph, 'A', 'D', { kinds: ['alliance'] })).toBeNull();
    expect(shortestPath(graph, 'A', 'A')).toEqual([]);
  });

  it('skips ties that no longer hold unless asked', () => {
    expect(shortestPath(graph, 'X', 'B', { kinds: ['membership'] })).toBeNull();
    expect(route(shortestPath(graph, 'X', 'B', { kinds: ['membership'], includeEnded: true }))).toEqual(['X-org', 'org-B']);
  });

  it('does not depend on the order ties were added', () => {
    // B to D: B-A-E-D and B-org-C-D are both 3 ties; neighbours are visited in key order, so A before org.
    expect(route(shortestPath(graph, 'B', 'D'))).toEqual(['B-A', 'A-E', 'E-D']);
    const reversed = handMade([...EDGES].reverse());
    expect(shortestPath(reversed, 'B', 'D')).toEqual(shortestPath(graph, 'B', 'D'));
    expect(shortestPath(reversed, 'A', 'B')![0]!.edgeKey).toBe('alliance/defence-treaty:A-B');
  });

  it('names the module and the key for an unknown node', () => {
    expect(() => shortestPath(graph, 'A', 'ZZZ')).toThrow('lib/analysis/paths: unknown node "ZZZ"');
  });
});

describe('allShortestPaths', () => {
  it('lists every shortest path, not just the first found, with their count', () => {
    const result = allShortestPaths(graph, 'B', 'D')!;
    expect(result.total).toBe(2);
    expect(result.paths.map(route)).toEqual([
      ['B-A', 'A-E', 'E-D'],
      ['B-org', 'org-C', 'C-D'],
    ]);
    expect(result.paths[1]!.map((h) => h.kind)).toEqual(['membership', 'membership', 'dependency']);
  });

  it('keeps to friendly ties when asked: no conflict on the way', () => {
    const friendly = allShortestPaths(graph, 'B', 'D', { friendlyOnly: true })!;
    expect(friendly.paths.map(route)).toEqual([['B-org', 'org-C', 'C-D']]);
    expect(allShortestPaths(graph, 'A', 'E', { friendlyOnly: true })!.paths.map(route)).toEqual([['A-B', 'B-org', 'org-C', 'C-D', 'D-E']]);
    expect(allShortestPaths(graph, 'A', 'E', { friendlyOnly: true, kinds: ['conflict', 'alliance'] })).toBeNull();
  });

  it('stops at the limit but still counts every path', () => {
    //   S to T through any of five middle nodes: five paths of two ties.
    const fan = handMade([]);
    for (const m of ['M1', 'M2', 'M3', 'M4', 'M5', 'S', 'T']) if (!fan.hasNode(m)) fan.addNode(m, stateAttributes(state(m, m)));
    for (const m of ['M5', 'M3', 'M1', 'M2', 'M4']) {
      fan.addUndirectedEdgeWithKey(`alliance:S-${m}`, 'S', m, tie('alliance', null, 'in-force'));
      fan.addUndirectedEdgeWithKey(`alliance:${m}-T`, m, 'T', tie('alliance', null, 'in-force'));
    }
    const limited = allShortestPaths(fan, 'S', 'T', {}, 3)!;
    expect(limited.total).toBe(5);
    expect(limited.paths).toHaveLength(3);
    expect(limited.paths.map((p) => p[0]!.to)).toEqual(['M1', 'M2', 'M3']);
  });
});

describe('withinSteps', () => {
  it('gives the distance of every node within k ties', () => {
    expect(withinSteps(graph, 'A', 0)).toEqual({ A: 0 });
    expect(withinSteps(graph, 'A', 1)).toEqual({ A: 0, B: 1, E: 1 });
    expect(withinSteps(graph, 'A', 2)).toEqual({ A: 0, B: 1, E: 1, org: 2, D: 2 });
    expect(withinSteps(graph, 'A', 10)).toEqual({ A: 0, B: 1, E: 1, org: 2, D: 2, C: 3 });
  });

  it('follows only the chosen kinds and live ties', () => {
    expect(withinSteps(graph, 'org', 1, { kinds: ['membership'] })).toEqual({ org: 0, B: 1, C: 1 });
    expect(withinSteps(graph, 'org', 1, { kinds: ['membership'], includeEnded: true })).toEqual({ org: 0, B: 1, C: 1, X: 1 });
    expect(withinSteps(graph, 'A', 3, { kinds: ['conflict'] })).toEqual({ A: 0, E: 1 });
  });

  it('rejects a negative or fractional k', () => {
    expect(() => withinSteps(graph, 'A', -1)).toThrow(/lib\/analysis\/paths: k must be a non-negative integer/);
    expect(() => withinSteps(graph, 'A', 1.5)).toThrow(/lib\/analysis\/paths/);
  });
});
