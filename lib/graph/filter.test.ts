// The alliance status filter: a treaty signed and not yet in force is shown by default and can be shown alone or hidden.
import { describe, expect, it } from 'vitest';
import { SOURCE, smallDataset } from '@/lib/data/dataset.fixtures';
import type { Tie } from '@/lib/data/schema';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { DEFAULT_FILTERS, applyFilters } from './filter';

function withTreaties() {
  const dataset = smallDataset();
  const treaties: Tie[] = [
    {
      kind: 'alliance',
      subtype: 'defence-treaty',
      source: 'AAA',
      target: 'BBB',
      periods: [
        { status: 'signed-not-in-force', start: '2019-01-22', end: '2020-01-22' },
        { status: 'in-force', start: '2020-01-22', end: null },
      ],
      sources: [SOURCE],
    },
    {
      kind: 'alliance',
      subtype: 'defence-treaty',
      source: 'BBB',
      target: 'CCC',
      periods: [{ status: 'signed-not-in-force', start: '2025-10-06', end: null }],
      sources: [SOURCE],
    },
  ];
  dataset.ties.push(...treaties);
  return buildGraph(dataset);
}

const alliances = (view: ReturnType<typeof asOf>) => view.filterEdges((_, a) => a.kind === 'alliance').sort();

describe('alliance status filter', () => {
  const graph = withTreaties();
  it('shows a treaty signed and not in force by default, with its status on the date', () => {
    const view = asOf(graph, '2026-01-01');
    expect(view.getEdgeAttribute('alliance/defence-treaty:BBB-CCC', 'status')).toBe('signed-not-in-force');
    expect(asOf(graph, '2019-06-01').getEdgeAttribute('alliance/defence-treaty:AAA-BBB', 'status')).toBe('signed-not-in-force');
    expect(alliances(applyFilters(view, DEFAULT_FILTERS))).toEqual(['alliance/defence-treaty:AAA-BBB', 'alliance/defence-treaty:BBB-CCC']);
  });
  it('keeps only the checked statuses', () => {
    const view = asOf(graph, '2026-01-01');
    expect(alliances(applyFilters(view, { ...DEFAULT_FILTERS, allianceStatuses: ['signed-not-in-force'] }))).toEqual(['alliance/defence-treaty:BBB-CCC']);
    expect(alliances(applyFilters(view, { ...DEFAULT_FILTERS, allianceStatuses: ['in-force'] }))).toEqual(['alliance/defence-treaty:AAA-BBB']);
  });
});
