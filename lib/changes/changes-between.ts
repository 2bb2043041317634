// What changed between two dates: each tie and node classified (new, gone, changed, unchanged), and the dated list of
// every change in between, with its sources. Pure: reads the timeless graph, returns plain records.
import { firstDay } from '@/lib/data/dates';
import type { Source } from '@/lib/data/schema';
import type { EdgeAttributes, EntenteGraph } from '@/lib/graph/types';
import { nodeExistsOn } from '@/lib/graph/as-of';
import { nodeBoundaries } from './node-presence';
import { periodOn, tieStanding, type TieStanding } from './tie-state';

export type TieDifference = 'new' | 'gone' | 'changed' | 'unchanged';
export type NodeDifference = 'appeared' | 'disappeared' | 'unchanged';

export type ChangeType = 'tie-started' | 'tie-ended' | 'status-changed' | 'node-appeared' | 'node-disappeared';

export type ChangeEvent = {
  date: string;
  type: ChangeType;
  /** The tie's edge key, or the node's key for node events. */
  key: string;
  source: string;
  target: string;
  kind: EdgeAttributes['kind'] | 'node';
  subtype: string | null;
  /** Status before and after (null where the tie did not hold). */
  from: string | null;
  to: string | null;
  sources: Source[];
};

export type DateComparison = {
  from: string;
  to: string;
  ties: Map<string, { difference: TieDifference; before: TieStanding; after: TieStanding }>;
  nodes: Map<string, NodeDifference>;
};

function live(s: TieStanding): string | null {
  return s.state === 'live' ? s.status : null;
}

/** How the tie stands at `to` compared with `from`: ended ties count as not holding. */
export function tieDifference(before: TieStanding, after: TieStanding): TieDifference | null {
  const a = live(before);
  const b = live(after);
  if (a === null && b === null) return null;
  if (a === null) return 'new';
  if (b === null) return 'gone';
  return a === b ? 'unchanged' : 'changed';
}

/** Classifies every tie that held on either date and every node that existed on either date. */
export function compareDates(graph: EntenteGraph, from: string, to: string): DateComparison {
  const ties: DateComparison['ties'] = new Map();
  const nodes: DateComparison['nodes'] = new Map();
  graph.forEachNode((key, a) => {
    const before = nodeExistsOn(a, from);
    const after = nodeExistsOn(a, to);
    if (before || after) nodes.set(key, before && after ? 'unchanged' : after ? 'appeared' : 'disappeared');
  });
  graph.forEachEdge((key, a) => {
    const before = tieStanding(a, from);
    const after = tieStanding(a, to);
    const difference = tieDifference(before, after);
    if (difference) ties.set(key, { difference, before, after });
  });
  return { from, to, ties, nodes };
}

function tieEvents(key: string, a: EdgeAttributes, source: string, target: string, from: string, to: string): ChangeEvent[] {
  if (!a.periods || a.periods.length === 0) return [];
  const days = [...new Set(a.periods.flatMap((p) => [p.start, ...(p.end ? [p.end] : [])]).map(firstDay))].filter((d) => d > from && d <= to).sort();
  const events: ChangeEvent[] = [];
  let previous = live(tieStanding(a, from));
  for (const day of days) {
    const current = live(tieStanding(a, day));
    if (current === previous) continue;
    const type: ChangeType = previous === null ? 'tie-started' : current === null ? 'tie-ended' : 'status-changed';
    const period = periodOn(a.periods, day);
    const periodSources = period && firstDay(period.start) === day ? (period.sources ?? []) : [];
    events.push({
      date: day,
      type,
      key,
      source,
      target,
      kind: a.kind,
      subtype: a.subtype,
      from: previous,
      to: current,
      sources: periodSources.length > 0 ? periodSources : a.sources,
    });
    previous = current;
  }
  return events;
}

const TYPE_ORDER: Readonly<Record<ChangeType, number>> = { 'node-appeared': 0, 'tie-started': 1, 'status-changed': 2, 'tie-ended': 3, 'node-disappeared': 4 };

/** Every change strictly after `from` up to and including `to`, ordered by date, then type, then key. */
export function changesBetween(graph: EntenteGraph, from: string, to: string): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  graph.forEachNode((key, a) => {
    for (const day of new Set(nodeBoundaries(a))) {
      if (day <= from || day > to) continue;
      const before = nodeExistsOn(a, previousDay(day));
      const after = nodeExistsOn(a, day);
      if (before === after) continue;
      const sources = a.kind === 'organization' ? a.sources : a.kind === 'state' ? [] : [];
      events.push({
        date: day,
        type: after ? 'node-appeared' : 'node-disappeared',
        key,
        source: key,
        target: key,
        kind: 'node',
        subtype: a.kind,
        from: null,
        to: null,
        sources,
      });
    }
  });
  graph.forEachEdge((key, a, source, target) => events.push(...tieEvents(key, a, source, target, from, to)));
  return events.sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : TYPE_ORDER[x.type] - TYPE_ORDER[y.type] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
