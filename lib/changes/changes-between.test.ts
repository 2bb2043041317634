import { describe, expect, it } from 'vitest';
import { smallDataset, SOURCE } from '@/lib/data/dataset.fixtures';
import { buildGraph } from '@/lib/graph/build';
import { changesBetween, compareDates, previousDay } from './changes-between';

function fixtureGraph() {
  const dataset = smallDataset();
  // Gamma becomes independent in 1991 and ceases to exist in 2030 (for node events)
  dataset.lifespans.push({ state: 'CCC', periods: [{ start: '1991-12-26', end: null }], sources: [SOURCE] });
  return buildGraph(dataset);
}

describe('compareDates', () => {
  it('classifies ties that started, ended, changed status or stayed', () => {
    const graph = fixtureGraph();
    const c = compareDates(graph, '1998-01-01', '2013-01-01');
    expect(c.ties.get('membership:AAA>pact')?.difference).toBe('unchanged');
    // Beta: founder in 1998, suspended in 2013 → a status change, not an end
    expect(c.ties.get('membership:BBB>pact')?.difference).toBe('changed');
    const war = [...c.ties.keys()].find((k) => k.startsWith('conflict'));
    expect(war).toBeUndefined();
  });

  it('a withdrawal counts as gone and a new conflict as new', () => {
    const graph = fixtureGraph();
    const gone = compareDates(graph, '1998-01-01', '2000-01-01');
    expect(gone.ties.get('membership:BBB>pact')?.difference).toBe('gone');
    const fresh = compareDates(graph, '2020-01-01', '2022-01-01');
    expect([...fresh.ties].filter(([, t]) => t.difference === 'new').map(([k]) => k)).toEqual(['conflict/border-clash:AAA-CCC']);
  });

  it('marks nodes that appeared', () => {
    const c = compareDates(fixtureGraph(), '1991-01-01', '1993-01-01');
    expect(c.nodes.get('CCC')).toBe('appeared');
    expect(c.nodes.get('pact')).toBe('appeared');
    expect(c.nodes.get('AAA')).toBe('unchanged');
  });
});

describe('changesBetween', () => {
  it('lists every change in date order with what changed and its sources', () => {
    const events = changesBetween(fixtureGraph(), '1990-01-01', '2026-01-01');
    expect(events.map((e) => [e.date, e.type, e.key, e.from, e.to])).toEqual([
      ['1991-12-26', 'node-appeared', 'CCC', null, null],
      ['1992-05-15', 'node-appeared', 'pact', null, null],
      ['1992-05-15', 'tie-started', 'membership:AAA>pact', null, 'founder'],
      ['1992-05-15', 'tie-started', 'membership:BBB>pact', null, 'founder'],
      ['1999-04-20', 'tie-ended', 'membership:BBB>pact', 'founder', null],
      ['2006-06-23', 'tie-started', 'membership:BBB>pact', null, 'member'],
      ['2012-06-28', 'status-changed', 'membership:BBB>pact', 'member', 'suspended'],
      ['2021-04-28', 'tie-started', 'conflict/border-clash:AAA-CCC', null, 'active'],
      ['2021-05-01', 'status-changed', 'conflict/border-clash:AAA-CCC', 'active', 'ceasefire'],
    ]);
    const suspension = events.find((e) => e.to === 'suspended');
    expect(suspension?.sources[0]?.title).toBe('Suspension notice');
  });

  it('excludes the first date and includes the last', () => {
    const events = changesBetween(fixtureGraph(), '2012-06-28', '2021-04-28');
    expect(events.map((e) => e.date)).toEqual(['2021-04-28']);
  });

  it('steps back one calendar day across months and years', () => {
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2000-01-01')).toBe('1999-12-31');
  });
});

describe('changesView', () => {
  it('keeps gone ties and nodes as ghosts and classes every change', async () => {
    const { changesView } = await import('./changes-view');
    const graph = fixtureGraph();
    const { graph: union, classes, counts } = changesView(graph, '1998-01-01', '2000-01-01');
    expect(union.hasEdge('membership:BBB>pact')).toBe(true);
    expect(classes.get('membership:BBB>pact')).toBe('change-gone');
    expect(classes.get('membership:AAA>pact')).toBe('change-same');
    expect(counts).toMatchObject({ gone: 1, unchanged: 1, new: 0 });
    expect(union.getEdgeAttribute('membership:BBB>pact', 'status')).toBe('founder');
    expect(graph.getEdgeAttribute('membership:BBB>pact', 'status')).toBe('suspended');
  });
});
