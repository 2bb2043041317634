// The bundled dataset's earlier suspensions (ECOWAS 2005–2012, the AU's of the Central African Republic 2003–2005) hold
// as "suspended" on a date inside each period, readmission follows, and `npm run data:report` lists them.
import { describe, expect, it } from 'vitest';
import { coverageReport } from '@/lib/data/report';
import { loadDataset } from '@/lib/data/load';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { edgeHolds } from './holds';

describe('earlier ECOWAS and AU suspensions in the as-of graph of the bundled dataset', async () => {
  const { dataset } = await loadDataset();
  const graph = buildGraph(dataset);
  const views = new Map<string, ReturnType<typeof asOf>>();
  const edgeOn = (key: string, day: string) => {
    let view = views.get(day);
    if (!view) views.set(day, (view = asOf(graph, day)));
    if (!view.hasEdge(key)) return undefined;
    const attributes = view.getEdgeAttributes(key);
    return { status: attributes.status, holds: edgeHolds(attributes) };
  };

  it.each([
    // key, before, during, after the suspension
    ['membership:GIN>ecowas', '2008-12-01', '2009-06-01', '2011-06-01'],
    ['membership:NER>ecowas', '2009-10-01', '2010-06-01', '2011-06-01'],
    ['membership:TGO>ecowas', '2005-02-10', '2005-02-22', '2005-03-01'],
    ['membership:CIV>ecowas', '2010-12-01', '2011-01-15', '2011-05-01'],
    ['membership:MLI>ecowas', '2012-03-20', '2012-04-01', '2012-06-01'],
    ['membership:CAF>au', '2003-03-01', '2004-06-01', '2005-07-01'],
  ])('shows %s in good standing on %s, suspended but still in on %s, readmitted on %s', (key, before, during, after) => {
    expect(edgeOn(key, before)).toEqual({ status: 'founder', holds: true });
    expect(edgeOn(key, during)).toEqual({ status: 'suspended', holds: true });
    expect(edgeOn(key, after)).toEqual({ status: 'member', holds: true });
  });

  it('ends a suspension known only to the month at that month (Côte d’Ivoire readmitted to ECOWAS in April 2011)', () => {
    expect(edgeOn('membership:CIV>ecowas', '2011-03-31')?.status).toBe('suspended');
    expect(edgeOn('membership:CIV>ecowas', '2011-04-01')?.status).toBe('member');
  });

  it('ends a suspension on the day of the decision lifting it (the AU readmitted the Central African Republic on 23 June 2005)', () => {
    expect(edgeOn('membership:CAF>au', '2005-06-22')?.status).toBe('suspended');
    expect(edgeOn('membership:CAF>au', '2005-06-23')?.status).toBe('member');
  });

  it('records the 2003 suspension on the African Union, not on the OAU it replaced in 2002', () => {
    expect(edgeOn('membership:CAF>oau', '2004-06-01')).toBeUndefined();
    expect(edgeOn('membership:CAF>oau', '2001-06-01')?.status).toBe('founder');
  });

  it('lists the ECOWAS suspensions per organization in the data report, in date order', () => {
    const ecowas = coverageReport(dataset, '2026-01-01').suspensions.ecowas ?? [];
    expect(ecowas.slice(0, 5)).toEqual([
      { state: 'TGO', start: '2005-02-19', end: '2005-02-26' },
      { state: 'GIN', start: '2009-01-10', end: '2011-03-24' },
      { state: 'NER', start: '2009-10-20', end: '2011-03-24' },
      { state: 'CIV', start: '2010-12-07', end: '2011-04' },
      { state: 'MLI', start: '2012-03-27', end: '2012-04-08' },
    ]);
  });
});
