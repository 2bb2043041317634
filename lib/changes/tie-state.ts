// A tie's standing on one day, as the change views read it: absent, holding with a status, or ended (history).
// It follows the one "holds on a date" rule (lib/graph/holds.ts).
import { tieOnDay } from '@/lib/graph/holds';
import type { EdgeAttributes } from '@/lib/graph/types';

export type TieStanding = { state: 'absent' } | { state: 'ended'; status: string } | { state: 'live'; status: string };

type Period = EdgeAttributes['periods'][number];

/** The period of `periods` that covers `day`, if any. */
export function periodOn(periods: readonly Period[], day: string): Period | undefined {
  return tieOnDay<Period>('', periods, day)?.period;
}

/** Whether the tie holds, has ended or is absent on `day` (a tie without periods holds at every date). */
export function tieStanding(attributes: Pick<EdgeAttributes, 'kind' | 'periods' | 'status'>, day: string): TieStanding {
  if (!attributes.periods || attributes.periods.length === 0) return { state: 'live', status: attributes.status };
  const on = tieOnDay<Period>(attributes.kind, attributes.periods as readonly Period[], day);
  if (!on) return { state: 'absent' };
  return on.holds ? { state: 'live', status: on.period.status } : { state: 'ended', status: on.period.status };
}
