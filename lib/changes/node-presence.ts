// The days on which a node begins or stops existing (a state's lifespan, an organization's founding and dissolution).
import { firstDay } from '@/lib/data/dates';
import type { NodeAttributes } from '@/lib/graph/types';

/** The days on which the node begins or stops existing. */
export function nodeBoundaries(attributes: NodeAttributes): string[] {
  if (attributes.kind === 'state') return (attributes.lifespan ?? []).flatMap((s) => [s.start, ...(s.end ? [s.end] : [])]).map(firstDay);
  if (attributes.kind !== 'organization' || !attributes.founded) return [];
  return [attributes.founded, ...(attributes.dissolved ? [attributes.dissolved] : [])].map(firstDay);
}
