// The dates on which something in the graph changed (a tie or status began or ended, a state or bloc appeared):
// the stops of the time control's "previous change" / "next change" buttons.
import { firstDay } from '@/lib/data/dates';
import type { EntenteGraph } from './types';

export function changeDates(graph: EntenteGraph): string[] {
  const days = new Set<string>();
  const add = (date: string | null) => date && days.add(firstDay(date));
  graph.forEachNode((_, a) => {
    if (a.kind === 'organization') {
      add(a.founded);
      add(a.dissolved);
    } else a.lifespan?.forEach((span) => (add(span.start), add(span.end)));
  });
  graph.forEachEdge((_, a) => a.periods?.forEach((p) => (add(p.start), add(p.end))));
  return [...days].sort();
}

/** The nearest change strictly after (or before) `day`, or null. */
export function adjacentChange(dates: readonly string[], day: string, direction: 1 | -1): string | null {
  if (direction === 1) return dates.find((d) => d > day) ?? null;
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i]! < day) return dates[i]!;
  return null;
}
