// An imported graph's own kinds of nodes and edges: the value of its "kind" (kept as originalKind when it is not one of
// Entente's), "type", "relation" or "category" attribute. What the filters list and hide, the legend and panels name.
import type { EntenteGraph } from './types';

/** Attributes that name a node's or an edge's kind in files people bring, first found wins. */
export const NODE_KIND_ATTRIBUTES = ['originalKind', 'type', 'category'] as const;
export const EDGE_KIND_ATTRIBUTES = ['originalKind', 'relation', 'relationship', 'type', 'category'] as const;
/** More distinct values than this are not kinds (ids, free text): no kind filter is offered then. */
export const MAX_OWN_KINDS = 60;

export type OwnKindTarget = 'node' | 'edge';
export type OwnKindCount = { kind: string; count: number };

/** The element's own kind, or null when it has none. */
export function ownKindOf(attributes: object, target: OwnKindTarget): string | null {
  const names = target === 'node' ? NODE_KIND_ATTRIBUTES : EDGE_KIND_ATTRIBUTES;
  for (const name of names) {
    const value = Object.hasOwn(attributes, name) ? (attributes as Record<string, unknown>)[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/** The key a hidden own kind has in the filters: "node:person", "edge:owns" ("edge:" for edges without a kind). */
export const ownKindKey = (target: OwnKindTarget, kind: string | null): string => `${target}:${kind ?? ''}`;

/**
 * The graph's own kinds of nodes or edges with how many have each, most frequent first; elements without one count as
 * kind null. Empty when no element has a kind, or when there are too many values to be kinds.
 */
export function ownKinds(graph: EntenteGraph, target: OwnKindTarget): { kind: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  const add = (attributes: object) => {
    const kind = ownKindOf(attributes, target);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };
  if (target === 'node') graph.forEachNode((_, a) => add(a));
  else graph.forEachEdge((_, a) => add(a));
  const named = [...counts.keys()].filter((k) => k !== null).length;
  if (named === 0 || counts.size > MAX_OWN_KINDS) return [];
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind ?? '\uffff').localeCompare(b.kind ?? '\uffff'));
}
