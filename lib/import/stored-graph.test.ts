import { describe, expect, it } from 'vitest';
import { checkStoredGraph } from './stored-graph';

const good = {
  name: 'g.json',
  savedAt: '2026-01-01T00:00:00.000Z',
  graph: { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { kind: 'alliance' } }] },
};

const problemsOf = (value: unknown) => {
  const check = checkStoredGraph(value);
  if (check.ok) throw new Error('accepted');
  return check.problems.join('\n');
};

describe('checkStoredGraph', () => {
  it('opens a good saved graph, normalised like an imported file', () => {
    const check = checkStoredGraph(good);
    expect(check.ok && check.stored.graph.nodes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(check.ok && check.stored.graph.edges[0]!.attributes!.periods).toHaveLength(1);
  });

  it('says what is wrong with each corruption, and never throws', () => {
    expect(problemsOf('garbage')).toBe('the saved value is the text "garbage", not a saved graph');
    expect(problemsOf({})).toMatch(/no name[\s\S]*no date[\s\S]*holds no graph/);
    expect(problemsOf(null)).toMatch(/empty/);
    expect(problemsOf({ ...good, graph: { ...good.graph, edges: [{ source: 'a', target: 'zz' }] } })).toBe(
      'graph.edges[0]: target "zz" is not a node of the file',
    );
    expect(problemsOf({ ...good, graph: { ...good.graph, nodes: [{ key: 'a' }, { key: 'a' }] } })).toMatch(/duplicate node id "a"/);
    expect(problemsOf({ ...good, graph: { ...good.graph, edges: [{ source: 'a', target: 'b', attributes: { periods: 'x' } }] } })).toMatch(/periods/);
    expect(problemsOf({ ...good, graph: 'x' })).toMatch(/its graph is the text "x"/);
    expect(problemsOf({ ...good, graph: { nodes: 'x' } })).toMatch(/nodes/);
    const cyclic: Record<string, unknown> = { nodes: [] };
    cyclic.self = cyclic;
    expect(problemsOf({ ...good, graph: cyclic })).toMatch(/cannot be read/);
  });

  it('keeps the ids of a saved graph named like object members', () => {
    const check = checkStoredGraph({ ...good, graph: { nodes: [{ key: 'toString' }, { key: 'b' }], edges: [{ source: 'b', target: 'toString' }] } });
    expect(check.ok && check.stored.graph.nodes.map((n) => n.key)).toEqual(['toString', 'b']);
  });
});
