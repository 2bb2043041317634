// Which ties the analyses count, what a tie weighs, and which memberships mean "being in" an organization.
import { TIE_KIND_TABLE, isPendingStatus, isStrainedStatus, isTieKind } from '@/lib/data/tie-kinds';
import { edgeHolds } from '@/lib/graph/holds';
import type { EdgeAttributes } from '@/lib/graph/types';

/** Membership statuses that make a state part of an organization (defined with the graph's membership rules). */
export { IN_STATUSES } from '@/lib/graph/membership';

/** Whether a tie holds on the view's date (lib/graph/holds.ts): ended ties are shown on request, never counted. */
export const isLiveTie = (attributes: Pick<EdgeAttributes, 'kind' | 'status'>): boolean => edgeHolds(attributes);

/** A tie that still makes its two ends adversaries: a hostile kind (a conflict) that holds, in ceasefire or frozen too. */
export function isHostileTie(attributes: Pick<EdgeAttributes, 'kind' | 'status'>): boolean {
  return isTieKind(attributes.kind) && TIE_KIND_TABLE[attributes.kind].relation === 'hostile' && edgeHolds(attributes);
}

/** A tie that binds its two ends as friends (an alliance in force): friendly, holding, not strained (suspended). */
export function isFriendlyTie(attributes: Pick<EdgeAttributes, 'kind' | 'status'>): boolean {
  return isTieKind(attributes.kind) && TIE_KIND_TABLE[attributes.kind].relation === 'friendly' && isBindingStatus(attributes);
}

/** A tie that binds two members of a bloc (an alliance in force, an active dependency): counted in cohesion's density. */
export function isBlocBindingTie(attributes: Pick<EdgeAttributes, 'kind' | 'status'>): boolean {
  return isTieKind(attributes.kind) && TIE_KIND_TABLE[attributes.kind].bindsBloc && isBindingStatus(attributes);
}

/**
 * Holds, is not strained and is in effect: an alliance in force, an active dependency (a suspended treaty is a sign of
 * strain; a treaty signed and not yet in force binds nobody yet).
 */
export function isBindingStatus(attributes: Pick<EdgeAttributes, 'kind' | 'status'>): boolean {
  if (!edgeHolds(attributes)) return false;
  return !isStrainedStatus(attributes.kind, attributes.status) && !isPendingStatus(attributes.kind, attributes.status);
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
