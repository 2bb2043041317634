// Turns the graph a user sees (a MultiGraph of typed ties, as of a date) into the simple weighted graph the measures run on.
//
// Conventions, so that every result can say what it was computed on:
// - Only ties of the chosen kinds are kept, and only while they hold: withdrawn memberships, terminated alliances,
//   ended conflicts (status ended or peace-agreement) and ended dependencies or deployments never count (tie-rules.ts).
//   Conflicts are kept only when 'conflict' is among the kinds: a conflict is a link, not a positive one.
// - Parallel ties between the same pair collapse into one edge. Its `weight` is the sum of the ties' weights, where a
//   tie weighs its recorded value, a percentage share weighs value/100 (29 % of imports → 0.29), and a tie without a
//   numeric weight weighs 1. The edge lists the contributing tie keys in `ties`.
// - direction 'undirected': every tie links the pair both ways, one edge per unordered pair.
//   direction 'directed': directed ties keep their direction (membership state → organization, dependency
//   dependent → supplier, deployment sender → host); undirected ties (alliance, conflict) and co-membership links
//   become a pair of opposite arcs, each with the tie's full weight. One arc per ordered pair.
// - projection 'bipartite': states and organizations stay as nodes. Every state is kept, even without ties (isolated
//   states count in normalisations); an organization is kept only when one of the kept ties touches it.
// - projection 'co-membership': organizations are dropped. Each pair of states that are both in an organization
//   (status founder, member, frozen or suspended; observers and partners are associates, not members) gets a link
//   weighing 1 per organization they share; the other chosen kinds are kept between states only (a deployment sent by
//   an organization, for instance, is dropped).
import { DirectedGraph, UndirectedGraph } from '@/lib/graph/graphology';
import type Graph from '@/lib/graph/graphology';
import { DEFAULT_MEASURE_KINDS, TIE_KINDS, type TieKind } from '@/lib/data/tie-kinds';
import type { EntenteGraph } from '@/lib/graph/types';
import { byKey, IN_STATUSES, isLiveTie, tieWeight } from './tie-rules';

export type Projection = 'bipartite' | 'co-membership';
export type Direction = 'directed' | 'undirected';

export type AnalysisOptions = {
  kinds: readonly TieKind[];
  projection: Projection;
  direction: Direction;
};

export const DEFAULTS: AnalysisOptions = {
  kinds: DEFAULT_MEASURE_KINDS,
  projection: 'bipartite',
  direction: 'undirected',
};

export type AnalysisNodeAttributes = { kind: 'state' | 'organization'; label: string };

export type AnalysisEdgeAttributes = {
  /** Sum of the contributing ties' weights (see the module comment); for co-membership, 1 per shared organization. */
  weight: number;
  /** Kinds of the contributing ties, in TIE_KINDS order. */
  kinds: TieKind[];
  /** Keys of the contributing ties in the source graph, sorted; for co-membership, both states' membership ties. */
  ties: string[];
  /** The organizations two states share (co-membership projection only; empty otherwise). */
  organizations: string[];
};

/** What an analysis graph was built from; stored as its graph attributes and returned by describeAnalysisGraph. */
export type AnalysisDescription = {
  kinds: TieKind[];
  projection: Projection;
  direction: Direction;
  /** The date of the view it was built from (null for the timeless graph). */
  asOf: string | null;
  nodes: number;
  edges: number;
};

export type AnalysisGraph = Graph<AnalysisNodeAttributes, AnalysisEdgeAttributes, AnalysisDescription>;

type PendingEdge = { source: string; target: string; weight: number; kinds: Set<TieKind>; ties: Set<string>; organizations: Set<string> };

function resolveOptions(partial: Partial<AnalysisOptions>): AnalysisOptions {
  const options = { ...DEFAULTS, ...partial };
  for (const kind of options.kinds) {
    if (!(TIE_KINDS as readonly string[]).includes(kind)) throw new Error(`lib/analysis/analysis-graph: unknown tie kind "${String(kind)}"`);
  }
  if (options.projection !== 'bipartite' && options.projection !== 'co-membership') {
    throw new Error(`lib/analysis/analysis-graph: unknown projection "${String(options.projection)}"`);
  }
  if (options.direction !== 'directed' && options.direction !== 'undirected') {
    throw new Error(`lib/analysis/analysis-graph: unknown direction "${String(options.direction)}"`);
  }
  return { ...options, kinds: TIE_KINDS.filter((kind) => options.kinds.includes(kind)) };
}

