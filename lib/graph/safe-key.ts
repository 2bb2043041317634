// A reversible renaming of ids for libraries that keep ids in plain objects (fcose, graphology-metrics, Louvain).
//
// In a plain object, a key named like an Object.prototype member ("toString", "constructor", "__proto__") reads that
// member before it is set, and "__proto__" cannot be set at all. Such an id is given a NUL prefix for the library
// call (an id that already starts with NUL gets one more, so the renaming never merges two ids), and every result is
// mapped back with originalKey. Every other id is passed as is, so graphs without such ids take no detour.

const ESCAPE = '\u0000';

/** True for ids a plain object would confuse with one of its own members ("toString", "__proto__", "constructor"). */
export const isPrototypeName = (id: string): boolean => id in Object.prototype;

/** The key to hand a plain-object library for `id`: never an Object.prototype member, distinct for distinct ids. */
export function safeKey(id: string): string {
  return isPrototypeName(id) || id.startsWith(ESCAPE) ? ESCAPE + id : id;
}

/** The id a key from safeKey stands for. */
export function originalKey(key: string): string {
  return key.startsWith(ESCAPE) ? key.slice(1) : key;
}

/** Whether any of these ids must be renamed before a plain-object library sees it. */
export function needsSafeKeys(ids: Iterable<string>): boolean {
  for (const id of ids) if (safeKey(id) !== id) return true;
  return false;
}
