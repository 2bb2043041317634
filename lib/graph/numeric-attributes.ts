// Numeric node attributes a graph carries (population, GDP, a value from an imported file): what nodes can be sized
// and coloured by besides the centrality measures.
import { idRecord } from './id-record';
import type { EntenteGraph } from './types';

/** Positions and coordinates are numbers too, but sizing by them says nothing. */
const NOT_MEASURES = new Set(['x', 'y', 'z', 'lat', 'lng', 'size']);
export const ATTRIBUTE_MEASURE_PREFIX = 'attr:';

export function numericAttributes(graph: EntenteGraph): string[] {
  const found = new Set<string>();
  graph.forEachNode((_, attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (!NOT_MEASURES.has(name) && typeof value === 'number' && Number.isFinite(value)) found.add(name);
    }
  });
  return [...found].sort();
}

/** Human names for the bundled dataset's figures; an imported file's columns keep their own names. */
const ATTRIBUTE_LABELS: ReadonlyMap<string, string> = new Map([
  ['population', 'Population'],
  ['gdp', 'GDP (current US$)'],
  ['milexPctGdp', 'Military spending (% of GDP)'],
  ['milexUsd', 'Military spending (US$)'],
  ['personnel', 'Active military personnel'],
]);

/** "Military spending (% of GDP)" for milexPctGdp; other names as they are. */
export function attributeLabel(name: string): string {
  return ATTRIBUTE_LABELS.get(name) ?? name;
}

/** The measure ids for a graph's numeric attributes: "attr:population", ... */
export const attributeMeasureIds = (graph: EntenteGraph) => numericAttributes(graph).map((name) => `${ATTRIBUTE_MEASURE_PREFIX}${name}`);

/** Each node's value of a numeric attribute (nodes without one get 0). */
export function attributeValues(graph: EntenteGraph, name: string): Record<string, number> {
  const values = idRecord<number>();
  graph.forEachNode((key, attributes) => {
    const value = (attributes as Record<string, unknown>)[name];
    values[key] = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  });
  return values;
}