/** The key of the analysis edge from `source` to `target` (sorted by byKey when the analysis graph is undirected). */
export const pairKey = (source: string, target: string): string => JSON.stringify([source, target]);

/** A new simple graph for the measures (options default to DEFAULTS: every kind but conflict, bipartite, undirected); the input graph is not modified. */
export function prepareAnalysisGraph(graph: EntenteGraph, options: Partial<AnalysisOptions> = {}): AnalysisGraph {
  const { kinds, projection, direction } = resolveOptions(options);
  const chosen = new Set<TieKind>(kinds);
  const directed = direction === 'directed';
  const coMembership = projection === 'co-membership';
  const isState = (node: string) => graph.getNodeAttribute(node, 'kind') === 'state';

  const pending = new Map<string, PendingEdge>();
  const touched = new Set<string>();
  const link = (source: string, target: string, weight: number, kind: TieKind, ties: string[], organization?: string) => {
    const [s, t] = !directed && byKey(target, source) < 0 ? [target, source] : [source, target];
    // One edge per ordered pair (per unordered pair when undirected, s and t sorted above); any string is an id, so
    // the pair is keyed by its JSON form, which no two pairs share.
    const id = pairKey(s, t);
    let edge = pending.get(id);
    if (!edge) {
      edge = { source: s, target: t, weight: 0, kinds: new Set(), ties: new Set(), organizations: new Set() };
      pending.set(id, edge);
    }
    edge.weight += weight;
    edge.kinds.add(kind);
    for (const tie of ties) edge.ties.add(tie);
    if (organization !== undefined) edge.organizations.add(organization);
    touched.add(s).add(t);
  };
  const linkTie = (source: string, target: string, weight: number, kind: TieKind, ties: string[], tieDirected: boolean, organization?: string) => {
    link(source, target, weight, kind, ties, organization);
    if (directed && !tieDirected) link(target, source, weight, kind, ties, organization);
  };

  const membersOf = new Map<string, { state: string; tie: string }[]>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (!chosen.has(attributes.kind) || !isLiveTie(attributes)) return;
    if (coMembership && attributes.kind === 'membership') {
      if (!IN_STATUSES.has(attributes.status) || !isState(source)) return;
      const members = membersOf.get(target) ?? [];
      members.push({ state: source, tie: key });
      membersOf.set(target, members);
      return;
    }
    if (coMembership && (!isState(source) || !isState(target))) return;
    linkTie(source, target, tieWeight(attributes), attributes.kind, [key], attributes.directed);
  });
  for (const [organization, members] of membersOf) {
    members.sort((x, y) => byKey(x.state, y.state));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        linkTie(a.state, b.state, 1, 'membership', [a.tie, b.tie], false, organization);
      }
    }
  }

  const result: AnalysisGraph = directed
    ? new DirectedGraph<AnalysisNodeAttributes, AnalysisEdgeAttributes, AnalysisDescription>({ allowSelfLoops: false })
    : new UndirectedGraph<AnalysisNodeAttributes, AnalysisEdgeAttributes, AnalysisDescription>({ allowSelfLoops: false });
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'organization' && (coMembership || !touched.has(node))) return;
    result.addNode(node, { kind: attributes.kind, label: attributes.label });
  });
  for (const [id, edge] of pending) {
    result.addEdgeWithKey(id, edge.source, edge.target, {
      weight: edge.weight,
      kinds: TIE_KINDS.filter((kind) => edge.kinds.has(kind)),
      ties: [...edge.ties].sort(byKey),
      organizations: [...edge.organizations].sort(byKey),
    });
  }
  result.replaceAttributes({ kinds: [...kinds], projection, direction, asOf: graph.getAttribute('asOf') ?? null, nodes: result.order, edges: result.size });
  return result;
}

/** What the analysis graph was computed on, to return alongside any result. */
export function describeAnalysisGraph(graph: AnalysisGraph): AnalysisDescription {
  const attributes = graph.getAttributes();
  return { ...attributes, kinds: [...attributes.kinds], nodes: graph.order, edges: graph.size };
}
