// The registry of centrality measures, so an API can validate a measure id and a UI can list them with their meaning.
import { idRecordFrom } from '@/lib/graph/id-record';
import { betweennessCentrality } from './betweenness';
import { closenessCentrality } from './closeness';
import { degreeCentrality } from './degree';
import { eigenvectorCentrality } from './eigenvector';
import type { MetricGraph } from './metric-graph';
import { pagerank } from './pagerank';
import { weightedDegree } from './weighted-degree';

export const MEASURE_IDS = ['degree', 'in-degree', 'out-degree', 'weighted-degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export type Measure = {
  id: MeasureId;
  label: string;
  /** One or two sentences for a tooltip: what a high score means, and how it is scaled. */
  description: string;
  /** What the measure means on a directed analysis graph (membership state → organization, dependency dependent → supplier, deployment sender → host). */
  directedMeaning: string;
  /** True when the measure only makes sense on a directed analysis graph (compute throws on an undirected one). */
  needsDirected: boolean;
  /** True when the measure reads edge weights. */
  weighted: boolean;
  /** True when it takes time linear in the graph's size: the explorer computes it at once, without the worker's round trip. */
  linear: boolean;
  /** Runs the measure with its defaults. */
  compute: (graph: MetricGraph) => Record<string, number>;
};

export const MEASURES: Readonly<Record<MeasureId, Measure>> = {
  degree: {
    id: 'degree',
    label: 'Degree',
    description: 'Share of the other nodes a node is tied to: degree / (n − 1).',
    directedMeaning: 'Incoming plus outgoing ties over n − 1, so it can exceed 1; an alliance (an arc each way) counts twice.',
    needsDirected: false,
    weighted: false,
    linear: true,
    compute: (graph) => degreeCentrality(graph, { mode: 'total' }),
  },
  'in-degree': {
    id: 'in-degree',
    label: 'In-degree',
    description: 'Share of the other nodes with a tie pointing to this node: in-degree / (n − 1).',
    directedMeaning: 'Members of an organization, states depending on a supplier, states sending forces to a host (plus allies).',
    needsDirected: true,
    weighted: false,
    linear: true,
    compute: (graph) => degreeCentrality(graph, { mode: 'in' }),
  },
  'out-degree': {
    id: 'out-degree',
    label: 'Out-degree',
    description: 'Share of the other nodes this node has a tie pointing to: out-degree / (n − 1).',
    directedMeaning: 'Organizations a state belongs to, suppliers it depends on, hosts it sends forces to (plus allies).',
    needsDirected: true,
    weighted: false,
    linear: true,
    compute: (graph) => degreeCentrality(graph, { mode: 'out' }),
  },
  'weighted-degree': {
    id: 'weighted-degree',
    label: 'Weighted degree',
    description: 'Sum of the weights of a node’s ties (a tie without a figure weighs 1, a share in % weighs value/100); not normalised.',
    directedMeaning: 'Incoming plus outgoing weight; an alliance (an arc each way) counts twice.',
    needsDirected: false,
    weighted: true,
    linear: true,
    compute: (graph) => weightedDegree(graph, { mode: 'total' }),
  },
  betweenness: {
    id: 'betweenness',
    label: 'Betweenness',
    description: 'How often a node lies on the shortest paths (in hops) between two others, normalised by (n − 1)(n − 2) as in NetworkX.',
    directedMeaning: 'Paths follow the arcs: a broker between dependents and suppliers, or between members and organizations.',
    needsDirected: false,
    weighted: false,
    linear: false,
    compute: (graph) => betweennessCentrality(graph),
  },
  closeness: {
    id: 'closeness',
    label: 'Closeness',
    description: 'How few hops separate a node from the others (Wasserman & Faust variant, fair to disconnected graphs; 0 to 1).',
    directedMeaning: 'Distances from the others to the node, along the arcs: how directly others depend on, join or deploy to it.',
    needsDirected: false,
    weighted: false,
    linear: false,
    compute: (graph) => closenessCentrality(graph),
  },
  eigenvector: {
    id: 'eigenvector',
    label: 'Eigenvector',
    description:
      'A node is central when its neighbours are; weighted, scaled to unit Euclidean norm. Concentrates in the largest component of a disconnected graph.',
    directedMeaning: 'Scores come from the nodes pointing to it; undefined (an error) on directed graphs without cycles, such as memberships alone.',
    needsDirected: false,
    weighted: true,
    linear: false,
    compute: (graph) => eigenvectorCentrality(graph),
  },
  pagerank: {
    id: 'pagerank',
    label: 'PageRank',
    description: 'Where a random walker following weighted ties ends up (damping 0.85); scores sum to 1.',
    directedMeaning: 'Rank flows along arcs: to organizations from members, to suppliers from dependents, to hosts from senders.',
    needsDirected: false,
    weighted: true,
    linear: false,
    compute: (graph) => pagerank(graph),
  },
};

export function isMeasureId(value: string): value is MeasureId {
  return (MEASURE_IDS as readonly string[]).includes(value);
}

/** Runs a measure by id; throws naming the module for an unknown id. */
export function computeMeasure(id: string, graph: MetricGraph): Record<string, number> {
  if (!isMeasureId(id)) throw new Error(`lib/analysis/measures: unknown measure "${id}" (known: ${MEASURE_IDS.join(', ')})`);
  return idRecordFrom(MEASURES[id].compute(graph));
}
