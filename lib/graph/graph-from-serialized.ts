// One graphology graph per serialized graph: the gate and the explorer both need the imported graph, and building
// 80,000 elements twice costs a large import a second on the main thread. Callers never write to the result.
import { MultiGraph } from './graphology';
import type { EntenteGraph, SerializedEntenteGraph } from './types';

const built = new WeakMap<SerializedEntenteGraph, EntenteGraph>();

export function graphFromSerialized(serialized: SerializedEntenteGraph): EntenteGraph {
  let graph = built.get(serialized);
  if (!graph) {
    graph = MultiGraph.from(serialized) as EntenteGraph;
    built.set(serialized, graph);
  }
  return graph;
}
