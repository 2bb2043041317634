import { describe, expect, it } from 'vitest';
import { legendItems } from './image-legend';

const summary = { sized: null, coloured: null, focus: null, blocs: null } as const;

describe('an exported image’s legend', () => {
  it('names a plain imported graph’s nodes and edges as such, never as states and dependency ties', () => {
    const items = legendItems({
      ...summary,
      plain: true,
      nodeKinds: new Set(['state']),
      edges: [{ kind: 'dependency', status: 'active', color: 'rgb(92, 124, 250)', lineStyle: 'solid', width: 1.5 }],
    });
    expect(items.map((i) => i.label)).toEqual(['Node', 'Edge']);
  });

  it('names the curated model’s kinds', () => {
    const items = legendItems({
      ...summary,
      nodeKinds: new Set(['state', 'organization']),
      edges: [{ kind: 'alliance', status: 'in-force', color: '#2b8a3e', lineStyle: 'solid', width: 4 }],
    });
    expect(items.map((i) => i.label)).toEqual(['State', 'Organization', 'Alliance / defence treaty']);
  });

  it('names a treaty signed and not in force by its own style, not by its raw status', () => {
    const items = legendItems({
      ...summary,
      nodeKinds: new Set(['state']),
      edges: [
        { kind: 'alliance', status: 'in-force', color: '#2b8a3e', lineStyle: 'solid', width: 4 },
        { kind: 'alliance', status: 'signed-not-in-force', color: '#2b8a3e', lineStyle: 'dashed', width: 2 },
      ],
    });
    expect(items.map((i) => i.label)).toEqual(['State', 'Alliance / defence treaty', 'Treaty signed, not in force']);
  });
});
