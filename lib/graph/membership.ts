// What a membership status means, in one place: the four groups (members, strained, associates, former) from the
// tie-kind registry, who is in an organization on a date, and each organization's members counted by group.
import { firstDay } from '@/lib/data/dates';
import { IN_GROUPS, MEMBERSHIP_GROUPS, MEMBERSHIP_GROUP_NAMES, membershipGroupOf, type MembershipGroup } from '@/lib/data/tie-kinds';
import type { EdgeAttributes, EntenteGraph } from './types';

export { MEMBERSHIP_GROUPS, MEMBERSHIP_GROUP_NAMES, type MembershipGroup };

/**
 * The group of a membership edge on the view's date (its status and the periods before it): members, strained,
 * associates or former; null for an ended partnership or observer status (an ended tie, not a former member) and for
 * statuses no group knows.
 */
export function edgeMembershipGroup(edge: Pick<EdgeAttributes, 'kind' | 'status' | 'start' | 'periods'>): MembershipGroup | null {
  if (edge.kind !== 'membership') return null;
  const from = edge.start ? firstDay(edge.start) : null;
  const earlier =
    from && Array.isArray(edge.periods) ? (edge.periods as readonly { status: string; start: string }[]).filter((p) => firstDay(p.start) < from) : [];
  return membershipGroupOf(edge.status, earlier);
}

/** Statuses that make a state part of an organization: frozen and suspended members are still formally in. */
export const IN_STATUSES: ReadonlySet<string> = new Set(IN_GROUPS.flatMap((group) => MEMBERSHIP_GROUPS[group].statuses));
/** Observers and partners: associated, not members. */
export const ASSOCIATE_STATUSES: ReadonlySet<string> = new Set(MEMBERSHIP_GROUPS.associates.statuses);

export type MembershipGroups = Record<MembershipGroup, string[]>;

const emptyGroups = (): MembershipGroups => ({ members: [], strained: [], associates: [], former: [] });

/** An organization's states by membership group on the graph's date, each list sorted by key. */
export function membershipGroupsOf(graph: EntenteGraph, org: string): MembershipGroups {
  const groups = emptyGroups();
  if (!graph.hasNode(org)) return groups;
  graph.forEachInEdge(org, (_key, tie, source) => {
    const group = edgeMembershipGroup(tie);
    if (group) groups[group].push(source);
  });
  for (const group of MEMBERSHIP_GROUP_NAMES) groups[group].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return groups;
}

/** Counts per group, and how many are formally in (members + strained): the figures every panel, the API and the report show. */
export function membershipCounts(groups: MembershipGroups): Record<MembershipGroup, number> & { in: number } {
  return {
    members: groups.members.length,
    strained: groups.strained.length,
    associates: groups.associates.length,
    former: groups.former.length,
    in: IN_GROUPS.reduce((sum, group) => sum + groups[group].length, 0),
  };
}

/** Each organization of the graph with its current members (the statuses above), in the graph's edge order. */
export function membersByOrganization(graph: EntenteGraph): Map<string, string[]> {
  const members = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'organization') members.set(key, []);
  });
  graph.forEachEdge((_, a, source, target) => {
    if (a.kind === 'membership' && IN_STATUSES.has(a.status)) members.get(target)?.push(source);
  });
  return members;
}
