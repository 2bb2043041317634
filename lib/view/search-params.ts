// A page's search parameters as Next hands them to a server component (a record of strings or lists) → URLSearchParams.

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Keeps every value, repeated parameters included, in their order. */
export function toSearchParams(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) params.append(name, v);
  return params;
}
