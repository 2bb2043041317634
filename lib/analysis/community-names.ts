// Names communities so that a reader can tell them apart: by their most central members (ties inside the community)
// and by the organizations most of their states belong to.
import { IN_STATUSES } from '@/lib/graph/membership';
import type { EntenteGraph } from '@/lib/graph/types';
import { edgeHolds } from '@/lib/graph/holds';

export type NamedCommunity = {
  community: number;
  /** Members, most central first. */
  members: string[];
  /** The (up to three) most central states, or nodes when the community has no state: its name. */
  central: string[];
  /** Organizations at least half of its states belong to, most shared first (at most two). */
  shared: { key: string; label: string; members: number }[];
};

/** Communities of `graph` (community number by node), numbered as given, each with its name parts. */
export function nameCommunities(graph: EntenteGraph, communities: Readonly<Record<string, number>>): NamedCommunity[] {
  const byCommunity = new Map<number, string[]>();
  for (const [key, community] of Object.entries(communities)) {
    if (!graph.hasNode(key)) continue;
    byCommunity.set(community, [...(byCommunity.get(community) ?? []), key]);
  }
  return [...byCommunity]
    .sort(([a], [b]) => a - b)
    .map(([community, keys]) => {
      const inside = new Set(keys);
      const internal = new Map<string, number>();
      const orgCounts = new Map<string, number>();
      for (const key of keys) {
        let degree = 0;
        graph.forEachEdge(key, (_, attributes, source, target) => {
          if (!edgeHolds(attributes)) return;
          if (inside.has(source === key ? target : source)) degree += 1;
          if (source === key && attributes.kind === 'membership' && IN_STATUSES.has(attributes.status)) orgCounts.set(target, (orgCounts.get(target) ?? 0) + 1);
        });
        internal.set(key, degree);
      }
      const label = (key: string) => graph.getNodeAttribute(key, 'label');
      const members = [...keys].sort((a, b) => internal.get(b)! - internal.get(a)! || label(a).localeCompare(label(b)));
      const states = members.filter((k) => graph.getNodeAttribute(k, 'kind') === 'state');
      const central = (states.length > 0 ? states : members).slice(0, 3);
      const shared = [...orgCounts]
        .filter(([, count]) => states.length > 1 && count * 2 >= states.length)
        .sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])))
        .slice(0, 2)
        .map(([key, count]) => ({ key, label: label(key), members: count }));
      return { community, members, central, shared };
    });
}
