// One entry of the view-state registry: where a field is kept and, for URL fields, its parameter name, how it is
// read and written, and what a valid value looks like (for notices and the README). Shared by view state and filters.

/** What the URL parser knows about the graph on screen, to refuse keys and values that name nothing in it. */
export type ViewStateContext = {
  nodeKeys: ReadonlySet<string>;
  measures: readonly string[];
  today: string;
  /** Regions and subregions of the graph's states. */
  regions: ReadonlySet<string>;
  subregions: ReadonlySet<string>;
  /** Tie subtypes and statuses found on the graph's ties (statuses of every period). */
  subtypes: ReadonlySet<string>;
  conflictStatuses: ReadonlySet<string>;
  /** Names of node attributes, for the attribute filter. */
  nodeAttributes: ReadonlySet<string>;
};

/**
 * A parsed URL value: `value` is applied (absent: the default stays); `ignored` is the part of the raw value that was
 * not applied, explained by `why` (default: the entry's `values` text).
 */
export type ParsedValue<T> = { value?: T; ignored?: string; why?: string };

type FieldBase<T> = {
  default: T;
  /** What the field is, for the README's table. */
  label: string;
};

export type UrlField<T> = FieldBase<T> & {
  kept: 'url';
  param: string;
  /** What a valid value looks like, e.g. "1, 2 or 3": used in notices ("depth is 1, 2 or 3") and the README. */
  values: string;
  parse: (raw: string, context: ViewStateContext) => ParsedValue<T>;
  /** Canonical text of a value; a value whose text equals the default's is left out of the URL. */
  serialize: (value: T) => string;
};

/** Fields kept in this browser only, or never saved (nothing reads or writes them here). */
export type LocalField<T> = FieldBase<T> & { kept: 'local storage' | 'not saved' };

export type ViewField<T> = UrlField<T> | LocalField<T>;

/** A registry: one entry per field of T, checked by the compiler. */
export type FieldTable<T> = { [K in keyof T]-?: ViewField<T[K]> };

export const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A value from a fixed list. */
export function oneOf<T extends string>(options: readonly T[]): (raw: string) => ParsedValue<T> {
  return (raw) => ((options as readonly string[]).includes(raw) ? { value: raw as T } : { ignored: raw });
}

/**
 * A comma-separated list whose items must be known: unknown items are ignored with a notice, the rest applied; if
 * every item is unknown the default stays. An empty value is the empty list.
 */
export function knownItems<T extends string>(isKnown: (item: string) => boolean): (raw: string) => ParsedValue<T[]> {
  return (raw) => {
    const items = splitList(raw);
    const known = items.filter(isKnown) as T[];
    const unknown = items.filter((item) => !isKnown(item));
    if (unknown.length === 0) return { value: known };
    return known.length > 0 ? { value: known, ignored: unknown.join(',') } : { ignored: unknown.join(',') };
  };
}

/** The defaults of a registry, as an object of its type. */
export function defaultsOf<T>(table: FieldTable<T>): T {
  const out = {} as T;
  for (const key of Object.keys(table) as (keyof T)[]) out[key] = structuredClone(table[key].default);
  return out;
}

export function urlFields<T>(table: FieldTable<T>): [keyof T & string, UrlField<T[keyof T]>][] {
  return (Object.entries(table) as [keyof T & string, ViewField<T[keyof T]>][]).filter(
    (entry): entry is [keyof T & string, UrlField<T[keyof T]>] => entry[1].kept === 'url',
  );
}
