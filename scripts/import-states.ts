// Generates data/states.json from the world-countries package: every sovereign state plus partially recognized ones.
// Usage: npm run data:states   (re-runnable; the output is committed)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'world-countries';
import { stateSchema, type State } from '@/lib/data/schema';

/** world-countries codes Kosovo "UNK" (the UN mission's code); we use "XKX", as the EU and the World Bank do. */
const KEY_OVERRIDES: Record<string, string> = { UNK: 'XKX' };
/** Widely relevant entities that world-countries does not mark independent. */
const PARTIALLY_RECOGNIZED = new Set(['UNK', 'TWN', 'PSE']);
/** world-countries marks the Holy See a UN member; it is a permanent observer. Palestine is one too. */
const UN_OBSERVERS = new Set(['VAT', 'PSE']);

function recognition(cca3: string, unMember: boolean): State['recognition'] {
  if (UN_OBSERVERS.has(cca3)) return 'un-observer';
  if (PARTIALLY_RECOGNIZED.has(cca3) || !unMember) return 'partial';
  return 'un-member';
}

const keyOf = (cca3: string) => KEY_OVERRIDES[cca3] ?? cca3;

const included = countries.filter((c) => c.independent || PARTIALLY_RECOGNIZED.has(c.cca3));
const includedCodes = new Set(included.map((c) => c.cca3));

const out = path.join(process.cwd(), process.argv[2] ?? 'data/states.json');
/** Aliases (common, former and short names) are kept by hand in the output file: a re-run keeps them. */
const previous: State[] = await readFile(out, 'utf8').then(
  (text) => JSON.parse(text) as State[],
  () => [],
);
const aliasesByKey = new Map(previous.flatMap((s) => (s.aliases ? [[s.key, s.aliases] as const] : [])));

const states: State[] = included
  .map((c) =>
    stateSchema.parse({
      key: keyOf(c.cca3),
      iso2: c.cca2,
      isoNumeric: c.ccn3 || null,
      name: c.name.common,
      officialName: c.name.official,
      region: c.region,
      subregion: c.subregion ?? '',
      lat: c.latlng[0],
      lng: c.latlng[1],
      flag: c.flag,
      borders: c.borders.filter((code) => includedCodes.has(code)).map(keyOf), // land borders with other states only
      recognition: recognition(c.cca3, c.unMember),
      ...(aliasesByKey.has(keyOf(c.cca3)) ? { aliases: aliasesByKey.get(keyOf(c.cca3)) } : {}),
    }),
  )
  .sort((a, b) => a.key.localeCompare(b.key));

await writeFile(out, `${JSON.stringify(states, null, 1)}\n`);
console.log(`wrote ${states.length} states to ${path.relative(process.cwd(), out)}`);
