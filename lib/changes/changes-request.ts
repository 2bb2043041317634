// Parses a request for the changes between two dates (API query or URL), and filters and writes the change list.
import { parseAsOfParam } from '@/lib/graph/date-param';
import { csvLine } from '@/lib/formats/csv-table';
import type { ChangeEvent } from './changes-between';

export type ChangesRequest = { from: string; to: string; kinds: string[] | null; node: string | null };
export type ParsedChangesRequest = { ok: true; request: ChangesRequest } | { ok: false; parameter: string; message: string };

/** A year before `day` (29 February falls back to 28 February). */
export function aYearBefore(day: string): string {
  const year = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  const candidate = `${year}${day.slice(4)}`;
  return candidate.endsWith('-02-29') ? `${year}-02-28` : candidate;
}

/** Reads `from` (default a year before `to`), `to` (default today), `kinds` and `node`; from must come before to. */
export function parseChangesRequest(get: (name: string) => string | null, today: string, validKinds: readonly string[]): ParsedChangesRequest {
  const to = parseAsOfParam(get('to'), today, 'to');
  if (!to.ok) return { ok: false, parameter: 'to', message: to.message };
  const from = parseAsOfParam(get('from') ?? aYearBefore(to.day), today, 'from');
  if (!from.ok) return { ok: false, parameter: 'from', message: from.message };
  if (from.day >= to.day) return { ok: false, parameter: 'from', message: `from (${from.day}) must be before to (${to.day})` };
  const rawKinds = get('kinds');
  const kinds =
    rawKinds === null
      ? null
      : rawKinds
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean);
  const bad = (kinds ?? []).filter((k) => !validKinds.includes(k));
  if (bad.length > 0 || (kinds !== null && kinds.length === 0)) {
    return {
      ok: false,
      parameter: 'kinds',
      message: `${bad.length > 0 ? `unknown kind(s) ${bad.map((k) => `"${k}"`).join(', ')}` : 'no kinds given'}; valid: ${validKinds.join(', ')}`,
    };
  }
  return { ok: true, request: { from: from.day, to: to.day, kinds, node: get('node') } };
}

/** The changes of the given kinds (node events are kind "node") that touch `node`, when given. */
export function filterChanges(changes: readonly ChangeEvent[], { kinds, node }: Pick<ChangesRequest, 'kinds' | 'node'>): ChangeEvent[] {
  return changes.filter((c) => (kinds === null || kinds.includes(c.kind)) && (node === null || c.source === node || c.target === node));
}

export const CHANGE_CSV_COLUMNS = ['date', 'type', 'key', 'source', 'target', 'kind', 'subtype', 'from', 'to', 'sources'] as const;

/** One row per change; sources as "publisher: title <url>" joined by " | ". */
export function changesToCsv(changes: readonly ChangeEvent[]): string {
  const rows = changes.map((c) =>
    csvLine([
      c.date,
      c.type,
      c.key,
      c.source,
      c.target,
      c.kind,
      c.subtype ?? '',
      c.from ?? '',
      c.to ?? '',
      c.sources.map((s) => `${s.publisher}: ${s.title} <${s.url}>`).join(' | '),
    ]),
  );
  return `${[csvLine([...CHANGE_CSV_COLUMNS]), ...rows].join('\n')}\n`;
}
