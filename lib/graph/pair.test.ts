import { describe, expect, it } from 'vitest';
import { blocDataset, FIXTURE_DAY } from '@/lib/analysis/entente.fixtures';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { pairEgo, pairSummary } from './pair';

const timeless = buildGraph(blocDataset());
const on = (day: string) => {
  const view = asOf(timeless, day);
  return (a: string, b: string) => pairSummary(timeless, view, view, a, b, day);
};
const today = on(FIXTURE_DAY);
const keys = (summary: ReturnType<typeof today>) => summary.groups.map((g) => [g.kind, g.ties.map((t) => `${t.subtype ?? ''} ${t.when} ${t.direction}`)]);

describe('pairSummary', () => {
  it('lists every tie between the two, grouped by kind, with its direction from the first node', () => {
    const pair = today('AAA', 'BBB');
    expect(keys(pair)).toEqual([
      ['alliance', ['defence-treaty current both']],
      ['dependency', ['trade-import current b-to-a', 'trade-export current a-to-b', 'arms current b-to-a']],
    ]);
    expect(pair.current).toBe(4);
    expect(pair.past).toBe(0);
    expect(pair.tiedDirectly).toBe(true);
    expect(pair.friendlyPath).toBeNull();
    expect(pair.groups[1]!.ties[0]!.weight).toEqual({ value: 29, unit: '% of imports', year: 2023 });
    expect(pair.groups[0]!.ties[0]!.sources).toHaveLength(1);
  });

  it('names the organizations both belong to, frozen members included with their status', () => {
    expect(today('AAA', 'BBB').shared.map((o) => [o.label, o.statusA, o.statusB])).toEqual([
      ['PACT', 'founder', 'member'],
      ['UNION', 'member', 'member'],
    ]);
    expect(today('AAA', 'CCC').shared.map((o) => [o.label, o.statusB])).toEqual([['PACT', 'frozen']]);
    // A withdrawn member or a partner shares nothing.
    expect(today('AAA', 'EEE').shared).toEqual([]);
  });

  it('keeps past and future ties, marked as such', () => {
    const peace = today('AAA', 'DDD');
    expect(keys(peace)).toEqual([
      ['conflict', ['war ended both']],
      ['dependency', ['energy current b-to-a']],
    ]);
    expect(peace.past).toBe(1);
    expect(keys(on('2010-01-01')('BBB', 'CCC'))).toEqual([['conflict', ['war future both']]]);
    const membership = keys(today('EEE', 'pact'));
    expect(membership).toEqual([['membership', [' ended a-to-b']]]);
  });

  it('finds the shortest friendly path when the two are not tied directly', () => {
    const pair = today('FFF', 'AAA');
    expect(pair.groups).toEqual([]);
    expect(pair.tiedDirectly).toBe(false);
    expect(pair.friendlyPath!.map((h) => `${h.from}-${h.to} ${h.kind}`)).toEqual(['FFF-CCC alliance', 'CCC-AAA alliance']);
  });

  it('highlights both nodes, their shared organizations, the ties between them', () => {
    const pair = today('AAA', 'BBB');
    const ego = pairEgo(asOf(timeless, FIXTURE_DAY), pair);
    expect(ego.distances).toEqual({ AAA: 0, BBB: 0, pact: 1, union: 1 });
    expect(ego.edges).toContain('alliance/defence-treaty:AAA-BBB');
    expect(ego.edges).toContain('membership:BBB>union');
    expect(ego.edges.some((e) => e.includes('CCC'))).toBe(false);
  });

  it('gives an empty answer for a node paired with itself or an unknown one', () => {
    expect(today('AAA', 'AAA').groups).toEqual([]);
    expect(today('AAA', 'nope').groups).toEqual([]);
  });
});
