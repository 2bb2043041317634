// Rules about what a tie says, beyond its shape: reference-data cut-offs, peacekeeping labels, placeholder years,
// continuing statuses. Pure; checkIntegrity reports what they find with file and path.
import { firstDay } from './dates';
import type { Tie } from './schema';

/** Reference datasets that stop at a date: a tie citing one must not end exactly where the data end. */
export const REFERENCE_CUTOFFS = [{ name: 'UCDP/PRIO ACD 25.1', url: /ucdp\.uu\.se/, lastDay: '2024-12-31', firstDayAfter: '2025-01-01' }] as const;

/** Names of peace operations: a deployment labelled with one is peacekeeping, not an intervention or invasion. */
export const PEACE_OPERATION = /peacekeep|\b(MINUSMA|MINUSCA|MONUSCO|MONUC|AMISOM|ATMIS|AUSSOM|UNIFIL|UNMISS|UNFICYP|MISCA|AFISMA)\b/i;

/** What a note must say when a membership starts at a bare year: that the source gives only the year, or why the date is unknown. */
export const YEAR_PRECISION_REASON =
  /year only|gives (only )?the year|only the year|year (from|as given|precision)|\(year|gives \d{4}|day (is )?not sourced|exact (date|day)[^.]*not|date (is )?unknown|not (known|dated|confirmed|sourced)|no source/i;

export type RuleProblem = { path: string; message: string };

export function checkTieRules(tie: Tie, key: string): RuleProblem[] {
  const found: RuleProblem[] = [];
  const periods = tie.periods;
  const last = periods[periods.length - 1];
  const cited = [...tie.sources, ...periods.flatMap((p) => p.sources ?? [])];
  for (const ref of REFERENCE_CUTOFFS) {
    if (last && last.end !== null && firstDay(last.end) === ref.firstDayAfter && cited.some((s) => ref.url.test(s.url))) {
      found.push({
        path: `.periods[${periods.length - 1}].end`,
        message: `${key}: ends on ${ref.firstDayAfter}, where ${ref.name} stops, not where the tie did: add a "continuing" period (not verified after ${ref.lastDay}) or cite a source for the end`,
      });
    }
  }
  if (tie.kind === 'deployment' && tie.subtype !== 'peacekeeping' && tie.label && PEACE_OPERATION.test(tie.label)) {
    found.push({ path: '.subtype', message: `${key}: labelled as a peace operation ("${tie.label}") but recorded as ${tie.subtype}: use subtype peacekeeping` });
  }
  periods.forEach((period, index) => {
    if (tie.kind === 'membership' && /^\d{4}$/.test(period.start) && !YEAR_PRECISION_REASON.test(`${period.note ?? ''} ${tie.note ?? ''}`)) {
      found.push({
        path: `.periods[${index}].start`,
        message: `${key}: starts at a bare year (${period.start}) and no note says why: say that the source gives only the year, or that the date is unknown and why (no placeholder years)`,
      });
    }
    if (period.status === 'continuing' && (index !== periods.length - 1 || period.end !== null)) {
      found.push({ path: `.periods[${index}].status`, message: `${key}: "continuing" (not verified since the period's start) can only be the last, open-ended period` });
    }
  });
  return found;
}
