import { describe, expect, it } from 'vitest';
import type { Tie } from './schema';
import { checkSuccessions, type Succession } from './succession';

const succession: Succession = { predecessor: 'old', successor: 'new', handover: '1995-01-01', originalMember: /original member/i };
const membership = (source: string, target: string, periods: Tie['periods']): Tie =>
  ({ kind: 'membership', source, target, periods, sources: [{ title: 't', publisher: 'p', url: 'https://example.org', date: '1994' }] }) as Tie;

describe('checkSuccessions', () => {
  it('accepts predecessor rows ending at the handover and original members that were in the predecessor', () => {
    const ties = [
      membership('AAA', 'old', [{ start: '1948-01-01', end: '1995-01-01', status: 'founder' }]),
      membership('AAA', 'new', [{ start: '1995-01-01', end: null, status: 'founder' }]),
      membership('BBB', 'old', [{ start: '1970-05-01', end: '1995-01-01', status: 'member' }]),
      membership('BBB', 'new', [{ start: '1996-03-01', end: null, status: 'member', note: 'Original member from 1996-03-01.' }]),
      membership('CCC', 'new', [{ start: '2001-12-11', end: null, status: 'member', note: 'Acceded.' }]),
    ];
    expect(checkSuccessions(ties, [succession])).toEqual([]);
  });

  it('flags a predecessor row that outlives the handover and an original member the predecessor never had', () => {
    const ties = [
      membership('AAA', 'old', [{ start: '1948-01-01', end: null, status: 'founder' }]),
      membership('DDD', 'new', [{ start: '1995-01-01', end: null, status: 'founder' }]),
      membership('EEE', 'new', [{ start: '1994-06-01', end: null, status: 'member', note: 'Original member.' }]),
    ];
    const found = checkSuccessions(ties, [succession]);
    expect(found.map((p) => [p.index, p.path])).toEqual([
      [0, '.periods[0].end'],
      [1, '.periods[0]'],
      [2, '.periods[0].start'],
      [2, '.periods[0]'],
    ]);
    expect(found[1]!.message).toMatch(/no old membership holds on 1994-12-31/);
  });
});
