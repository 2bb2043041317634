// A node's ties, grouped by kind and sorted for reading: what the details panel and the API list for a selection.
import type { Source, TieKind } from '@/lib/data/schema';
import { TIE_KINDS } from '@/lib/data/schema';
import { edgeEndedOn } from './holds';
import { edgeMembershipGroup, type MembershipGroup } from './membership';
import type { EdgeAttributes, EntenteGraph } from './types';

/** What every listed tie says about itself, whichever panel lists it (a node's ties, a pair's). */
export type TieFacts = {
  key: string;
  kind: TieKind;
  subtype: string | null;
  status: EdgeAttributes['status'];
  intensity: EdgeAttributes['intensity'];
  start: string;
  end: string | null;
  label: string | null;
  note: string | null;
  periodNote: string | null;
  weight: { value: number; unit: string; year: number | null } | null;
  sources: Source[];
  periods: EdgeAttributes['periods'];
};

export type TieSummary = TieFacts & {
  /** The node at the other end. */
  other: string;
  otherLabel: string;
  /** "out" when the selected node is the tie's source, "in" when it is the target, "both" for undirected ties. */
  direction: 'out' | 'in' | 'both';
  /** The day the tie stopped holding, when it has ended by the view's date (holds.ts); null while it holds. */
  endedOn: string | null;
  /** An imported tie without dates: its period is not a fact to show. */
  undated: boolean;
  /** For a membership: its group (members, strained, associates, former). */
  group: MembershipGroup | null;
  ucdpId: number | null;
};

export type TieGroup<T extends { kind: TieKind } = TieSummary> = { kind: TieKind; ties: T[] };

/** Sources in their order, each once (a tie's own and its periods' often repeat). */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const id = JSON.stringify([s.url, s.title]);
    return !seen.has(id) && Boolean(seen.add(id));
  });
}

/** Ties grouped by kind in the order of TIE_KINDS, each group sorted by `compare`. */
export function groupByKind<T extends { kind: TieKind }>(ties: readonly T[], compare: (x: T, y: T) => number): TieGroup<T>[] {
  const byKind = new Map<TieKind, T[]>();
  for (const tie of ties) byKind.set(tie.kind, [...(byKind.get(tie.kind) ?? []), tie]);
  return TIE_KINDS.flatMap((kind) => {
    const group = byKind.get(kind);
    return group ? [{ kind, ties: group.sort(compare) }] : [];
  });
}

/** Ties of `node` in the order of TIE_KINDS; within a kind, heaviest first, then by the other end's label. */
export function tiesOf(graph: EntenteGraph, node: string): TieGroup[] {
  if (!graph.hasNode(node)) return [];
  const ties: TieSummary[] = [];
  graph.forEachEdge(node, (key, a, source, target) => {
    const other = source === node ? target : source;
    ties.push({
      key,
      kind: a.kind,
      subtype: a.subtype,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      direction: !a.directed ? 'both' : source === node ? 'out' : 'in',
      status: a.status,
      endedOn: edgeEndedOn(a),
      group: edgeMembershipGroup(a),
      undated: (a as { undated?: unknown }).undated === true,
      intensity: a.intensity,
      start: a.start,
      end: a.end,
      label: a.label,
      note: a.note,
      periodNote: a.periodNote,
      weight: a.weight === null ? null : { value: a.weight, unit: a.unit ?? '', year: a.year },
      ucdpId: a.ucdpId,
      sources: uniqueSources([...a.sources, ...a.periodSources]),
      periods: a.periods,
    });
  });
  return groupByKind(
    ties,
    (x, y) => (y.weight?.value ?? 0) - (x.weight?.value ?? 0) || (x.subtype ?? '').localeCompare(y.subtype ?? '') || x.otherLabel.localeCompare(y.otherLabel),
  );
}
