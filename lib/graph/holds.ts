// Whether a tie holds on a date: the one rule the graph view, the filters, the table, the measures, the compare view
// and the API follow. A tie holds on a day when one of its periods covers the day and that period's status is not one
// its kind calls ended (tie-kinds.ts: a withdrawal, a terminated treaty, a peace agreement, an ended conflict). A
// frozen or suspended tie still holds. A tie whose covering period has an ended status is "ended" on that day: history,
// shown only on request. A tie with no period covering the day is not part of that day at all.
import { periodHoldsOn } from '@/lib/data/dates';
import { isEndedStatus } from '@/lib/data/tie-kinds';

type Period = { start: string; end: string | null; status: string };

export type TieOnDay<P extends Period> = {
  period: P;
  holds: boolean;
  /** The day the tie stopped holding (the start of its ended period); null while it holds. */
  endedOn: string | null;
};

/** The period of a tie that covers `day` (YYYY-MM-DD) and whether the tie holds then; null when no period covers it. */
export function tieOnDay<P extends Period>(kind: string, periods: readonly P[], day: string): TieOnDay<P> | null {
  const period = periods.find((p) => periodHoldsOn(p, day));
  if (!period) return null;
  const ended = isEndedStatus(kind, period.status);
  return { period, holds: !ended, endedOn: ended ? period.start : null };
}

/** Whether a tie with these periods holds on `day`. */
export function holdsOn(tie: { kind: string; periods: readonly Period[] }, day: string): boolean {
  return tieOnDay(tie.kind, tie.periods, day)?.holds ?? false;
}

/**
 * Whether an edge of an as-of view holds: its status is the day's. In the timeless graph (no date) it says whether
 * the tie's latest period holds. Imported edges with a kind of their own always hold.
 */
export function edgeHolds(edge: { kind: string; status: string }): boolean {
  return !isEndedStatus(edge.kind, edge.status);
}

/** When an edge of an as-of view stopped holding (its ended period's start), or null when it holds. */
export function edgeEndedOn(edge: { kind: string; status: string; start: string }): string | null {
  return edgeHolds(edge) ? null : edge.start;
}
