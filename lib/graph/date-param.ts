// Parses a user-supplied "as of" date (URL or API parameter) into a YYYY-MM-DD day, with a message saying what is wrong.
import { firstDay, isIsoDate, todayIso } from '@/lib/data/dates';

export const EARLIEST_DAY = '1900-01-01';

export type DateParamResult = { ok: true; day: string } | { ok: false; message: string };

/** Accepts YYYY-MM-DD (and YYYY or YYYY-MM, read as their first day); absent means today. */
export function parseAsOfParam(value: string | null | undefined, today: string = todayIso(), name = 'asOf'): DateParamResult {
  if (value === null || value === undefined || value === '') return { ok: true, day: today };
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    return { ok: false, message: `${name} "${value}" is not a date: use the form YYYY-MM-DD, e.g. 2024-03-07` };
  }
  if (!isIsoDate(value)) return { ok: false, message: `${name} "${value}" is not a real calendar date` };
  const day = firstDay(value);
  if (day < EARLIEST_DAY) return { ok: false, message: `${name} "${value}" is before ${EARLIEST_DAY}, where the data begins` };
  if (day > today) return { ok: false, message: `${name} "${value}" is in the future: the data runs to today, ${today}` };
  return { ok: true, day };
}
