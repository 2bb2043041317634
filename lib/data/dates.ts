// Partial-precision ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): validation, normalisation and comparison.

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a real calendar date at year, month or day precision. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(match[1]), m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers: "1999" → "1999-01-01", "1999-04" → "1999-04-01". */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a half-open period [start, end) holds on `day` (YYYY-MM-DD).
 * `end` is the date the period stopped holding (the day of the event that ended it); null = ongoing.
 */
export function periodHoldsOn(period: { start: string; end: string | null }, day: string): boolean {
  if (firstDay(period.start) > day) return false;
  return period.end === null || day < firstDay(period.end);
}
