// A graph whose node ids differ only in characters XML cannot hold (or in U+FFFD written as Entente codes them).
import type { EntenteGraph } from '@/lib/graph/types';
import { timeless } from './test-graphs.fixtures';

/** Ids that differ only in characters XML cannot hold, or in U+FFFD written as our code would be. */
export const CLASHING_IDS = ['a\u0001', 'a\u0002', 'a\uFFFD', 'a\uFFFD{0001}', 'a\uD800', 'a\uFFFF', 'a\uFFFD\u0001'];

/** The small test graph plus a node per clashing id, and a tie from each to the next. */
export function graphWithClashingIds(): EntenteGraph {
  const graph = timeless.copy() as EntenteGraph;
  const [someEdge] = graph.edges();
  const edgeAttributes = graph.getEdgeAttributes(someEdge!);
  for (const key of CLASHING_IDS) graph.addNode(key, { ...graph.getNodeAttributes('AAA'), label: `label ${key}` });
  CLASHING_IDS.slice(1).forEach((key, i) => graph.addDirectedEdgeWithKey(`tie ${key}`, CLASHING_IDS[i]!, key, { ...edgeAttributes, directed: true }));
  return graph;
}
