// Parses the Factbook's "Exports - partners" / "Imports - partners" text and resolves partner names to state keys.

export type PartnerShare = { name: string; percent: number };
export type PartnerList = { year: number; partners: PartnerShare[] };

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|nbsp|quot|#39);/g, (entity) => HTML_ENTITIES[entity] ?? entity);
}

/** "Russia 37%, UAE 25%, Gambia, The 4% (2023)" → {year: 2023, partners: [{name: "Russia", percent: 37}, ...]}. */
export function parsePartnerList(text: string): PartnerList | null {
  const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
  const year = /\((\d{4})(?: est\.)?\)\s*$/.exec(clean);
  if (!year) return null;
  const body = clean.slice(0, year.index);
  const partners: PartnerShare[] = [];
  for (const match of body.matchAll(/(.*?)\s(\d+(?:\.\d+)?)%/g)) {
    const name = (match[1] ?? '').replace(/^[\s,;]+/, '').trim();
    if (name) partners.push({ name, percent: Number(match[2]) });
  }
  return partners.length > 0 ? { year: Number(year[1]), partners } : null;
}

/** Abbreviations the Factbook uses in partner lists that no country-name table spells this way. */
const ALIASES: Record<string, string> = {
  UAE: 'ARE',
  USA: 'USA',
  US: 'USA',
  UK: 'GBR',
  NZ: 'NZL',
  DRC: 'COD',
  'S. Korea': 'KOR',
  'South Korea': 'KOR',
  'Korea, South': 'KOR',
  'Gambia, The': 'GMB',
  'Bahamas, The': 'BHS',
  'Congo, Republic of the': 'COG',
  Turkey: 'TUR',
  "Cote d'Ivoire": 'CIV',
};

/** Builds a resolver from partner names to state keys, given name → key pairs from other tables. */
export function makeNameResolver(known: Iterable<[string, string]>): (name: string) => string | undefined {
  const table = new Map<string, string>();
  for (const [name, key] of known) table.set(name.toLowerCase(), key);
  for (const [name, key] of Object.entries(ALIASES)) table.set(name.toLowerCase(), key);
  // The Factbook abbreviates: "Trinidad & Tobago", "St. Lucia".
  const spelledOut = (name: string) => name.replace(/\s*&\s*/g, ' and ').replace(/^St\. /, 'Saint ');
  return (name) => table.get(name.toLowerCase()) ?? table.get(spelledOut(name).toLowerCase());
}
