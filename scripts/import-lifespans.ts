// Derives state lifespans (when each state existed as an independent state) from the Gleditsch–Ward list of
// independent states, with the CIA World Factbook's "Independence" field for the states GW leaves out (microstates).
// Usage: npx tsx scripts/import-lifespans.ts <gw-states.csv> <factbook-2026-01.json>
//   (re-runnable; reads data/states.json and data/historical-states.json, writes data/lifespans.json and prints what
//   it could not map)
//
// Rules:
// - GW end dates are the last day of independence; our periods are half-open, so `end` is the next day.
// - The extract is censored at its last date (2017-12-31): a period running to that date is ongoing (`end: null`).
// - GW codes map to ISO 3166-1 alpha-3 keys through GW_TO_KEY; a code that changed identity in our keys (Russia and
//   the Soviet Union, Yugoslavia and Serbia and Montenegro, the Yemens, North Vietnam and Vietnam) is cut into
//   segments by SPLITS. Nothing is clipped to 1945: states older than that keep their GW start.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { firstDay } from '@/lib/data/dates';
import { lifespanSchema, stateSchema, type Lifespan, type Source, type State } from '@/lib/data/schema';
import { FACTBOOK_EDITION, fieldText, type FactbookEntry } from './factbook/entries';

type Period = Lifespan['periods'][number];

const [gwPath, factbookPath] = process.argv.slice(2);
if (!gwPath || !factbookPath) {
  console.error('usage: npx tsx scripts/import-lifespans.ts <gw-states.csv> <factbook-2026-01.json>');
  process.exit(2);
}

// ---- sources ----------------------------------------------------------------------------------

const GW_SOURCE = (date: string): Source => ({
  title:
    'Gleditsch & Ward list of independent states (Gleditsch, K. S. & M. D. Ward 1999, "Interstate System Membership: A Revised List of the Independent States since 1816", International Interactions 25(4): 393–413)',
  publisher: 'Gleditsch & Ward / UCDP',
  url: 'http://www.ksgleditsch.com/data-4.html',
  date,
});

/** Factbook page slugs that differ from the conventional short name. */
const FACTBOOK_SLUGS: Record<string, string> = { FSM: 'micronesia-federated-states-of' };

function factbookSource(key: string, entry: FactbookEntry | undefined, name: string, section: string): Source {
  const short = entry && fieldText(entry, 'Government / Country name', 'conventional short form');
  const slug =
    FACTBOOK_SLUGS[key] ??
    (short && short !== 'none' ? short : name)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '');
  return {
    title: `The World Factbook: ${name}, ${section}`,
    publisher: 'Central Intelligence Agency',
    url: `https://www.cia.gov/the-world-factbook/countries/${slug}/`,
    date: FACTBOOK_EDITION,
  };
}

const UN_RUSSIA: Source = {
  title: 'Member States: Russian Federation (continuation of the USSR membership, letter of 24 December 1991)',
  publisher: 'United Nations',
  url: 'https://www.un.org/en/about-us/member-states/russian-federation',
  date: '1991-12-24',
};
const KREMLIN_CIS: Source = {
  title: 'Commonwealth of Independent States (glossary)',
  publisher: 'President of Russia',
  url: 'http://en.kremlin.ru/catalog/glossary/38',
  date: '1991-12-08',
};
const VIETNAM_1976: Source = {
  title: 'Dictionary of the Modern Politics of Southeast Asia: Vietnam, Socialist Republic of',
  publisher: 'Routledge (Taylor & Francis)',
  url: 'https://www.taylorfrancis.com/books/9781315753843/chapters/10.4324/9781315753843-12',
  date: '1976-07-02',
};
const UN_PALESTINE_1988: Source = {
  title: 'General Assembly resolution 43/177, Question of Palestine (acknowledges the proclamation of 15 November 1988)',
  publisher: 'United Nations',
  url: 'https://undocs.org/A/RES/43/177',
  date: '1988-12-15',
};
const UN_PALESTINE_2012: Source = {
  title: 'General Assembly resolution 67/19, Status of Palestine in the United Nations (non-member observer State)',
  publisher: 'United Nations',
  url: 'https://undocs.org/A/RES/67/19',
  date: '2012-11-29',
};

