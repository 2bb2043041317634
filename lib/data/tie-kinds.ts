// The tie-kind registry: each kind's statuses, subtypes, direction, endpoints and meaning, in one table that the
// schemas, the graph, the filters, the analyses and the view read. Adding a kind: an entry here, its style in
// lib/view/tie-styles.ts (with its legend text); the compiler points to any other place that must know it.

export type NodeKind = 'state' | 'organization';

/**
 * How a tie reads in the analyses: `friendly` ties bind (cohesion, structural balance), `hostile` ones oppose,
 * `membership` ties put a state in an organization, `neutral` ones link without a sign.
 */
export type TieRelation = 'membership' | 'friendly' | 'hostile' | 'neutral';

type Statuses = readonly [string, ...string[]];

export type TieKindSpec = {
  /** Every status a period of this kind may have. */
  statuses: Statuses;
  /** Statuses that say the tie no longer holds (a withdrawal, a terminated treaty, a peace agreement, an ended conflict). */
  ended: readonly string[];
  /** Statuses that hold but strain the tie (a frozen membership, a suspended treaty): shown, not counted as binding. */
  strained: readonly string[];
  /** Statuses of a tie agreed but not in effect (a treaty signed, not yet in force): shown, not counted as binding. */
  pending: readonly string[];
  /** The status of a tie read from a file that gives none. */
  defaultStatus: string;
  subtypes: readonly string[];
  /** Directed: the tie points from source to target (member → organization, dependent → supplier). */
  directed: boolean;
  endpoints: { source: readonly NodeKind[]; target: readonly NodeKind[] };
  relation: TieRelation;
  /** Subtypes hidden by default in the explorer (trade would bury every other tie). */
  hiddenByDefault: readonly string[];
  /** Whether the measures (degree, PageRank …) run on this kind unless the user chooses otherwise. */
  inMeasuresByDefault: boolean;
  /** Whether a holding, unstrained tie of this kind between two members makes a bloc cohesive (its density). */
  bindsBloc: boolean;
};

export const TIE_KIND_TABLE = {
  membership: {
    statuses: ['founder', 'member', 'observer', 'partner', 'suspended', 'frozen', 'withdrawn'],
    ended: ['withdrawn'],
    strained: ['suspended', 'frozen'],
    pending: [],
    defaultStatus: 'member',
    subtypes: [],
    directed: true,
    endpoints: { source: ['state'], target: ['organization'] },
    relation: 'membership',
    hiddenByDefault: [],
    inMeasuresByDefault: true,
    bindsBloc: false,
  },
  alliance: {
    // `signed-not-in-force`: signed, awaiting ratification or entry into force (the Pukpuk treaty of October 2025).
    statuses: ['signed-not-in-force', 'in-force', 'suspended', 'terminated'],
    ended: ['terminated'],
    strained: ['suspended'],
    pending: ['signed-not-in-force'],
    defaultStatus: 'in-force',
    subtypes: ['defence-treaty', 'strategic-partnership'],
    directed: false,
    endpoints: { source: ['state'], target: ['state'] },
    relation: 'friendly',
    hiddenByDefault: [],
    inMeasuresByDefault: true,
    bindsBloc: true,
  },
  conflict: {
    // `continuing`: held on the reference data's last date, not verified since (the period's start is the first day not verified).
    statuses: ['active', 'ceasefire', 'frozen', 'ended', 'peace-agreement', 'continuing'],
    ended: ['ended', 'peace-agreement'],
    strained: [],
    pending: [],
    defaultStatus: 'active',
    // `strike`: a one-off attack on another state's territory, not a war between the two (Israel's strike on Doha, 2025).
    subtypes: ['war', 'border-clash', 'territorial', 'strike'],
    directed: false,
    endpoints: { source: ['state'], target: ['state'] },
    relation: 'hostile',
    hiddenByDefault: [],
    inMeasuresByDefault: false,
    bindsBloc: false,
  },
  dependency: {
    statuses: ['active', 'ended'],
    ended: ['ended'],
    strained: [],
    pending: [],
    defaultStatus: 'active',
    subtypes: ['trade-import', 'trade-export', 'energy', 'arms', 'basing', 'security'],
    directed: true,
    endpoints: { source: ['state'], target: ['state'] },
    relation: 'neutral',
    hiddenByDefault: ['trade-import', 'trade-export'],
    inMeasuresByDefault: true,
    bindsBloc: true,
  },
  deployment: {
    statuses: ['active', 'ended', 'continuing'],
    ended: ['ended'],
    strained: [],
    pending: [],
    defaultStatus: 'active',
    subtypes: ['peacekeeping', 'intervention', 'invasion'],
    directed: true,
    endpoints: { source: ['state', 'organization'], target: ['state'] },
    relation: 'neutral',
    hiddenByDefault: [],
    inMeasuresByDefault: true,
    bindsBloc: false,
  },
} as const satisfies Record<string, TieKindSpec>;

export type TieKind = keyof typeof TIE_KIND_TABLE;
export type TieStatusOf<K extends TieKind> = (typeof TIE_KIND_TABLE)[K]['statuses'][number];
export type TieStatus = { [K in TieKind]: TieStatusOf<K> }[TieKind];
export type TieSubtypeOf<K extends TieKind> = (typeof TIE_KIND_TABLE)[K]['subtypes'][number];

