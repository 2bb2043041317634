import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { NO_ENCODING } from './elements';
import { applyFocus } from './focus';
import { parallelTies } from './parallel-ties';
import { stylesheetFor } from './stylesheet';
import { syncElements } from './sync-elements';

const timeless = buildGraph(smallDataset());

describe('syncElements', () => {
  it('adds new nodes where asked, keeps the others where they were, and touches only what changed', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const early = asOf(timeless, '1995-01-01');
    const late = asOf(timeless, '2022-01-01');
    const first = syncElements(cy, early, NO_ENCODING, () => ({ x: 5, y: 7 }));
    expect(first.added.nodes().length).toBe(early.order);
    expect(cy.nodes().length).toBe(early.order);
    cy.nodes().first().position({ x: 100, y: 200 });
    const kept = cy.nodes().first().id();

    expect(syncElements(cy, early, NO_ENCODING).updated).toBe(0); // the same graph again: nothing to do

    const step = syncElements(cy, late, NO_ENCODING, () => ({ x: -1, y: -1 }));
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(late.nodes().sort());
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(late.edges().sort());
    if (late.hasNode(kept)) expect(cy.getElementById(kept).position()).toEqual({ x: 100, y: 200 });
    step.added.nodes().forEach((n) => expect(n.position()).toEqual({ x: -1, y: -1 }));

    syncElements(cy, late, { sizes: { [kept]: 30 }, colors: {} });
    if (late.hasNode(kept)) expect(cy.getElementById(kept).data('size')).toBe(30);
    syncElements(cy, late, NO_ENCODING);
    if (late.hasNode(kept)) expect(cy.getElementById(kept).data('size')).toBeUndefined();
    cy.destroy();
  });
});

describe('parallel ties', () => {
  it('draws a lone tie straight and ties sharing both ends (either way round) as separate curves, also after a step', () => {
    const graph = timeless.copy();
    graph.clearEdges();
    const tie = (key: string, source: string, target: string) =>
      graph.addEdgeWithKey(key, source, target, { kind: 'conflict', subtype: null, status: 'active', weight: null, directed: false } as never);
    const [a, b, c] = graph.nodes() as [string, string, string];
    tie('one', a, b);
    tie('two', b, a);
    tie('lone', a, c);
    expect([...parallelTies(graph)].sort()).toEqual(['one', 'two']);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheetFor('light', false) });
    syncElements(cy, graph, NO_ENCODING);
    const curve = (id: string) => cy.getElementById(id).style('curve-style') as string;
    expect([curve('one'), curve('two'), curve('lone')]).toEqual(['bezier', 'bezier', 'straight']);
    graph.dropEdge('two');
    syncElements(cy, graph, NO_ENCODING);
    expect(curve('one')).toBe('straight');
    cy.destroy();
  });
});

describe('applyFocus', () => {
  it('marks the centre, its neighbours and the ties walked, fades the rest, and clears again', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const view = asOf(timeless, '2022-01-01');
    syncElements(cy, view, NO_ENCODING);
    const center = view.nodes()[0]!;
    const neighbour = view.neighbors(center)[0]!;
    const edge = view.edges(center, neighbour)[0] ?? view.edges(neighbour, center)[0]!;
    const ego = { center, distances: { [center]: 0, [neighbour]: 1 }, edges: [edge] };
    expect(applyFocus(cy, ego, false)).toEqual([neighbour]);
    expect(cy.getElementById(center).hasClass('focus')).toBe(true);
    expect(cy.getElementById(neighbour).hasClass('neighbor')).toBe(true);
    expect(cy.getElementById(edge).hasClass('highlighted')).toBe(true);
    expect(cy.elements('.faded').length).toBe(cy.elements().length - 3);
    applyFocus(cy, ego, true);
    expect(cy.elements('.hidden').length).toBe(cy.elements().length - 3);
    expect(cy.elements('.faded').length).toBe(0);
    applyFocus(cy, null, false);
    expect(cy.elements('.faded, .hidden, .focus, .neighbor, .highlighted').length).toBe(0);
    cy.destroy();
  });
});
