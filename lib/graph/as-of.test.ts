import { describe, expect, it } from 'vitest';
import { SOURCE, smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from './as-of';
import { buildGraph } from './build';

const graph = buildGraph(smallDataset());
const membershipOf = (day: string, state: string) => {
  const view = asOf(graph, day);
  const key = `membership:${state}>pact`;
  return view.hasEdge(key) ? view.getEdgeAttribute(key, 'status') : null;
};

describe('asOf', () => {
  it('follows a member that left and rejoined through each of its periods', () => {
    expect(membershipOf('1995-01-01', 'BBB')).toBe('founder');
    expect(membershipOf('1999-04-19', 'BBB')).toBe('founder');
    expect(membershipOf('1999-04-20', 'BBB')).toBe('withdrawn'); // the end date is the day the status stopped holding
    expect(membershipOf('2006-06-23', 'BBB')).toBe('member');
    expect(membershipOf('2026-01-01', 'BBB')).toBe('suspended');
  });

  it('leaves out organizations before they were founded, and their ties', () => {
    const view = asOf(graph, '1990-01-01');
    expect(view.hasNode('pact')).toBe(false);
    expect(view.hasNode('AAA')).toBe(true);
    expect(view.size).toBe(0);
  });

  it('leaves out states outside their lifespan', () => {
    const dataset = smallDataset();
    dataset.lifespans.push({ state: 'CCC', periods: [{ start: '1991-12-26', end: null }], sources: [SOURCE] });
    const withLifespan = buildGraph(dataset);
    expect(asOf(withLifespan, '1991-12-25').hasNode('CCC')).toBe(false);
    expect(asOf(withLifespan, '1991-12-26').hasNode('CCC')).toBe(true);
  });

  it('names an organization as it was called on the date', () => {
    expect(asOf(graph, '2000-01-01').getNodeAttribute('pact', 'label')).toBe('PT');
    expect(asOf(graph, '2002-10-07').getNodeAttribute('pact', 'label')).toBe('PTO');
  });

  it("carries the shown period's dates, intensity and sources", () => {
    const clash = asOf(graph, '2021-04-30').getEdgeAttributes('conflict/border-clash:AAA-CCC');
    expect(clash).toMatchObject({ status: 'active', intensity: 'minor', start: '2021-04-28', end: '2021-05-01', directed: false });
    const later = asOf(graph, '2022-01-01').getEdgeAttributes('conflict/border-clash:AAA-CCC');
    expect(later).toMatchObject({ status: 'ceasefire', intensity: null });
    const suspended = asOf(graph, '2020-01-01').getEdgeAttributes('membership:BBB>pact');
    expect(suspended.periodSources.map((s) => s.title)).toEqual(['Suspension notice']);
  });

  it('does not modify the timeless graph and records the date', () => {
    const view = asOf(graph, '2000-01-01');
    expect(view.getAttribute('asOf')).toBe('2000-01-01');
    expect(graph.getAttribute('asOf')).toBeNull();
    expect(graph.size).toBe(3);
  });

  it('exports graphology JSON with the documented attributes', () => {
    const exported = asOf(graph, '2026-01-01').export();
    const edge = exported.edges.find((e) => e.key === 'membership:AAA>pact');
    expect(edge?.attributes).toMatchObject({ kind: 'membership', subtype: null, status: 'founder', start: '1992-05-15', end: null });
    expect(exported.nodes.find((n) => n.key === 'pact')?.attributes).toMatchObject({ kind: 'organization', label: 'PTO' });
  });
});
