import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from '@/lib/graph/as-of';
import { buildGraph } from '@/lib/graph/build';
import { toElements } from './elements';
import { runLayout } from './layout';
import { loadForceLayout } from './register';
import { seededRandom } from '@/lib/graph/seeded-random';

beforeAll(() => loadForceLayout());

function layOut() {
  const graph = asOf(buildGraph(smallDataset()), '2022-01-01');
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
  runLayout(cy, { name: 'force', graph, values: {}, placed: null, animate: false });
  const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
  cy.destroy();
  return positions;
}

describe('runLayout (force)', () => {
  it('gives the same positions for the same data, every time', () => {
    const first = layOut();
    expect(Object.keys(first).sort()).toEqual(['AAA', 'BBB', 'CCC', 'pact']);
    expect(layOut()).toEqual(first);
  });
  it('leaves Math.random as it was', () => {
    const before = Math.random;
    layOut();
    expect(Math.random).toBe(before);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