// ---- Gleditsch–Ward codes → state keys --------------------------------------------------------

/** GW code → ISO alpha-3 key (historical keys: SUN, YUG, SCG, CSK, DDR, YMD, YAR, VDR, RVN); null = no key here. */
const GW_TO_KEY: Record<number, string | null> = {
  2: 'USA',
  20: 'CAN',
  31: 'BHS',
  40: 'CUB',
  41: 'HTI',
  42: 'DOM',
  51: 'JAM',
  52: 'TTO',
  53: 'BRB',
  70: 'MEX',
  80: 'BLZ',
  89: null,
  90: 'GTM',
  91: 'HND',
  92: 'SLV',
  93: 'NIC',
  94: 'CRI',
  95: 'PAN',
  99: null,
  100: 'COL',
  101: 'VEN',
  110: 'GUY',
  115: 'SUR',
  130: 'ECU',
  135: 'PER',
  140: 'BRA',
  145: 'BOL',
  150: 'PRY',
  155: 'CHL',
  160: 'ARG',
  165: 'URY',
  200: 'GBR',
  205: 'IRL',
  210: 'NLD',
  211: 'BEL',
  212: 'LUX',
  220: 'FRA',
  225: 'CHE',
  230: 'ESP',
  235: 'PRT',
  240: null,
  245: null,
  255: 'DEU',
  260: 'DEU',
  265: 'DDR',
  267: null,
  269: null,
  271: null,
  273: null,
  275: null,
  280: null,
  290: 'POL',
  300: null,
  305: 'AUT',
  310: 'HUN',
  315: 'CSK',
  316: 'CZE',
  317: 'SVK',
  325: 'ITA',
  327: null,
  329: null,
  332: null,
  335: null,
  337: null,
  338: 'MLT',
  339: 'ALB',
  340: 'SRB',
  341: 'MNE',
  343: 'MKD',
  344: 'HRV',
  345: 'YUG',
  346: 'BIH',
  347: 'XKX',
  349: 'SVN',
  350: 'GRC',
  352: 'CYP',
  355: 'BGR',
  359: 'MDA',
  360: 'ROU',
  365: 'RUS',
  366: 'EST',
  367: 'LVA',
  368: 'LTU',
  369: 'UKR',
  370: 'BLR',
  371: 'ARM',
  372: 'GEO',
  373: 'AZE',
  375: 'FIN',
  380: 'SWE',
  385: 'NOR',
  390: 'DNK',
  395: 'ISL',
  402: 'CPV',
  404: 'GNB',
  411: 'GNQ',
  420: 'GMB',
  432: 'MLI',
  433: 'SEN',
  434: 'BEN',
  435: 'MRT',
  436: 'NER',
  437: 'CIV',
  438: 'GIN',
  439: 'BFA',
  450: 'LBR',
  451: 'SLE',
  452: 'GHA',
  461: 'TGO',
  471: 'CMR',
  475: 'NGA',
  481: 'GAB',
  482: 'CAF',
  483: 'TCD',
  484: 'COG',
  490: 'COD',
  500: 'UGA',
  501: 'KEN',
  510: 'TZA',
  511: null,
  516: 'BDI',
  517: 'RWA',
  520: 'SOM',
  522: 'DJI',
  530: 'ETH',
  531: 'ERI',
  540: 'AGO',
  541: 'MOZ',
  551: 'ZMB',
  552: 'ZWE',
  553: 'MWI',
  560: 'ZAF',
  563: null,
  564: null,
  565: 'NAM',
  570: 'LSO',
  571: 'BWA',
  572: 'SWZ',
  580: 'MDG',
  581: 'COM',
  590: 'MUS',
  600: 'MAR',
  615: 'DZA',
  616: 'TUN',
  620: 'LBY',
  625: 'SDN',
  626: 'SSD',
  630: 'IRN',
  640: 'TUR',
  645: 'IRQ',
  651: 'EGY',
  652: 'SYR',
  660: 'LBN',
  663: 'JOR',
  666: 'ISR',
  670: 'SAU',
  678: 'YAR',
  680: 'YMD',
  690: 'KWT',
  692: 'BHR',
  694: 'QAT',
  696: 'ARE',
  698: 'OMN',
  700: 'AFG',
  701: 'TKM',
  702: 'TJK',
  703: 'KGZ',
  704: 'UZB',
  705: 'KAZ',
  710: 'CHN',
  711: null,
  712: 'MNG',
  713: 'TWN',
  730: null,
  731: 'PRK',
  732: 'KOR',
  740: 'JPN',
  750: 'IND',
  760: 'BTN',
  770: 'PAK',
  771: 'BGD',
  775: 'MMR',
  780: 'LKA',
  781: 'MDV',
  790: 'NPL',
  800: 'THA',
  811: 'KHM',
  812: 'LAO',
  815: null,
  816: 'VDR',
  817: 'RVN',
  820: 'MYS',
  830: 'SGP',
  835: 'BRN',
  840: 'PHL',
  850: 'IDN',
  860: 'TLS',
  900: 'AUS',
  910: 'PNG',
  920: 'NZL',
  940: 'SLB',
  950: 'FJI',
};

