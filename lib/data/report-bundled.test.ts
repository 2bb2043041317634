// `npm run data:report` counts the memberships of the bundled dataset as the compare view and the API do.
import { describe, expect, it } from 'vitest';
import { blocCohesion } from '@/lib/analysis/cohesion';
import { buildGraph } from '@/lib/graph/build';
import { asOf } from '@/lib/graph/as-of';
import { loadDataset } from './load';
import { coverageReport } from './report';

describe('the data report on the bundled dataset', async () => {
  const { dataset } = await loadDataset();
  const day = '2026-01-01';
  const report = coverageReport(dataset, day);
  const view = asOf(buildGraph(dataset), day);
  it.each(['csto', 'nato', 'cis', 'eaeu'])('counts the %s as the compare view and the API do', (org) => {
    const { counts } = blocCohesion(view, org);
    const row = report.memberships[org]!;
    expect({ members: row.members, strained: row.strained, associates: row.associates, former: row.former, in: row.current }).toEqual(counts);
  });
  it('counts the CSTO as five members and two frozen or suspended (Armenia, Uzbekistan)', () => {
    expect(report.memberships.csto).toMatchObject({ members: 5, strained: 2, current: 7 });
  });
});
