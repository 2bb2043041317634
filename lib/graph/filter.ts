// Narrows an as-of view to what the user asked to see: ties that hold (ended ones on request), node kinds, regions,
// blocs, tie kinds and subtypes, conflict intensity and status, alliance status, dependency weight, membership group, isolated nodes.
// Returns a new graph; the input is untouched.
import { DEFAULT_HIDDEN_SUBTYPES, TIE_KINDS, type TieKind } from '@/lib/data/tie-kinds';
import { isDoubtfulEdge } from './doubtful';
import { edgeHolds } from './holds';
import { edgeMembershipGroup } from './membership';
import { ownKindKey, ownKindOf } from './own-kinds';
import type { EdgeAttributes, EntenteGraph, NodeAttributes } from './types';

export const MEMBERSHIP_LEVELS = ['members', 'associates', 'former'] as const;
export type MembershipLevel = (typeof MEMBERSHIP_LEVELS)[number];

export type Filters = {
  nodeKinds: ('state' | 'organization')[];
  /** Empty = every region. */
  regions: string[];
  subregions: string[];
  /** Empty = every organization; otherwise only these organizations and their members. */
  orgs: string[];
  tieKinds: TieKind[];
  /** Also draw ties that ended before the date (withdrawals, terminated treaties, ended conflicts), in their own style. */
  showEnded: boolean;
  /** Also draw ties whose figure is flagged doubtful (trade shares the plausibility check questions); hidden by default. */
  showDoubtful: boolean;
  /** Subtypes to hide, e.g. ["trade-import", "trade-export"]. */
  hiddenSubtypes: string[];
  /** "war": only conflicts at war intensity on the date. */
  conflictIntensity: 'any' | 'war';
  /** Empty = every conflict status. */
  conflictStatuses: string[];
  /** Empty = every alliance status (in force, signed and not in force, suspended; terminated with ended ties). */
  allianceStatuses: string[];
  /** Dependencies with a weight below this are hidden (ties without a weight stay). */
  minWeight: number;
  /** members: members and frozen or suspended ones; associates: also observers and partners; former: also former members (withdrawn, shown with ended ties). */
  membership: MembershipLevel;
  hideIsolated: boolean;
  /** Only nodes whose attribute `name` has one of `values` (any text attribute: an imported file's own columns too). */
  attribute: { name: string; values: string[] } | null;
  /** An imported graph's own node and edge kinds to hide (own-kinds.ts): "node:person", "edge:owns". */
  hiddenOwnKinds: string[];
};

export const DEFAULT_FILTERS: Filters = {
  nodeKinds: ['state', 'organization'],
  regions: [],
  subregions: [],
  orgs: [],
  tieKinds: [...TIE_KINDS],
  showEnded: false,
  showDoubtful: false,
  // Trade partners (about 1,900 ties) are one click away; shown by default they would bury every other tie.
  hiddenSubtypes: [...DEFAULT_HIDDEN_SUBTYPES],
  conflictIntensity: 'any',
  conflictStatuses: [],
  allianceStatuses: [],
  minWeight: 0,
  membership: 'former',
  hideIsolated: false,
  // In the order of the filters' registry (lib/view/filter-fields.ts): the filter panel compares them as JSON.
  hiddenOwnKinds: [],
  attribute: null,
};

/**
 * 0 for members (strained ones too), 1 for associates, 2 for former members and ended partnerships (shown with ended
 * ties); an imported file's own status counts as a member.
 */
function membershipLevel(edge: EdgeAttributes): number {
  const group = edgeMembershipGroup(edge);
  if (group === 'associates') return 1;
  if (group === 'former' || (group === null && !edgeHolds(edge))) return 2;
  return 0;
}

export function membershipShown(edge: EdgeAttributes, level: MembershipLevel): boolean {
  return membershipLevel(edge) <= MEMBERSHIP_LEVELS.indexOf(level);
}

const ownKindHidden = (a: object, target: 'node' | 'edge', f: Filters) =>
  f.hiddenOwnKinds.length > 0 && f.hiddenOwnKinds.includes(ownKindKey(target, ownKindOf(a, target)));

function edgeShown(a: EdgeAttributes, f: Filters): boolean {
  if (!f.showEnded && !edgeHolds(a)) return false;
  if (!f.showDoubtful && isDoubtfulEdge(a)) return false;
  if (ownKindHidden(a, 'edge', f)) return false;
  if (!f.tieKinds.includes(a.kind)) return false;
  if (a.subtype !== null && f.hiddenSubtypes.includes(a.subtype)) return false;
  switch (a.kind) {
    case 'membership':
      return membershipShown(a, f.membership);
    case 'conflict':
      if (f.conflictIntensity === 'war' && a.intensity !== 'war') return false;
      return f.conflictStatuses.length === 0 || f.conflictStatuses.includes(a.status);
    case 'alliance':
      return f.allianceStatuses.length === 0 || f.allianceStatuses.includes(a.status);
    case 'dependency':
      return a.weight === null || a.weight >= f.minWeight;
    default:
      return true;
  }
}

function nodeShown(a: NodeAttributes, f: Filters): boolean {
  if (!f.nodeKinds.includes(a.kind)) return false;
  if (ownKindHidden(a, 'node', f)) return false;
  if (f.attribute) {
    const value = (a as Record<string, unknown>)[f.attribute.name];
    if (value === undefined || value === null || !f.attribute.values.includes(String(value))) return false;
  }
  if (a.kind !== 'state') return true;
  if (f.regions.length > 0 && !f.regions.includes(a.region)) return false;
  return f.subregions.length === 0 || f.subregions.includes(a.subregion);
}

export function applyFilters(view: EntenteGraph, f: Filters): EntenteGraph {
  const out = view.nullCopy() as EntenteGraph;
  out.replaceAttributes(view.getAttributes());
  const keepNode = new Set<string>();
  view.forEachNode((key, a) => {
    if (nodeShown(a, f)) keepNode.add(key);
  });
  if (f.orgs.length > 0) {
    const chosen = new Set(f.orgs);
    const members = new Set<string>();
    view.forEachEdge((_, a, source, target) => {
      if (a.kind === 'membership' && chosen.has(target) && (f.showEnded || edgeHolds(a)) && membershipShown(a, f.membership)) members.add(source);
    });
    for (const key of [...keepNode]) {
      const kind = view.getNodeAttribute(key, 'kind');
      if (kind === 'organization' ? !chosen.has(key) : !members.has(key)) keepNode.delete(key);
    }
  }
  for (const key of keepNode) out.addNode(key, view.getNodeAttributes(key));
  view.forEachEdge((key, a, source, target) => {
    if (!keepNode.has(source) || !keepNode.has(target) || !edgeShown(a, f)) return;
    if (a.directed) out.addDirectedEdgeWithKey(key, source, target, a);
    else out.addUndirectedEdgeWithKey(key, source, target, a);
  });
  if (f.hideIsolated) out.forEachNode((key) => out.degree(key) === 0 && out.dropNode(key));
  return out;
}