/** Why a GW code has no key here (printed, not written). */
const UNMAPPED_REASONS: Record<number, string> = {
  89: 'no single successor key',
  99: 'no single successor key',
  300: 'no single successor key; Austria (305) and Hungary (310) are mapped',
  327: 'not the Vatican City State of 1929 (VAT has its own lifespan)',
  511: 'merged with Tanganyika into Tanzania on 26 April 1964 (510 → TZA)',
  711: 'no key here',
  730: 'two successors (PRK, KOR), so no single key',
  815: 'several successors (VDR, RVN, VNM), so no single key',
};
const GERMAN_STATES_BEFORE_1871 = [240, 245, 267, 269, 271, 273, 275, 280];
const ITALIAN_STATES_BEFORE_1861 = [329, 332, 335, 337];
const BOER_REPUBLICS = [563, 564];

/** A GW code whose period is cut into segments with different keys; a segment keeps the part of the GW period in [start, end). */
type Segment = { key: string; start?: string; end?: string; note: string };
const SPLITS: Record<number, Segment[]> = {
  365: [
    {
      key: 'RUS',
      end: '1922-12-30',
      note: 'The Russian Empire, from November 1917 Soviet Russia (RSFSR). Gleditsch–Ward code 365 treats Russia, the Soviet Union and the Russian Federation as one state from 1816; here the Soviet Union (SUN) is a key of its own from its founding on 30 December 1922.',
    },
    {
      key: 'SUN',
      start: '1922-12-30',
      end: '1991-12-26',
      note: "From the Treaty on the Creation of the USSR (30 December 1922) to the Soviet of the Republics' declaration of 26 December 1991 that the USSR had ceased to exist (Gorbachev resigned on 25 December). Gleditsch–Ward code 365 continues through the Russian Federation.",
    },
    {
      key: 'RUS',
      start: '1991-12-08',
      note: "Starts on 8 December 1991, when the RSFSR, with Belarus and Ukraine, signed the Belovezha Accords stating that the USSR had ceased to exist as a subject of international law and founded the CIS: its first act as an independent state (the RSFSR Supreme Soviet ratified it on 12 December). Russia never declared independence and Gleditsch–Ward do not separate it from the USSR; the Factbook gives 25 December 1991 (RSFSR renamed Russian Federation), and the USSR formally dissolved on 26 December. So this period overlaps the Soviet Union's last 18 days, as do those of the other republics, which Gleditsch–Ward date from their own declarations (Ukraine 1 December, Kazakhstan 16 December, Armenia, Azerbaijan and Georgia 21 December 1991). Russia continued the USSR's UN membership (letter of 24 December 1991).",
    },
  ],
  345: [
    {
      key: 'YUG',
      end: '1992-04-27',
      note: "Kingdom of Serbs, Croats and Slovenes from 1 December 1918 (Yugoslavia from 1929), from 1945 the Federal People's and then Socialist Federal Republic. Ends on 27 April 1992, when Serbia and Montenegro proclaimed the Federal Republic of Yugoslavia; Gleditsch–Ward code 345 continues through that state to June 2006.",
    },
    {
      key: 'SCG',
      start: '1992-04-27',
      note: "Federal Republic of Yugoslavia from 27 April 1992, State Union of Serbia and Montenegro from 4 February 2003 (Gleditsch–Ward code 345, continuing Yugoslavia). Montenegro declared independence on 3 June 2006 and Serbia declared itself the continuing state on 5 June 2006; Gleditsch–Ward take 4 June 2006 as the union's last day.",
    },
  ],
  678: [
    {
      key: 'YAR',
      end: '1990-05-22',
      note: 'North Yemen: the Mutawakkilite Kingdom, from 1962 the Yemen Arab Republic. Merged with South Yemen into the Republic of Yemen on 22 May 1990; Gleditsch–Ward code 678 continues as unified Yemen.',
    },
    {
      key: 'YEM',
      start: '1990-05-22',
      note: "The Republic of Yemen, formed on 22 May 1990 by the merger of the Yemen Arab Republic and the People's Democratic Republic of Yemen (Gleditsch–Ward code 678 continues the former).",
    },
  ],
  816: [
    {
      key: 'VDR',
      end: '1976-07-02',
      note: 'The Democratic Republic of Vietnam was proclaimed on 2 September 1945; Gleditsch–Ward date it as an independent state from the 1954 Geneva settlement (their start, 1 May 1954). Ends with reunification as the Socialist Republic of Vietnam on 2 July 1976; Gleditsch–Ward code 816 continues as Vietnam.',
    },
    {
      key: 'VNM',
      start: '1976-07-02',
      note: "The Socialist Republic of Vietnam, proclaimed on 2 July 1976 when North and South were formally reunified (Gleditsch–Ward code 816 continues the Democratic Republic of Vietnam). The Factbook dates Vietnam's independence from the DRV's proclamation of 2 September 1945.",
    },
  ],
};

