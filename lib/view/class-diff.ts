// Changes the classes of one family (label places, bloc rings) only on the elements whose classes differ: Cytoscape
// restyles, re-measures and redraws every element handed to addClass/removeClass, whether its classes changed or not.
import type { Collection, Core, EdgeCollection, NodeCollection, SingularElementArgument } from 'cytoscape';

/** Gives `element` exactly the classes of `family` listed in `wanted` (others of the family go); true when it changed. */
export function setClassesOf(element: SingularElementArgument, family: readonly string[], wanted: readonly string[]): boolean {
  const stale = family.filter((name) => element.hasClass(name) && !wanted.includes(name));
  const missing = wanted.filter((name) => !element.hasClass(name));
  if (stale.length > 0) element.removeClass(stale.join(' '));
  if (missing.length > 0) element.addClass(missing.join(' '));
  return stale.length > 0 || missing.length > 0;
}

/** Removes the classes of `family` from the elements that carry one; returns how many changed. */
export function clearClasses(cy: Core, elements: Collection | NodeCollection | EdgeCollection, family: readonly string[]): number {
  let changed = 0;
  cy.batch(() => (elements as Collection).forEach((element) => void (setClassesOf(element, family, []) && changed++)));
  return changed;
}
