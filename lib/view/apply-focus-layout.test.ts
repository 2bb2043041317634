import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { egoNetwork } from '@/lib/graph/ego';
import { arrangeFocus, arrangementFor, leaveArrangement, type Home } from './apply-focus-layout';
import { NO_ENCODING } from './elements';
import { applyFocus } from './focus';
import { FIRST_RING } from './focus-layout';
import { elementOf } from './render-id';
import { syncElements } from './sync-elements';

const graph = asOf(buildGraph(smallDataset()), '2022-01-01');

function drawn() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  syncElements(cy, graph, NO_ENCODING);
  cy.nodes().forEach((node, i) => void node.position({ x: (i % 5) * 40, y: Math.floor(i / 5) * 40 }));
  return cy;
}

describe('the focus arrangement on the canvas', () => {
  it('puts the focus’s neighbours on a ring around it, the rest outside, and everything back when the focus goes', () => {
    const cy = drawn();
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const center = graph.nodes().find((key) => graph.degree(key) >= 2)!;
    const ego = egoNetwork(graph, center, 1, 'both', false);
    applyFocus(cy, ego, false);
    const home: Home = new Map();
    let done = 0;
    arrangeFocus(
      cy,
      ego,
      'radial',
      home,
      () => undefined,
      false,
      () => done++,
    );
    expect(done).toBe(1);
    const c = elementOf(cy, center).position();
    expect(c).toEqual(before.get(elementOf(cy, center).id()));
    const ring = Object.entries(ego.distances)
      .filter(([, d]) => d === 1)
      .map(([key]) => elementOf(cy, key).position());
    const radius = Math.max(...ring.map((p) => Math.hypot(p.x - c.x, p.y - c.y)));
    for (const p of ring) expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeGreaterThanOrEqual(FIRST_RING - 1);
    cy.nodes()
      .filter((n) => !Object.hasOwn(ego.distances, n.id()))
      .forEach((n) => {
        expect(Math.hypot(n.position().x - c.x, n.position().y - c.y)).toBeGreaterThan(radius);
      });
    leaveArrangement(
      cy,
      home,
      () => undefined,
      false,
      () => done++,
    );
    expect(done).toBe(2);
    expect(home.size).toBe(0);
    cy.nodes().forEach((n) => expect(n.position()).toEqual(before.get(n.id())));
  });
});

describe('arrangementFor', () => {
  it('rings a focus and sets a pair side by side in the force layout only, and leaves a path where it is', () => {
    expect(arrangementFor('force', { pair: false, focus: true })).toBe('radial');
    expect(arrangementFor('force', { pair: true, focus: true })).toBe('pair');
    expect(arrangementFor('force', { path: true, pair: true, focus: true })).toBeNull();
    expect(arrangementFor('geographic', { pair: true, focus: true })).toBeNull();
    expect(arrangementFor('force', { pair: false, focus: false })).toBeNull();
  });
});
