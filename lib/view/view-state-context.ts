// What the URL parser checks parameters against, read from the graph on screen (bundled or imported).
import type { EntenteGraph } from '@/lib/graph/types';
import type { ViewStateContext } from './view-field';

export function viewStateContext(graph: EntenteGraph, measures: readonly string[], today: string): ViewStateContext {
  const regions = new Set<string>();
  const subregions = new Set<string>();
  const nodeAttributes = new Set<string>();
  graph.forEachNode((_, a) => {
    for (const name of Object.keys(a)) nodeAttributes.add(name);
    if (a.kind !== 'state') return;
    if (typeof a.region === 'string' && a.region) regions.add(a.region);
    if (typeof a.subregion === 'string' && a.subregion) subregions.add(a.subregion);
  });
  const subtypes = new Set<string>();
  const conflictStatuses = new Set<string>();
  graph.forEachEdge((_, a) => {
    if (typeof a.subtype === 'string') subtypes.add(a.subtype);
    if (a.kind !== 'conflict') return;
    if (typeof a.status === 'string') conflictStatuses.add(a.status);
    for (const period of Array.isArray(a.periods) ? a.periods : []) if (typeof period?.status === 'string') conflictStatuses.add(period.status);
  });
  return { nodeKeys: new Set(graph.nodes()), measures, today, regions, subregions, subtypes, conflictStatuses, nodeAttributes };
}
