// Which ties the analyses count, what a tie weighs, and which memberships mean "being in" an organization.
import type { TieKind } from '@/lib/data/schema';
import type { EdgeAttributes } from '@/lib/graph/types';

/** Membership statuses that make a state part of an organization (defined with the graph's membership rules). */
export { MEMBER_STATUSES as IN_STATUSES } from '@/lib/graph/membership';

/** Conflict statuses that still make two states adversaries (an ended conflict or a peace agreement does not). */
export const HOSTILE_STATUSES: ReadonlySet<string> = new Set(['active', 'ceasefire', 'frozen', 'continuing']);

/**
 * Statuses that say a tie no longer holds on the view's date, per kind. The as-of view keeps such ties
 * (a withdrawal is a fact worth showing), but no analysis counts them as links.
 */
export const ENDED_STATUSES: Readonly<Record<TieKind, ReadonlySet<string>>> = {
  membership: new Set(['withdrawn']),
  alliance: new Set(['terminated']),
  conflict: new Set(['ended', 'peace-agreement']),
  dependency: new Set(['ended']),
  deployment: new Set(['ended']),
};

export function isLiveTie(attributes: Pick<EdgeAttributes, 'kind' | 'status'>): boolean {
  return !ENDED_STATUSES[attributes.kind].has(attributes.status);
}

/**
 * What one tie weighs in an analysis: its recorded value, divided by 100 when the unit is a percentage
 * ("29 % of imports" weighs 0.29), and 1 when it has no numeric weight (an alliance, a base, a membership).
 * So an alliance weighs as much as a 100 % trade dependency.
 */
export function tieWeight(attributes: Pick<EdgeAttributes, 'weight' | 'unit'>): number {
  const { weight, unit } = attributes;
  if (typeof weight !== 'number' || !Number.isFinite(weight)) return 1;
  return unit !== null && unit.trim().startsWith('%') ? weight / 100 : weight;
}

/** Plain code-unit order, the same in every locale: used wherever a result must not depend on insertion order. */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
