// The tie-kind registry is consistent: every kind's ended, strained and default statuses are its own, and the
// membership groups cover every membership status exactly once.
import { describe, expect, it } from 'vitest';
import {
  MEMBERSHIP_GROUPS,
  MEMBERSHIP_GROUP_NAMES,
  PENDING_STATUSES,
  TIE_KINDS,
  TIE_KIND_TABLE,
  UNDIRECTED_KINDS,
  isEndedStatus,
  isPendingStatus,
  membershipGroup,
  membershipGroupOf,
} from './tie-kinds';

describe('tie-kind registry', () => {
  it('names only statuses and subtypes each kind has', () => {
    for (const kind of TIE_KINDS) {
      const spec = TIE_KIND_TABLE[kind];
      const statuses: readonly string[] = spec.statuses;
      expect(statuses, kind).toContain(spec.defaultStatus);
      for (const status of [...spec.ended, ...spec.strained, ...spec.pending]) expect(statuses, `${kind}: ${status}`).toContain(status);
      expect(spec.ended.some((s) => (spec.strained as readonly string[]).includes(s)), `${kind}: ended and strained overlap`).toBe(false);
      const other: readonly string[] = [...spec.ended, ...spec.strained];
      expect(spec.pending.some((s) => other.includes(s)), `${kind}: pending overlaps ended or strained`).toBe(false);
      for (const subtype of spec.hiddenByDefault) expect(spec.subtypes as readonly string[], kind).toContain(subtype);
    }
  });

  it('says which statuses end a tie: a withdrawal, a terminated treaty, a peace agreement, an ended conflict; not a frozen or suspended tie', () => {
    expect(isEndedStatus('membership', 'withdrawn')).toBe(true);
    expect(isEndedStatus('alliance', 'terminated')).toBe(true);
    expect(isEndedStatus('conflict', 'peace-agreement')).toBe(true);
    expect(isEndedStatus('conflict', 'ended')).toBe(true);
    expect(isEndedStatus('membership', 'frozen')).toBe(false);
    expect(isEndedStatus('membership', 'suspended')).toBe(false);
    expect(isEndedStatus('alliance', 'suspended')).toBe(false);
    expect(isEndedStatus('conflict', 'ceasefire')).toBe(false);
    expect(isEndedStatus('co-appearance', 'ended')).toBe(false); // an imported file's own kind never ends by status
  });

  it('says which statuses are agreed but not in effect: a treaty signed and not in force, which neither ends nor strains the tie', () => {
    expect(isPendingStatus('alliance', 'signed-not-in-force')).toBe(true);
    expect(isPendingStatus('alliance', 'in-force')).toBe(false);
    expect(isEndedStatus('alliance', 'signed-not-in-force')).toBe(false);
    expect(isPendingStatus('co-appearance', 'signed-not-in-force')).toBe(false); // an imported file's own kind
    expect(PENDING_STATUSES).toEqual([['alliance', 'signed-not-in-force']]);
  });

  it('derives the undirected kinds from the table', () => {
    expect([...UNDIRECTED_KINDS].sort()).toEqual(['alliance', 'conflict']);
  });

  it('puts every membership status in exactly one group, and a partner is never a former member', () => {
    const grouped = MEMBERSHIP_GROUP_NAMES.flatMap((g) => MEMBERSHIP_GROUPS[g].statuses as readonly string[]);
    expect([...grouped].sort()).toEqual([...TIE_KIND_TABLE.membership.statuses].sort());
    expect(membershipGroup('partner')).toBe('associates');
    expect(membershipGroup('observer')).toBe('associates');
    expect(membershipGroup('frozen')).toBe('strained');
    expect(membershipGroup('withdrawn')).toBe('former');
    expect(membershipGroup('founder')).toBe('members');
    // Belarus and Russia were NATO partners whose partnership ended: ended ties, not former members.
    expect(membershipGroupOf('withdrawn', [{ status: 'partner' }])).toBeNull();
    expect(membershipGroupOf('withdrawn', [{ status: 'member' }])).toBe('former');
    expect(membershipGroupOf('withdrawn', [{ status: 'observer' }, { status: 'member' }])).toBe('former');
    // The former group is exactly the membership statuses that end the tie; the strained group those that strain it.
    expect(MEMBERSHIP_GROUPS.former.statuses).toEqual(TIE_KIND_TABLE.membership.ended);
    expect([...MEMBERSHIP_GROUPS.strained.statuses].sort()).toEqual([...TIE_KIND_TABLE.membership.strained].sort());
  });
});
