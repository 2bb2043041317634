// Which ties share their two ends with another tie (either direction): only those are drawn as separate curves; a lone
// tie is a straight line, which spares Cytoscape the search for parallel edges each time a tie's geometry is updated.
import type { EntenteGraph } from '@/lib/graph/types';

/** The keys of every edge that joins the same two nodes as at least one other edge. */
export function parallelTies(graph: EntenteGraph): ReadonlySet<string> {
  // Node keys are any strings: pairs are looked up through nested Maps, never through a joined string.
  const byPair = new Map<string, Map<string, string[]>>();
  graph.forEachEdge((key, _attributes, source, target) => {
    const [low, high] = source <= target ? [source, target] : [target, source];
    let row = byPair.get(low);
    if (!row) byPair.set(low, (row = new Map()));
    const keys = row.get(high);
    if (keys) keys.push(key);
    else row.set(high, [key]);
  });
  const parallel = new Set<string>();
  for (const row of byPair.values()) for (const keys of row.values()) if (keys.length > 1) for (const key of keys) parallel.add(key);
  return parallel;
}
