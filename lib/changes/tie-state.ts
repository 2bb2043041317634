// A tie's standing on one day, as the change views read it: absent, live with a status, or ended (history).
import { periodHoldsOn } from '@/lib/data/dates';
import { isLiveTie } from '@/lib/analysis/tie-rules';
import type { EdgeAttributes } from '@/lib/graph/types';

export type TieStanding = { state: 'absent' } | { state: 'ended'; status: string } | { state: 'live'; status: string };

type Period = EdgeAttributes['periods'][number];

/** The period of `periods` that holds on `day`, if any. */
export function periodOn(periods: readonly Period[], day: string): Period | undefined {
  return periods.find((p) => periodHoldsOn(p, day));
}

/** Whether the tie is live, ended or absent on `day` (a tie without periods is live at every date). */
export function tieStanding(attributes: Pick<EdgeAttributes, 'kind' | 'periods' | 'status'>, day: string): TieStanding {
  if (!attributes.periods || attributes.periods.length === 0) return { state: 'live', status: attributes.status };
  const period = periodOn(attributes.periods, day);
  if (!period) return { state: 'absent' };
  return isLiveTie({ kind: attributes.kind, status: period.status }) ? { state: 'live', status: period.status } : { state: 'ended', status: period.status };
}