/** Every tie kind, in the order panels list them. */
export const TIE_KINDS = Object.keys(TIE_KIND_TABLE) as TieKind[];

export function isTieKind(value: unknown): value is TieKind {
  return typeof value === 'string' && Object.hasOwn(TIE_KIND_TABLE, value);
}

export function tieKindSpec(kind: TieKind): TieKindSpec {
  return TIE_KIND_TABLE[kind];
}

/** Kinds whose ties have no direction: A fights B is B fights A. */
export const UNDIRECTED_KINDS: ReadonlySet<TieKind> = new Set(TIE_KINDS.filter((kind) => !TIE_KIND_TABLE[kind].directed));

/** Whether `status` says a tie of `kind` no longer holds. Unknown kinds (an imported file's own) never end by status. */
export function isEndedStatus(kind: string, status: string): boolean {
  return isTieKind(kind) && (TIE_KIND_TABLE[kind].ended as readonly string[]).includes(status);
}

/** Whether `status` strains a tie of `kind` that still holds (frozen membership, suspended treaty). */
export function isStrainedStatus(kind: string, status: string): boolean {
  return isTieKind(kind) && (TIE_KIND_TABLE[kind].strained as readonly string[]).includes(status);
}

/** Whether `status` says a tie of `kind` is agreed but not in effect (a treaty signed, not in force). */
export function isPendingStatus(kind: string, status: string): boolean {
  return isTieKind(kind) && (TIE_KIND_TABLE[kind].pending as readonly string[]).includes(status);
}

/** Every kind's pending statuses, as [kind, status] pairs: the stylesheet and the legend draw them alike. */
export const PENDING_STATUSES: readonly (readonly [TieKind, string])[] = TIE_KINDS.flatMap((kind) =>
  (TIE_KIND_TABLE[kind].pending as readonly string[]).map((status) => [kind, status] as const),
);

/** Kinds with the given relation, in TIE_KINDS order. */
export function kindsWithRelation(relation: TieRelation): TieKind[] {
  return TIE_KINDS.filter((kind) => TIE_KIND_TABLE[kind].relation === relation);
}

/** The kinds the measures run on by default (every kind but conflicts: a conflict is a link, not a positive one). */
export const DEFAULT_MEASURE_KINDS: readonly TieKind[] = TIE_KINDS.filter((kind) => TIE_KIND_TABLE[kind].inMeasuresByDefault);

/** Subtypes the explorer hides until asked (trade partners: about 1,900 ties that would bury the rest). */
export const DEFAULT_HIDDEN_SUBTYPES: readonly string[] = TIE_KINDS.flatMap((kind) => TIE_KIND_TABLE[kind].hiddenByDefault);

/** Every status any kind uses that means "ended", e.g. for a status filter's labels. */
export const ALL_ENDED_STATUSES: ReadonlySet<string> = new Set(TIE_KINDS.flatMap((kind) => TIE_KIND_TABLE[kind].ended));

// ---- membership groups: how every panel, the API and the report name and count a membership ----------------

export type MembershipStatus = TieStatusOf<'membership'>;

/** The four groups, in display order; every membership status is in exactly one (checked below by the compiler). */
export const MEMBERSHIP_GROUPS = {
  members: { label: 'Members', statuses: ['founder', 'member'] },
  strained: { label: 'Frozen or suspended', statuses: ['frozen', 'suspended'] },
  associates: { label: 'Observers and partners', statuses: ['observer', 'partner'] },
  former: { label: 'Former members', statuses: ['withdrawn'] },
} as const satisfies Record<string, { label: string; statuses: readonly MembershipStatus[] }>;

export type MembershipGroup = keyof typeof MEMBERSHIP_GROUPS;
export const MEMBERSHIP_GROUP_NAMES = Object.keys(MEMBERSHIP_GROUPS) as MembershipGroup[];

// Compile-time check: a membership status missing from every group is a type error here.
type GroupedStatus = (typeof MEMBERSHIP_GROUPS)[MembershipGroup]['statuses'][number];
const everyStatusGrouped: Record<Exclude<MembershipStatus, GroupedStatus>, never> = {};
void everyStatusGrouped;

/** The group of a membership status; null for a status no group knows (an imported file's own). */
export function membershipGroup(status: string): MembershipGroup | null {
  for (const group of MEMBERSHIP_GROUP_NAMES) {
    if ((MEMBERSHIP_GROUPS[group].statuses as readonly string[]).includes(status)) return group;
  }
  return null;
}

/** Groups whose states are formally in the organization: members in good standing and frozen or suspended ones. */
export const IN_GROUPS: readonly MembershipGroup[] = ['members', 'strained'];

/**
 * The group of a membership in one of its periods, knowing the periods before it: a withdrawal makes a former member
 * only of a state that was in (a member, frozen or suspended). An ended partnership or observer status is an ended
 * tie, never a former membership: null. Without earlier periods (an imported tie) a withdrawal counts as former.
 */
export function membershipGroupOf(status: string, earlier: readonly { status: string }[]): MembershipGroup | null {
  const group = membershipGroup(status);
  if (group !== 'former' || earlier.length === 0) return group;
  return earlier.some((p) => IN_GROUPS.includes(membershipGroup(p.status) as MembershipGroup)) ? 'former' : null;
}
