// Louvain communities of a shown graph on the ties the measure runs on: what the explorer asks the analysis worker for.
import { idRecord } from '@/lib/graph/id-record';
import type { EntenteGraph } from '@/lib/graph/types';
import { prepareAnalysisGraph, type AnalysisOptions } from './analysis-graph';
import { detectCommunities, type CommunityResult } from './communities';

export type CommunityRequest = Pick<AnalysisOptions, 'kinds' | 'projection'>;

/** Communities on the undirected analysis graph; a graph with no tie of the chosen kinds has none. */
export function runCommunities(graph: EntenteGraph, request: CommunityRequest): CommunityResult {
  const analysis = prepareAnalysisGraph(graph, { kinds: request.kinds, projection: request.projection, direction: 'undirected' });
  return analysis.size > 0 ? detectCommunities(analysis) : { communities: idRecord<number>(), count: 0, modularity: null };
}
