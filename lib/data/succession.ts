// Organizations that replaced another on a day (the WTO took GATT's place on 1 January 1995): the predecessor's
// memberships must end by that day, and the successor's original members must have been in the predecessor then.
import { firstDay, periodHoldsOn } from './dates';
import type { Tie } from './schema';

export type Succession = { predecessor: string; successor: string; handover: string; originalMember: RegExp };

/** One entry per replacement; an original member is a successor row whose first period says so (status or note). */
export const SUCCESSIONS: readonly Succession[] = [{ predecessor: 'gatt', successor: 'wto', handover: '1995-01-01', originalMember: /original member/i }];

export type SuccessionProblem = { index: number; path: string; message: string };

const dayBefore = (day: string) => new Date(Date.parse(`${firstDay(day)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Problems with the memberships of each succession, by index into `ties`. */
export function checkSuccessions(ties: readonly Tie[], successions: readonly Succession[] = SUCCESSIONS): SuccessionProblem[] {
  const found: SuccessionProblem[] = [];
  for (const { predecessor, successor, handover, originalMember } of successions) {
    const lastDay = dayBefore(handover);
    const inPredecessorAtHandover = new Set<string>();
    ties.forEach((tie, index) => {
      if (tie.kind !== 'membership' || tie.target !== predecessor) return;
      tie.periods.forEach((period, p) => {
        if (period.end === null || firstDay(period.end) > firstDay(handover)) {
          found.push({ index, path: `.periods[${p}].end`, message: `membership:${tie.source}>${predecessor}: runs past ${handover}, when ${successor} replaced ${predecessor}` });
        }
        if (periodHoldsOn(period, lastDay)) inPredecessorAtHandover.add(tie.source);
      });
    });
    ties.forEach((tie, index) => {
      if (tie.kind !== 'membership' || tie.target !== successor) return;
      const first = tie.periods[0];
      if (!first) return;
      const original = first.status === 'founder' || originalMember.test(first.note ?? '');
      if (original && firstDay(first.start) < firstDay(handover)) {
        found.push({ index, path: '.periods[0].start', message: `membership:${tie.source}>${successor}: an original member cannot start before ${handover}` });
      }
      if (original && !inPredecessorAtHandover.has(tie.source)) {
        found.push({
          index,
          path: '.periods[0]',
          message: `membership:${tie.source}>${successor}: recorded as an original member, but no ${predecessor} membership holds on ${lastDay}`,
        });
      }
    });
  }
  return found;
}
