// Runs a library that keeps node ids in plain objects (graphology-metrics, Louvain) on a copy keyed by safeKey, so that
// nodes named "toString" or "__proto__" get their own value, and maps its per-node results back to the graph's ids.
import type { AbstractGraph } from 'graphology-types';
import { idRecordFrom } from '@/lib/graph/id-record';
import { needsSafeKeys, originalKey, safeKey } from '@/lib/graph/safe-key';

/** `graph` itself when no node key needs renaming, else a copy (same type, order and attributes) keyed by safeKey. */
function withSafeKeys<G extends AbstractGraph>(graph: G): G | null {
  if (!needsSafeKeys(graph.nodes())) return null;
  const copy = graph.nullCopy() as G;
  copy.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => void copy.addNode(safeKey(node), { ...attributes }));
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const add = undirected ? copy.addUndirectedEdgeWithKey.bind(copy) : copy.addDirectedEdgeWithKey.bind(copy);
    add(safeKey(edge), safeKey(source), safeKey(target), { ...attributes });
  });
  return copy;
}

/** A per-node record keyed by safe keys, keyed again by the graph's own ids (prototype-free). */
export function recordBack<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return idRecordFrom(Object.entries(record).map(([key, value]) => [originalKey(key), value] as const));
}

/** `run(graph)`, on safe keys when needed; `back` maps a result computed on safe keys to the graph's ids. */
export function onSafeNodeKeys<G extends AbstractGraph, R>(graph: G, run: (graph: G) => R, back: (result: R) => R): R {
  const safe = withSafeKeys(graph);
  return safe === null ? run(graph) : back(run(safe));
}

/** `run(graph)` for a library returning one value per node, on safe keys when needed. */
export function nodeValuesOnSafeKeys<G extends AbstractGraph, T>(graph: G, run: (graph: G) => Record<string, T>): Record<string, T> {
  return onSafeNodeKeys(graph, run, recordBack);
}
