// Text node attributes with few distinct values (region, kind, an imported file's "continent"...): what the attribute
// filter offers, with how many nodes have each value.
import type { EntenteGraph } from './types';

/** Attributes that are free text or positions, not categories. */
const NOT_CATEGORIES = new Set(['label', 'name', 'officialName', 'description', 'note', 'flag', 'iso2', 'headquarters', 'founded', 'dissolved']);
export const MAX_CATEGORY_VALUES = 60;

export type Category = { name: string; values: { value: string; count: number }[] };

export function categoricalAttributes(graph: EntenteGraph): Category[] {
  const counts = new Map<string, Map<string, number>>();
  graph.forEachNode((_, attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (NOT_CATEGORIES.has(name) || (typeof value !== 'string' && typeof value !== 'boolean') || value === '') continue;
      const values = counts.get(name) ?? new Map<string, number>();
      values.set(String(value), (values.get(String(value)) ?? 0) + 1);
      counts.set(name, values);
    }
  });
  return [...counts]
    .filter(([, values]) => values.size >= 2 && values.size <= MAX_CATEGORY_VALUES)
    .map(([name, values]) => ({ name, values: [...values].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
