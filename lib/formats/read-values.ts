// Reads typed values out of the raw attributes an importer collected (text from XML or CSV, or JSON values),
// reporting each bad value with where it is and what was expected; remembers which names it read.
import { isIsoDate } from '@/lib/data/dates';
import type { Source } from '@/lib/data/schema';
import { parseSources } from './fields';
import { FORBIDDEN_KEYS, type Problems } from './import-result';
import { forbiddenKeyPath, parseJsonSafely } from './safe-json';

/** Raw attributes by name: a Map, so that no name from a file can reach an object's prototype while collecting. */
export type RawAttributes = Map<string, unknown>;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/i;

const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
};

export type ValueReader = ReturnType<typeof valueReader>;

export function valueReader(raw: RawAttributes, where: string, problems: Problems) {
  const used = new Set<string>();
  const take = (name: string): unknown => {
    used.add(name);
    const value = raw.get(name);
    return value === '' || value === null ? undefined : value;
  };
  const bad = (name: string, value: unknown, expected: string) => problems.error(`${name} ${show(value)} ${expected}`, where);

  function toNumber(name: string, value: unknown, integer: boolean): number | null {
    let n: number;
    if (typeof value === 'number') n = value;
    else if (typeof value === 'string' && NUMBER.test(value.trim())) n = Number(value.trim());
    else return (bad(name, value, 'is not a number'), null);
    if (!Number.isFinite(n))
      return (problems.error(`${name} ${typeof value === 'string' ? show(value) : ''} is too large to be a number`.replace('  ', ' '), where), null);
    if (integer && !Number.isSafeInteger(n)) return (bad(name, value, 'is not a whole number (or too large for one)'), null);
    return n;
  }

  function toDate(name: string, value: unknown): string | null {
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof text === 'string') {
      const trimmed = text.trim();
      if (isIsoDate(trimmed)) return trimmed;
      // timestamps such as 2021-04-28T00:00:00 or a Gephi year written as a double (1992.0)
      if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && isIsoDate(trimmed.slice(0, 10))) return trimmed.slice(0, 10);
      if (/^\d{4}\.0+$/.test(trimmed)) return trimmed.slice(0, 4);
    }
    return (bad(name, value, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'), null);
  }

  function toJson(name: string, value: unknown): unknown {
    if (typeof value !== 'string') {
      const forbidden = forbiddenKeyPath(value, name);
      return forbidden
        ? (problems.error(`the key "${forbidden.slice(forbidden.lastIndexOf('.') + 1)}" is not allowed`, `${where} ${forbidden}`), undefined)
        : value;
    }
    if (!/^\s*[[{]/.test(value)) return (bad(name, value, 'is not JSON text (a list or an object)'), undefined);
    const parsed = parseJsonSafely(value);
    if (!parsed.ok)
      return (problems.error(`${name}: ${parsed.message}${parsed.where.startsWith('$') ? ` at ${parsed.where.replace('$', name)}` : ''}`, where), undefined);
    return parsed.value;
  }

  function toSources(name: string, value: unknown): Source[] {
    let list: unknown = value;
    if (typeof value === 'string') {
      if (value.trim().startsWith('[')) list = toJson(name, value);
      else {
        const parsed = parseSources(value);
        if (parsed === null) {
          problems.tally(
            'unparsed sources',
            where,
            (n, ex) =>
              `${n} source lists could not be read as "publisher: title (date) <url>; ..." and were kept as text in sourcesText (e.g. ${ex.join(', ')})`,
          );
          raw.set(`${name}Text`, value);
          return [];
        }
        list = parsed;
      }
    }
    if (!Array.isArray(list)) return (bad(name, value, 'is not a list of sources'), []);
    const sources: Source[] = [];
    for (const item of list as unknown[]) {
      const s = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
      const { title, publisher, url, date } = s;
      if (typeof title !== 'string' || typeof publisher !== 'string' || typeof url !== 'string' || typeof date !== 'string') {
        problems.tally('bad source', where, (n, ex) => `${n} sources without a title, publisher, url and date were left out (e.g. ${ex.join(', ')})`);
      } else if (!HTTP_URL.test(url)) {
        // The explorer renders source URLs as links: anything but http(s) (javascript:, data:) is dropped.
        problems.tally('bad url', where, (n, ex) => `${n} sources whose URL is not http(s) were left out (e.g. ${ex.join(', ')})`);
      } else sources.push({ title, publisher, url, date });
    }
    return sources;
  }

  return {
    where,
    problems,
    has: (name: string) => take(name) !== undefined,
    raw: (name: string) => take(name),
    string(name: string): string | undefined {
      const value = take(name);
      if (value === undefined) return undefined;
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return (bad(name, value, 'is not text'), undefined);
    },
    number: (name: string, integer = false): number | null => {
      const value = take(name);
      return value === undefined ? null : toNumber(name, value, integer);
    },
    boolean(name: string): boolean | undefined {
      const value = take(name);
      if (value === undefined) return undefined;
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (text === 'true' || text === '1' || text === 'yes') return true;
      if (text === 'false' || text === '0' || text === 'no') return false;
      return (bad(name, value, 'is not true or false'), undefined);
    },
    /** undefined = absent; null = present but explicitly empty or invalid (already reported). */
    date(name: string): string | null | undefined {
      used.add(name);
      if (!raw.has(name)) return undefined;
      const value = raw.get(name);
      return value === '' || value === null ? null : toDate(name, value);
    },
    dateValue: (name: string, value: unknown) => toDate(name, value),
    numberValue: (name: string, value: unknown, integer = false) => toNumber(name, value, integer),
    json: (name: string): unknown => {
      const value = take(name);
      return value === undefined ? undefined : toJson(name, value);
    },
    sources: (name: string): Source[] => {
      const value = take(name);
      return value === undefined ? [] : toSources(name, value);
    },
    sourcesValue: (name: string, value: unknown) => toSources(name, value),
    /** The attributes not read so far (forbidden names never included), to be kept as they are. */
    rest(): [string, unknown][] {
      return [...raw].filter(([name, value]) => !used.has(name) && !FORBIDDEN_KEYS.has(name) && value !== '' && value !== undefined);
    },
  };
}
