// Stable keys for ties: they name graph edges, appear in exports and must never change once published.
import type { Tie, TieKind } from './schema';

/** Kinds whose ties have no direction: A fights B is B fights A. */
export const UNDIRECTED_KINDS: ReadonlySet<TieKind> = new Set(['alliance', 'conflict']);

export function isDirectedKind(kind: TieKind): boolean {
  return !UNDIRECTED_KINDS.has(kind);
}

/** e.g. `membership:ARM>csto`, `dependency/basing:ARM>RUS`, `conflict:ARM-AZE` (undirected ends sorted). */
export function tieKey(tie: Pick<Tie, 'kind' | 'source' | 'target'> & { subtype?: string }): string {
  const kind = tie.subtype ? `${tie.kind}/${tie.subtype}` : tie.kind;
  if (isDirectedKind(tie.kind)) return `${kind}:${tie.source}>${tie.target}`;
  const [a, b] = [tie.source, tie.target].sort();
  return `${kind}:${a}-${b}`;
}
