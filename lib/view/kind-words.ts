// The words a graph's nodes and edges go by: the curated model's kinds ("State", "Alliance / defence treaty"), or for a
// plain imported graph (GraphAttributes.plain) the file's own kinds (own-kinds.ts), or just "node" and "edge".
import type { EdgeAttributes, EntenteGraph, NodeAttributes } from '@/lib/graph/types';
import { ownKindOf } from '@/lib/graph/own-kinds';
import { tieKindLabel } from './tie-styles';

export const isPlainGraph = (graph: EntenteGraph): boolean => graph.getAttribute('plain') === true;

/** "state", "organization", or in a plain graph the file's kind of the node, else "node". */
export function nodeKindWord(a: NodeAttributes, plain: boolean): string {
  return plain ? (ownKindOf(a, 'node') ?? 'node') : a.kind;
}

/** The tie kind's label, or in a plain graph the file's kind of the edge, else "edge". */
export function edgeKindWord(a: Pick<EdgeAttributes, 'kind'>, plain: boolean): string {
  return plain ? (ownKindOf(a, 'edge') ?? 'edge') : tieKindLabel(a.kind);
}

/** Whether an edge came without dates (an imported file's): its period is not a fact to show. */
export function isUndated(a: object): boolean {
  return (a as { undated?: unknown }).undated === true;
}

/** "nodes" or "states and organizations", for counts. */
export const nodesWord = (plain: boolean): string => (plain ? 'nodes' : 'states and organizations');
export const edgesWord = (plain: boolean): string => (plain ? 'edges' : 'ties');
