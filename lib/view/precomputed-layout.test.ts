import { describe, expect, it } from 'vitest';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { buildGraph } from '@/lib/graph/build';
import { precomputeForcePositions } from './precomputed-layout';

describe('precomputed force positions', () => {
  it('place every node, none on top of another (each can be clicked)', () => {
    const graph = buildGraph(smallDataset());
    const positions = precomputeForcePositions(graph, '2020-01-01');
    const keys = Object.keys(positions);
    expect(keys.sort()).toEqual(graph.nodes().sort());
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = positions[keys[i]!]!;
        const b = positions[keys[j]!]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${keys[i]} and ${keys[j]}`).toBeGreaterThanOrEqual(10);
      }
    }
  });
});
