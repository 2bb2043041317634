// Plain-text renderings of dates, periods, statuses and weights shared by the panels.

export function formatPeriod(start: string, end: string | null): string {
  return end === null ? `since ${start}` : `${start} – ${end}`;
}

export function formatStatus(status: string, intensity?: string | null): string {
  const words = status.replace(/-/g, ' ');
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
