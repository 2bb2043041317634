// Which ties bind: an alliance in force does; a suspended one, one signed and not yet in force, or a terminated one does not.
import { describe, expect, it } from 'vitest';
import { isBindingStatus, isFriendlyTie, isLiveTie } from './tie-rules';

describe('binding ties', () => {
  it('counts an alliance in force as friendly, not one that is only signed, suspended or terminated', () => {
    expect(isFriendlyTie({ kind: 'alliance', status: 'in-force' })).toBe(true);
    expect(isFriendlyTie({ kind: 'alliance', status: 'signed-not-in-force' })).toBe(false);
    expect(isFriendlyTie({ kind: 'alliance', status: 'suspended' })).toBe(false);
    expect(isFriendlyTie({ kind: 'alliance', status: 'terminated' })).toBe(false);
  });
  it('still shows a treaty signed and not in force: it holds on the date, it just binds nobody yet', () => {
    expect(isLiveTie({ kind: 'alliance', status: 'signed-not-in-force' })).toBe(true);
    expect(isBindingStatus({ kind: 'alliance', status: 'signed-not-in-force' })).toBe(false);
    expect(isBindingStatus({ kind: 'dependency', status: 'active' })).toBe(true);
  });
});