/** Notes for single GW periods, by key and GW start date. */
const PERIOD_NOTES: Record<string, string> = {
  'DEU 1816-01-01':
    'Prussia, from 18 January 1871 the German Empire (Gleditsch–Ward code 255, "Germany (Prussia)"), to the unconditional surrender of 8 May 1945; Germany was then under four-power occupation until 1949.',
  'DEU 1949-09-21':
    'The Federal Republic of Germany (West Germany; Gleditsch–Ward code 260, from the entry into force of the Occupation Statute on 21 September 1949; the FRG was proclaimed on 23 May 1949). The German Democratic Republic (DDR) acceded to it on 3 October 1990, so from that day this period is united Germany.',
  'DDR 1949-10-05':
    'The German Democratic Republic (Gleditsch–Ward code 265; proclaimed on 7 October 1949, Gleditsch–Ward start 5 October). Ends with its accession to the Federal Republic on 3 October 1990.',
  'CSK 1918-11-11':
    'Czechoslovakia (Gleditsch–Ward code 315, which they keep continuous through the German occupation of 1939–1945). Dissolved on 1 January 1993 into the Czech Republic and Slovakia.',
  'CZE 1993-01-01': 'Independent since the dissolution of Czechoslovakia on 1 January 1993.',
  'SVK 1993-01-01': 'Independent since the dissolution of Czechoslovakia on 1 January 1993.',
  'SRB 1878-07-13':
    'The Principality, from 1882 Kingdom of Serbia, recognised at the Congress of Berlin; occupied in 1915 and part of the Kingdom of Serbs, Croats and Slovenes from 1918.',
  'SRB 2006-06-05': 'Continuing state of the State Union of Serbia and Montenegro from 5 June 2006.',
  'MNE 1868-01-01':
    'The Principality, from 1910 Kingdom of Montenegro (Gleditsch–Ward start 1868); occupied in 1915 and part of the Kingdom of Serbs, Croats and Slovenes from 1918.',
  'MNE 2006-06-03': 'Independence declared on 3 June 2006 after the referendum of 21 May 2006.',
  'YMD 1967-11-30':
    "Independent from the United Kingdom on 30 November 1967 (People's Republic of South Yemen, People's Democratic Republic of Yemen from 1970). Merged with North Yemen on 22 May 1990.",
  'RVN 1954-05-01':
    'The State, from 26 October 1955 Republic of Vietnam (Gleditsch–Ward start 1 May 1954). Gleditsch–Ward take 30 April 1975, the fall of Saigon, as its last day, so the period ends on 1 May 1975; the Provisional Revolutionary Government then administered the South until reunification on 2 July 1976.',
  'TWN 1949-12-08':
    'The Republic of China on Taiwan: Gleditsch–Ward date it from 8 December 1949, when the ROC government moved to Taipei. Recognised by few states and not a UN member since 1971.',
  'XKX 2008-02-17': 'Declared independence from Serbia on 17 February 2008; recognised by part of the UN membership, not by Serbia, and not a UN member.',
  'EST 1918-11-11': 'Occupied and annexed by the Soviet Union in June 1940.',
  'LVA 1918-11-11': 'Occupied and annexed by the Soviet Union in June 1940.',
  'LTU 1918-02-16': 'Occupied and annexed by the Soviet Union in June 1940.',
  'EST 1991-09-06': "Independence restored; Gleditsch–Ward date it from the USSR State Council's recognition of 6 September 1991.",
  'LVA 1991-09-06': "Independence restored; Gleditsch–Ward date it from the USSR State Council's recognition of 6 September 1991.",
  'LTU 1991-09-06': "Independence restored; Gleditsch–Ward date it from the USSR State Council's recognition of 6 September 1991.",
  'TZA 1961-12-09': 'Tanganyika from 9 December 1961; united with Zanzibar as Tanzania on 26 April 1964 (Gleditsch–Ward code 510 continues Tanganyika).',
};

