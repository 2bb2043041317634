// The one "holds on a date" rule, and the membership groups every panel counts with.
import { describe, expect, it } from 'vitest';
import { blocView } from '@/lib/analysis/entente.fixtures';
import { smallDataset } from '@/lib/data/dataset.fixtures';
import { asOf } from './as-of';
import { buildGraph } from './build';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { edgeEndedOn, edgeHolds, holdsOn, tieOnDay } from './holds';
import { membershipCounts, membershipGroupsOf } from './membership';

const treaty = {
  kind: 'alliance',
  periods: [
    { status: 'in-force', start: '1950-04-11', end: '1980-04-11' },
    { status: 'terminated', start: '1980-04-11', end: '1991-12-26' },
  ],
};

describe('holds on a date', () => {
  it('holds while a period with a live status covers the day, from its start day to the day before its end', () => {
    expect(holdsOn(treaty, '1950-04-10')).toBe(false);
    expect(holdsOn(treaty, '1950-04-11')).toBe(true);
    expect(holdsOn(treaty, '1980-04-10')).toBe(true);
    expect(holdsOn(treaty, '1980-04-11')).toBe(false);
  });

  it('calls a tie ended when the covering period says so, and gives the day it ended', () => {
    expect(tieOnDay(treaty.kind, treaty.periods, '1985-01-01')).toMatchObject({ holds: false, endedOn: '1980-04-11', period: { status: 'terminated' } });
    expect(tieOnDay(treaty.kind, treaty.periods, '1960-01-01')).toMatchObject({ holds: true, endedOn: null });
    expect(tieOnDay(treaty.kind, treaty.periods, '1995-01-01')).toBeNull(); // beyond the record: not part of that day at all
  });

  it('keeps a frozen or suspended membership and a ceasefire holding', () => {
    expect(edgeHolds({ kind: 'membership', status: 'frozen' })).toBe(true);
    expect(edgeHolds({ kind: 'membership', status: 'suspended' })).toBe(true);
    expect(edgeHolds({ kind: 'conflict', status: 'ceasefire' })).toBe(true);
    expect(edgeEndedOn({ kind: 'conflict', status: 'peace-agreement', start: '2000-01-01' })).toBe('2000-01-01');
  });

  it('hides ended ties from the default view and shows them on request', () => {
    const view = asOf(buildGraph(smallDataset()), '2000-01-01'); // BBB withdrew from the pact in 1999
    expect(view.hasEdge('membership:BBB>pact')).toBe(true);
    expect(applyFilters(view, DEFAULT_FILTERS).hasEdge('membership:BBB>pact')).toBe(false);
    expect(applyFilters(view, { ...DEFAULT_FILTERS, showEnded: true }).hasEdge('membership:BBB>pact')).toBe(true);
    expect(applyFilters(view, { ...DEFAULT_FILTERS, showEnded: true, membership: 'associates' }).hasEdge('membership:BBB>pact')).toBe(false);
  });
});

describe('membership groups', () => {
  it('sorts an organization’s states into members, strained, associates and former', () => {
    const groups = membershipGroupsOf(blocView(), 'pact');
    expect(groups).toEqual({ members: ['AAA', 'BBB'], strained: ['CCC'], associates: ['DDD'], former: ['EEE'] });
    expect(membershipCounts(groups)).toEqual({ members: 2, strained: 1, associates: 1, former: 1, in: 3 });
  });

  it('counts a partner as an associate, never as a former member', () => {
    expect(membershipGroupsOf(blocView(), 'union')).toEqual({ members: ['AAA', 'BBB'], strained: [], associates: ['EEE'], former: [] });
  });
});
