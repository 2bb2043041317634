// The attributes Entente's nodes and edges carry, typed once for every format: column order, XML attribute types,
// how a value is written as text, and the compact "publisher: title (date) <url>; ..." form of sources.
import type { Source } from '@/lib/data/schema';
import { FORBIDDEN_KEYS } from './import-result';

/** `?` = may be null (written as an empty cell or a missing value). `json` values are written as JSON text. */
export type FieldType = 'string' | 'string?' | 'number?' | 'integer?' | 'boolean' | 'json' | 'sources';

export const NODE_FIELDS = {
  label: 'string',
  kind: 'string',
  name: 'string',
  officialName: 'string',
  iso2: 'string',
  region: 'string',
  subregion: 'string',
  flag: 'string',
  lat: 'number?',
  lng: 'number?',
  recognition: 'string',
  population: 'number?',
  gdp: 'number?',
  milexPctGdp: 'number?',
  milexUsd: 'number?',
  personnel: 'number?',
  indicatorYears: 'json',
  indicatorSources: 'sources',
  lifespan: 'json',
  orgKind: 'string',
  founded: 'string',
  dissolved: 'string?',
  formerNames: 'json',
  headquarters: 'string?',
  description: 'string',
  sources: 'sources',
} as const satisfies Record<string, FieldType>;

export const EDGE_FIELDS = {
  kind: 'string',
  subtype: 'string?',
  status: 'string',
  intensity: 'string?',
  start: 'string',
  end: 'string?',
  weight: 'number?',
  unit: 'string?',
  year: 'integer?',
  sources: 'sources',
  label: 'string?',
  note: 'string?',
  periodNote: 'string?',
  ucdpId: 'integer?',
  directed: 'boolean',
  periodSources: 'sources',
  periods: 'json',
} as const satisfies Record<string, FieldType>;

export type AttributeRecord = Record<string, unknown>;

/** Node positions in Entente's (Cytoscape's) convention: y points down. */
export type Positions = Record<string, { x: number; y: number }>;

function inferType(values: unknown[]): FieldType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'number?';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.some((v) => typeof v === 'object')) return 'json';
  return 'string?';
}

/**
 * Every attribute name the elements carry, known ones first in their documented order, then any others (from an
 * imported graph) sorted, each with its type. `skip` leaves out names a format writes elsewhere (e.g. GEXF's label).
 */
export function fieldsOf(elements: AttributeRecord[], known: Record<string, FieldType>, skip: readonly string[] = []): [string, FieldType][] {
  const present = new Set<string>();
  for (const attributes of elements) for (const name of Object.keys(attributes)) present.add(name);
  const fields: [string, FieldType][] = Object.entries(known).filter(([name]) => present.has(name) && !skip.includes(name));
  const extra = [...present].filter((name) => !(name in known) && !skip.includes(name) && !FORBIDDEN_KEYS.has(name)).sort();
  for (const name of extra) fields.push([name, inferType(elements.map((a) => a[name]))]);
  return fields;
}

/** A source as one line: `publisher: title (date) <url>`. */
export function formatSource(source: Source): string {
  return `${source.publisher}: ${source.title} (${source.date}) <${source.url}>`;
}

export function formatSources(sources: readonly Source[]): string {
  return sources.map(formatSource).join('; ');
}

const SOURCE_ITEM = /^(.+?): (.+) \((\d{4}(?:-\d{2}(?:-\d{2})?)?)\) <([^<>\s]+)>$/s;

/**
 * Reads the compact form back. Items end with `<url>`, so titles may contain "; "; the publisher is read up to the
 * first ": ", so a publisher containing ": " is split wrongly (none in the bundled data does). Null if any item does not parse.
 */
export function parseSources(text: string): Source[] | null {
  if (text.trim() === '') return [];
  const items = text.trim().split(/(?<=>)\s*;\s*/);
  const sources: Source[] = [];
  for (const item of items) {
    const match = SOURCE_ITEM.exec(item.trim());
    if (!match) return null;
    sources.push({ publisher: match[1]!, title: match[2]!, date: match[3]!, url: match[4]! });
  }
  return sources;
}

/** How a value is written as text in GEXF, GraphML and CSV; null = leave it out (an empty cell). */
export function valueText(value: unknown, type: FieldType, sources: 'compact' | 'json'): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'sources' && sources === 'compact' && Array.isArray(value)) return formatSources(value as Source[]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}
