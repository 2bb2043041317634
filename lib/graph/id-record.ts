// Records keyed by node or edge ids without a prototype: any string is a valid id, including "toString" or "__proto__".
export type IdRecord<T> = Record<string, T>;

/** An empty record with no prototype: reading an absent id gives undefined, writing "__proto__" stores a value. */
export function idRecord<T>(): IdRecord<T> {
  return Object.create(null) as IdRecord<T>;
}

/** A prototype-free record from [id, value] pairs (or a copy of another record). */
export function idRecordFrom<T>(entries: Iterable<readonly [string, T]> | Record<string, T>): IdRecord<T> {
  const out = idRecord<T>();
  const pairs = Symbol.iterator in Object(entries) ? (entries as Iterable<readonly [string, T]>) : Object.entries(entries as Record<string, T>);
  for (const [key, value] of pairs) out[key] = value;
  return out;
}

/** The value an id has in a record, only if the record itself holds it (never something inherited). */
export function valueOf<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
