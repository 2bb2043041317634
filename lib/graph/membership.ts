// What a membership status means, in one place: who is in an organization on a date, who is associated, who has left.
import type { EntenteGraph } from './types';

/** Statuses that make a state part of an organization: frozen and suspended members are still formally in. */
export const MEMBER_STATUSES: ReadonlySet<string> = new Set(['founder', 'member', 'frozen', 'suspended']);
/** Observers and partners: associated, not members. */
export const ASSOCIATE_STATUSES: ReadonlySet<string> = new Set(['observer', 'partner']);

/** Each organization of the graph with its current members (the statuses above), in the graph's edge order. */
export function membersByOrganization(graph: EntenteGraph): Map<string, string[]> {
  const members = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'organization') members.set(key, []);
  });
  graph.forEachEdge((_, a, source, target) => {
    if (a.kind === 'membership' && MEMBER_STATUSES.has(a.status)) members.get(target)?.push(source);
  });
  return members;
}
