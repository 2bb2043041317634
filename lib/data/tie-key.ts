// Stable keys for ties: they name graph edges, appear in exports and must never change once published.
import type { Tie } from './schema';
import { TIE_KIND_TABLE, UNDIRECTED_KINDS, type TieKind } from './tie-kinds';

export { UNDIRECTED_KINDS };

export function isDirectedKind(kind: TieKind): boolean {
  return TIE_KIND_TABLE[kind].directed;
}

/** e.g. `membership:ARM>csto`, `dependency/basing:ARM>RUS`, `conflict:ARM-AZE` (undirected ends sorted). */
export function tieKey(tie: Pick<Tie, 'kind' | 'source' | 'target'> & { subtype?: string }): string {
  const kind = tie.subtype ? `${tie.kind}/${tie.subtype}` : tie.kind;
  if (isDirectedKind(tie.kind)) return `${kind}:${tie.source}>${tie.target}`;
  const [a, b] = [tie.source, tie.target].sort();
  return `${kind}:${a}-${b}`;
}
