// Reads the Factbook extract and matches its entries (keyed by GEC code, not ISO) to the states in data/states.json.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { stateSchema, type State } from '@/lib/data/schema';

export const FACTBOOK_EDITION = '2026-01-22';

export type FactbookEntry = Record<string, unknown> & { gec: string };

/** The `text` of a field, or of one of its sub-fields. */
export function fieldText(entry: FactbookEntry, field: string, sub?: string): string | undefined {
  const value = entry[field] as Record<string, unknown> | undefined;
  const node = (sub ? value?.[sub] : value) as { text?: unknown } | undefined;
  return typeof node?.text === 'string' ? node.text : undefined;
}

/** Sub-fields of a field, e.g. {"Military Expenditures 2024": {text}, ...}. */
export function subFields(entry: FactbookEntry, field: string): [string, string][] {
  const value = entry[field] as Record<string, { text?: unknown }> | undefined;
  return Object.entries(value ?? {}).flatMap(([name, node]) => (typeof node?.text === 'string' ? [[name, node.text] as [string, string]] : []));
}

/** ISO alpha-2 of an entry, from its internet country code (.uk → GB). */
function iso2Of(entry: FactbookEntry): string | undefined {
  // Usually ".am"; France lists its overseas regions too: "metropolitan France - .fr; French Guiana - .gf; ...".
  const tld = fieldText(entry, 'Communications / Internet country code')?.match(/\.([a-z]{2})\b/)?.[1];
  if (!tld) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

export type Factbook = { states: State[]; entryByKey: Map<string, FactbookEntry> };

export async function loadFactbook(factbookPath: string, statesPath = 'data/states.json'): Promise<Factbook> {
  const raw = JSON.parse(await readFile(factbookPath, 'utf8')) as Record<string, FactbookEntry>;
  const states = z.array(stateSchema).parse(JSON.parse(await readFile(statesPath, 'utf8')));
  const stateByIso2 = new Map(states.map((s) => [s.iso2, s]));
  const entryByKey = new Map<string, FactbookEntry>();
  for (const entry of Object.values(raw)) {
    const state = stateByIso2.get(iso2Of(entry) ?? '');
    if (state && !fieldText(entry, 'Government / Dependency status')) entryByKey.set(state.key, entry);
  }
  return { states, entryByKey };
}

/** The Factbook's page for a state, as a source citation. */
export function factbookSource(entry: FactbookEntry, stateName: string, section: string) {
  const short = fieldText(entry, 'Government / Country name', 'conventional short form');
  const slug = (short && short !== 'none' ? short : stateName)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    title: `The World Factbook: ${stateName}, ${section}`,
    publisher: 'Central Intelligence Agency',
    url: `https://www.cia.gov/the-world-factbook/countries/${slug}/`,
    date: FACTBOOK_EDITION,
  };
}
