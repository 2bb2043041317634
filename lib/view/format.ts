// Plain-text renderings of dates, periods, statuses and weights shared by the panels.

export function formatPeriod(start: string, end: string | null): string {
  return end === null ? `since ${start}` : `${start} – ${end}`;
}

/** The day before a date (at day precision): the last day a `continuing` period's source covers. */
function dayBefore(date: string): string {
  const day = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** Statuses whose words are not their key with spaces for hyphens. */
const STATUS_WORDS: ReadonlyMap<string, string> = new Map([['signed-not-in-force', 'signed, not in force']]);

/** A status in words; `start` (the period's start) dates a `continuing` status: "continuing (not verified after 2024-12-31)". */
export function formatStatus(status: string, intensity?: string | null, start?: string): string {
  const words =
    status === 'continuing' && start ? `continuing (not verified after ${dayBefore(start)})` : (STATUS_WORDS.get(status) ?? status.replace(/-/g, ' '));
  return intensity ? `${words} (${intensity === 'war' ? '≥1,000 battle deaths/yr' : '25–999 battle deaths/yr'})` : words;
}

export function formatWeight(weight: { value: number; unit: string; year: number | null } | null): string | null {
  if (!weight) return null;
  const value = weight.unit.startsWith('%') ? `${weight.value}${weight.unit}` : `${weight.value} ${weight.unit}`;
  return weight.year === null ? value : `${value} (${weight.year})`;
}

export function formatSubtype(subtype: string | null): string | null {
  return subtype ? subtype.replace(/-/g, ' ') : null;
}

const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "2.96 M"-style figures for populations and money. */
export function formatCompact(value: number, prefix = ''): string {
  return `${prefix}${COMPACT.format(value)}`;
}
