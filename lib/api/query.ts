// Reads an API query string strictly: each parameter at most once, and only the parameters the route takes.
export type QueryResult = { ok: true; get: (name: string) => string | null; canonical: string } | { ok: false; parameter: string; message: string };

/**
 * A repeated parameter is refused (which value was meant is unknowable: some tools take the first, others the last),
 * as is a name the route does not take (a typo such as `asof` would otherwise be ignored silently). `canonical` is
 * the query with its parameters sorted, a cache key for the answer.
 */
export function readQuery(params: URLSearchParams, allowed: readonly string[]): QueryResult {
  const values = new Map<string, string[]>();
  for (const [name, value] of params) values.set(name, [...(values.get(name) ?? []), value]);
  for (const [name, given] of values) {
    if (!allowed.includes(name)) {
      const valid = allowed.length > 0 ? `it takes ${allowed.join(', ')}` : 'it takes no parameters';
      return { ok: false, parameter: name, message: `unknown parameter "${name}": ${valid}` };
    }
    if (given.length > 1) return { ok: false, parameter: name, message: `parameter "${name}" is given ${given.length} times: give it once` };
  }
  const sorted = [...values].map(([name, [value]]) => [name, value!] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { ok: true, get: (name) => values.get(name)?.[0] ?? null, canonical: new URLSearchParams(sorted as [string, string][]).toString() };
}
