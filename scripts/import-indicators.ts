// Derives state indicators (population, GDP, military expenditure, active personnel) from the CIA World Factbook extract.
// Usage: npm run data:indicators -- <path/to/factbook-2026-01.json>   (re-runnable; writes data/indicators.json)
import { writeFile } from 'node:fs/promises';
import { indicatorsSchema, type Indicators } from '@/lib/data/schema';
import { factbookSource, fieldText, loadFactbook, subFields } from './factbook/entries';
import { latest, parseActivePersonnel, parseCount, parseMoney, parsePercentOfGdp } from './factbook/figures';

const factbookPath = process.argv[2];
if (!factbookPath) {
  console.error('usage: npm run data:indicators -- <path/to/factbook-2026-01.json>');
  process.exit(2);
}

const { states, entryByKey } = await loadFactbook(factbookPath);
const rows: Indicators[] = [];
const missing: string[] = [];
for (const state of states) {
  const entry = entryByKey.get(state.key);
  if (!entry) {
    missing.push(state.key);
    continue;
  }
  const population = parseCount(fieldText(entry, 'People and Society / Population', 'total') ?? '');
  const gdp = parseMoney(fieldText(entry, 'Economy / GDP (official exchange rate)') ?? '');
  const milexByYear = subFields(entry, 'Military and Security / Military expenditures').map(([, text]) => parsePercentOfGdp(text));
  const milexPctGdp = latest(milexByYear);
  const milexSameYear = gdp && milexByYear.find((f) => f?.year === gdp.year);
  const milexUsd = gdp && milexSameYear ? { value: Math.round((gdp.value * milexSameYear.value) / 100), year: gdp.year } : undefined;
  const personnel = parseActivePersonnel(fieldText(entry, 'Military and Security / Military and security service personnel strengths') ?? '');
  if (!population && !gdp && !milexPctGdp) continue;
  rows.push(
    indicatorsSchema.parse({
      state: state.key,
      ...(population && { population }),
      ...(gdp && { gdp }),
      ...(milexPctGdp && { milexPctGdp }),
      ...(milexUsd && { milexUsd }),
      ...(personnel && { personnel }),
      sources: [factbookSource(entry, state.name, 'People and Society, Economy, Military and Security')],
    }),
  );
}

await writeFile('data/indicators.json', `${JSON.stringify(rows, null, 1)}\n`);
console.log(`wrote indicators for ${rows.length} states to data/indicators.json`);
if (missing.length > 0) console.log(`no Factbook entry for: ${missing.join(', ')}`);