const GW_SYSTEM_START = '1816-01-01';
const GW_SYSTEM_START_NOTE = '1 January 1816 is the start of the Gleditsch–Ward list (the Congress of Vienna system); the state is older.';

// ---- states Gleditsch–Ward leave out --------------------------------------------------------------

/** Start dates the Factbook's free text does not give as one day, and states with no Factbook "Independence". */
const MANUAL: Record<string, { start: string; note: string; sources?: Source[] }> = {
  AND: {
    start: '1278',
    note: 'The Factbook dates Andorra to the paréage of 1278 (joint sovereignty of the Count of Foix and the Bishop of Urgell); a year, not a day. Not in the Gleditsch–Ward list of states (a microstate). UN member since 28 July 1993.',
  },
  MCO: {
    start: '1419',
    note: 'The Factbook dates Monaco to 1419, the beginning of permanent Grimaldi rule; a year, not a day. Monaco was annexed by France in 1793–1814 and under Sardinian protection until the Franco-Monegasque treaty of 2 February 1861; those interruptions are not recorded here. Not in the Gleditsch–Ward list of states (a microstate).',
  },
  SMR: {
    start: '0301',
    note: "The Factbook gives 3 September 301 as San Marino's traditional founding date; recorded as the year 301. Not in the Gleditsch–Ward list of states (a microstate).",
  },
  LIE: {
    start: '1806-07-12',
    note: 'Sovereign since leaving the Holy Roman Empire on 12 July 1806 (Factbook; the principality was created on 23 January 1719 and left the German Confederation on 24 August 1866). Not in the Gleditsch–Ward list of states (a microstate).',
  },
  VAT: {
    start: '1929-02-11',
    note: 'The Vatican City State, created by the Lateran Treaty of 11 February 1929 (Factbook); the Holy See itself is far older. Not in the Gleditsch–Ward list of states (a microstate).',
  },
  PSE: {
    start: '1988-11-15',
    note: "From the Palestine National Council's proclamation of the State of Palestine in Algiers on 15 November 1988, which the UN General Assembly acknowledged in resolution 43/177. Palestine is recognised by most UN members but not by several major states, controls only part of the territory it claims, and has been a UN non-member observer State since 29 November 2012; the date is a declaration, not the start of effective statehood. Not in the Gleditsch–Ward list.",
    sources: [UN_PALESTINE_1988, UN_PALESTINE_2012],
  },
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first "D Month YYYY" in the Factbook's Independence text, as YYYY-MM-DD. */
function firstFactbookDate(text: string): string | undefined {
  const match = /\b(\d{1,2}) ([A-Za-z]+) (\d{4})\b/.exec(text);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!.toLowerCase());
  if (month < 0) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

// ---- helpers ----------------------------------------------------------------------------------------

/** Minimal CSV parser: quoted fields with commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const later = (a: string, b: string) => (firstDay(a) >= firstDay(b) ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : firstDay(a) <= firstDay(b) ? a : b);

/** The date a source documents for a row: its latest boundary (last end, or last start when ongoing). */
function eventDate(periods: Period[]): string {
  const last = periods[periods.length - 1]!;
  return last.end ?? last.start;
}

// ---- main -----------------------------------------------------------------------------------------------

const readStates = async (file: string): Promise<State[]> =>
  z.array(stateSchema).parse(JSON.parse(await readFile(path.join('data', file), 'utf8').catch(() => '[]')));
const states = [...(await readStates('states.json')), ...(await readStates('historical-states.json'))];
const stateByKey = new Map(states.map((s) => [s.key, s]));

const factbook = JSON.parse(await readFile(factbookPath, 'utf8')) as Record<string, FactbookEntry>;
const factbookByIso2 = new Map<string, FactbookEntry>();
for (const entry of Object.values(factbook)) {
  if (fieldText(entry, 'Government / Dependency status')) continue;
  const tld = fieldText(entry, 'Communications / Internet country code')?.match(/\.([a-z]{2})\b/)?.[1];
  if (tld) factbookByIso2.set(tld === 'uk' ? 'GB' : tld.toUpperCase(), entry);
}
const factbookEntry = (key: string) => factbookByIso2.get(stateByKey.get(key)?.iso2 ?? '');

const [header, ...records] = parseCsv(await readFile(gwPath, 'utf8'));
const column = (name: string) => {
  const index = header?.indexOf(name) ?? -1;
  if (index < 0) throw new Error(`${gwPath}: no column "${name}"`);
  return index;
};
const [cCode, cName, cStart, cEnd] = ['gwcode', 'statename', 'startdate', 'enddate'].map(column) as [number, number, number, number];
const censoredAt = records
  .map((r) => r[cEnd]!)
  .sort()
  .at(-1)!;

const periodsByKey = new Map<string, Period[]>();
const unmapped: string[] = [];
const unknownKeys = new Set<string>();

function addPeriod(key: string, period: Period) {
  if (!stateByKey.has(key)) {
    unknownKeys.add(key);
    return;
  }
  const list = periodsByKey.get(key) ?? [];
  list.push(period);
  periodsByKey.set(key, list);
}

for (const record of records) {
  const code = Number(record[cCode]);
  const gwStart = record[cStart]!;
  const gwEnd = record[cEnd]! === censoredAt ? null : nextDay(record[cEnd]!);
  const key = GW_TO_KEY[code];
  if (key === undefined) {
    unmapped.push(`${code} ${record[cName]} (${gwStart} to ${record[cEnd]}): not in the mapping table`);
    continue;
  }
  if (key === null) {
    const reason =
      UNMAPPED_REASONS[code] ??
      (GERMAN_STATES_BEFORE_1871.includes(code)
        ? 'German state absorbed into the German Empire in 1871'
        : ITALIAN_STATES_BEFORE_1861.includes(code)
          ? 'Italian state absorbed into Italy in 1860–61'
          : BOER_REPUBLICS.includes(code)
            ? 'Boer republic, part of the Union of South Africa from 31 May 1910'
            : 'no key here');
    unmapped.push(`${code} ${record[cName]} (${gwStart} to ${record[cEnd]}): ${reason}`);
    continue;
  }
  const segments = SPLITS[code];
  if (!segments) {
    const note = PERIOD_NOTES[`${key} ${gwStart}`] ?? (gwStart === GW_SYSTEM_START ? GW_SYSTEM_START_NOTE : undefined);
    addPeriod(key, { start: gwStart, end: gwEnd, ...(note && { note }) });
    continue;
  }
  for (const segment of segments) {
    const start = segment.start ? later(gwStart, segment.start) : gwStart;
    const end = earlier(gwEnd, segment.end ?? null);
    if (end !== null && firstDay(end) <= firstDay(start)) continue;
    const note = start === GW_SYSTEM_START ? `${segment.note} ${GW_SYSTEM_START_NOTE}` : segment.note;
    addPeriod(segment.key, { start, end, note });
  }
}

/** Extra sources for keys whose boundaries come from more than the GW list. */
const fb = (key: string, name: string) => factbookSource(key, factbookEntry(key), name, 'Government');
const EXTRA_SOURCES: Record<string, Source[]> = {
  RUS: [fb('RUS', 'Russia'), KREMLIN_CIS, UN_RUSSIA],
  SUN: [fb('RUS', 'Russia'), UN_RUSSIA],
  DEU: [fb('DEU', 'Germany')],
  DDR: [fb('DEU', 'Germany')],
  YUG: [fb('SRB', 'Serbia')],
  SCG: [fb('SRB', 'Serbia'), fb('MNE', 'Montenegro')],
  SRB: [fb('SRB', 'Serbia')],
  MNE: [fb('MNE', 'Montenegro')],
  YAR: [fb('YEM', 'Yemen')],
  YMD: [fb('YEM', 'Yemen')],
  YEM: [fb('YEM', 'Yemen')],
  VDR: [VIETNAM_1976],
  VNM: [VIETNAM_1976, fb('VNM', 'Vietnam')],
  CSK: [fb('CZE', 'Czechia')],
  XKX: [fb('XKX', 'Kosovo')],
};

const rows: Lifespan[] = [];
const missing: string[] = [];
for (const state of [...states].sort((a, b) => a.key.localeCompare(b.key))) {
  const gwPeriods = periodsByKey.get(state.key);
  if (gwPeriods) {
    const periods = gwPeriods.sort((a, b) => firstDay(a.start).localeCompare(firstDay(b.start)));
    rows.push(lifespanSchema.parse({ state: state.key, periods, sources: [GW_SOURCE(eventDate(periods)), ...(EXTRA_SOURCES[state.key] ?? [])] }));
    continue;
  }
  const entry = factbookEntry(state.key);
  const manual = MANUAL[state.key];
  const independence = entry && fieldText(entry, 'Government / Independence');
  const start = manual?.start ?? (independence ? firstFactbookDate(independence) : undefined);
  if (!start) {
    missing.push(`${state.key} ${state.name}: no Gleditsch–Ward period and no usable Factbook "Independence"`);
    continue;
  }
  const note =
    manual?.note ??
    `Independence as dated by the Factbook: "${independence!.replace(/\s+/g, ' ').trim()}". Not in this Gleditsch–Ward extract, which leaves out the microstates (population under 250,000) that Gleditsch and Ward list separately.`;
  const sources = manual?.sources ?? [factbookSource(state.key, entry, state.name, 'Government')];
  rows.push(lifespanSchema.parse({ state: state.key, periods: [{ start, end: null, note }], sources }));
}

await writeFile(path.join('data', 'lifespans.json'), `${JSON.stringify(rows, null, 1)}\n`);
console.log(`wrote ${rows.length} lifespans to data/lifespans.json (${states.length} states; GW extract censored at ${censoredAt})`);
if (missing.length > 0) console.log(`\nno lifespan for ${missing.length} state(s):\n  ${missing.join('\n  ')}`);
if (unknownKeys.size > 0) console.log(`\nGW codes mapped to keys not in data/: ${[...unknownKeys].join(', ')}`);
console.log(`\nGW entries not mapped to a key (${unmapped.length}):\n  ${unmapped.join('\n  ')}`);
