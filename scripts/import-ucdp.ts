// Derives conflict ties between states and state interventions from the UCDP/PRIO Armed Conflict Dataset 25.1.
// Usage: npx tsx scripts/import-ucdp.ts <path/to/ucdp-prio-acd-25.1.csv>
// Re-runnable: writes data/ties/ucdp-conflicts.json and data/ties/ucdp-interventions.json and prints counts, the ties it
// skipped because another file in data/ties/ already has them, and what it could not map. Run it again after
// data/lifespans.json changes: periods are clipped to state lifespans.
//
// Input: the peacesciencer extract of ACD 25.1 (one row per conflict-year and per state combination; columns conflict_id,
// year, gwno_a, gwno_a_2nd, gwno_b, gwno_b_2nd, incompatibility, intensity_level, type_of_conflict, start_date, start_prec,
// start_date2, start_prec2, ep_end, ep_end_date, ...). Only the Gleditsch–Ward codes are used; the state_a/state_b
// abbreviations are GW abbreviations, not ISO, and are ignored.
//
// Rules (all dates half-open, see data/README.md):
// - Conflict ties (ucdp-conflicts.json): every interstate conflict (type_of_conflict "interstate"), one tie per pair of
//   primary states on opposite sides (each state in gwno_a against each in gwno_b). Several UCDP conflicts between the
//   same two states are periods of one tie; `ucdpId` is the earliest of them and the label and sources list all.
// - Subtype: `war` if any year of the pair reached intensity 2 (1,000+ battle deaths), or if the incompatibility is
//   government (one state fighting over who governs the other: the invasions of Grenada 1983 and Panama 1989, the
//   Soviet entry into Afghanistan 1979, Iran–Israel 2017–2024) since a border label would be wrong for those;
//   otherwise `territorial` (incompatibility territory or both, never war-level). `border-clash` is never generated:
//   UCDP cannot tell a short border clash from a longer territorial conflict.
// - Episodes: UCDP years of a conflict that follow each other without an ep_end (episode ended) flag form one episode;
//   all rows of the conflict count here, including intrastate-type years of internationalized conflicts.
// - An active period is a run of consecutive years of one episode in which the pair (or the supporting state) appears.
//   Intensity: the highest of those years ("minor" = 1, 25–999 battle deaths; "war" = 2).
//   Start: if the run begins in the episode's first year, the conflict start_date (first battle-related death) when
//   its year is that year, else the episode's start_date2 (the day the episode reached 25 deaths) when its year is
//   that year; otherwise 1 January of the run's first year. Precision follows UCDP's precision code: 1–2 kept to the
//   day, 3 to the month, 4 and above to the year (UCDP fills unknown days with the last day of the month or year).
//   End: if the run reaches the episode's last year and UCDP marks the episode ended (ep_end = 1), ep_end_date (the
//   date conflict activity ended); otherwise 1 January of the year after the run's last year (also for conflicts
//   active in 2024, the last year of this release: their last active period ends on 2025-01-01, which means "data
//   end here", not "fighting stopped"). Should the end not fall after the start (same-day episodes), it is the next day.
// - Between two active periods of a conflict tie: a period `ended`, intensity null (UCDP cannot tell a ceasefire from
//   an end). After the last one: a final `ended` period with end null only if UCDP marks that episode ended (a
//   different final status where it is known and sourced: finalStatus in data/ucdp-curation.json, e.g. the Korean armistice). A closing `ended`
//   period cut to under a month by the end of a state (South Vietnam, 1975) is dropped.
// - Deployment ties (ucdp-interventions.json), subtype `intervention`, source = the supporting state: states that UCDP
//   codes as secondary warring parties with troops (gwno_a_2nd / gwno_b_2nd). In internationalized intrastate
//   conflicts the target is the government side's state (gwno_a), whichever side the state supported. In interstate
//   conflicts it is the primary state of the side the state fought alongside, except where that side fought abroad
//   (interstateTargetSide in data/ucdp-curation.json). Active periods only, built as above; runs from several conflicts in one target
//   are merged into one row (ids in the label and notes; deployment rows have no ucdpId field).
// - Skipped on purpose (printed): conflicts whose government side fought outside its own state, for which the extract
//   has no location (skipDeploymentsOf in data/ucdp-curation.json).
// - Gleditsch–Ward codes are mapped to ISO 3166-1 alpha-3 (gwToKey in data/ucdp-curation.json), with historical states by date: 365 = SUN
//   before 1991-12-26, then RUS; 260 = DEU (West Germany, then united Germany); 265 = DDR; 345 = YUG before
//   1992-04-27, SCG until 2006-06-03, then SRB; 315 = CSK (until 1993-01-01), 316 = CZE; 678 = YAR before 1990-05-22,
//   then YEM; 680 = YMD; 816 = VDR before 1976-07-02, then VNM; 817 = RVN (until 1975-04-30). A period that crosses
//   such a date is split, and every period is clipped to the lifespans in data/lifespans.json (when present) of both
//   states. Codes without a state in data/ (751, Hyderabad) are reported and left out.
// - A tie whose key (lib/data/tie-key.ts: kind/subtype and endpoints) already exists in another file of data/ties/ is
//   skipped, and so is a tie of the same kind between the same endpoints under another subtype (one pair, one row).
// - laterPeriods (data/ucdp-curation.json): events after 2024, which ACD 25.1 does not cover, hand-curated from their own sources and appended to
//   the generated ties of the same pairs (ties of new pairs are in data/ties/conflicts-2025.json).
// - Sources: the UCDP conflict page of each conflict id; ACD 25.1 was released in June 2025.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { firstDay } from '@/lib/data/dates';
import { z } from 'zod';
import { CONFLICT_INTENSITIES, CONFLICT_STATUSES, isoDate, sourceSchema, tieSchema, type Source, type Tie } from '@/lib/data/schema';
import { tieKey } from '@/lib/data/tie-key';

const OUT_CONFLICTS = 'ucdp-conflicts.json';
const OUT_INTERVENTIONS = 'ucdp-interventions.json';
const CURATION_FILE = 'ucdp-curation.json';
const DATA_DIR = path.join(process.cwd(), 'data');
const RELEASE = '2025-06';
const LAST_YEAR = 2024;

// ---- hand-curated tables (data/ucdp-curation.json) ------------------------------------------

const curationSchema = z.strictObject({
  about: z.string(),
  /** Gleditsch–Ward code → node key, or the states that held the code one after another. */
  gwToKey: z.record(z.string(), z.union([z.string(), z.array(z.strictObject({ key: z.string(), until: isoDate.nullable() }))])),
  historicalNames: z.record(z.string(), z.string()),
  /** Interstate conflicts in which the supporters of one side fought against the other side's territory, not in their ally's. */
  interstateTargetSide: z.record(z.string(), z.strictObject({ supportersOf: z.enum(['a', 'b']), target: z.enum(['a', 'b']), why: z.string() })),
  /** Internationalized conflicts whose government side fought outside its own state: their supporters are not mapped. */
  skipDeploymentsOf: z.record(z.string(), z.string()),
  /** What UCDP counts as a supporting state in some conflicts: a note added to deployment rows from them. */
  conflictNotes: z.record(z.string(), z.string()),
  /** The note on every tie with later periods. */
  laterNote: z.string(),
  sources: z.record(z.string(), sourceSchema),
  /** Keyed by the sorted pair "AAA-BBB": periods after 2024 appended to the generated tie; each period cites its own sources (ids). */
  laterPeriods: z.record(
    z.string(),
    z.strictObject({
      note: z.string().optional(),
      periods: z
        .array(
          z.strictObject({
            start: isoDate,
            end: isoDate.nullable(),
            status: z.enum(CONFLICT_STATUSES),
            intensity: z.enum(CONFLICT_INTENSITIES).nullable(),
            note: z.string().optional(),
            sources: z.array(z.string()).optional(),
          }),
        )
        .min(1),
    }),
  ),
  /**
   * Peace operations in a host state: a supporting state UCDP lists in one of `conflicts` during the operation's time is
   * recorded as `peacekeeping`, unless `interventions` names it (its own operation: an intervention, until `until` if given).
   */
  missions: z.array(
    z.strictObject({
      name: z.string(),
      host: z.string(),
      conflicts: z.array(z.number().int()).min(1),
      start: isoDate,
      end: isoDate.nullable(),
      note: z.string(),
      sources: z.array(z.string()).min(1),
      interventions: z.record(
        z.string(),
        z.strictObject({
          why: z.string(),
          until: isoDate.optional(),
          untilWhy: z.string().optional(),
          ended: z.strictObject({ date: isoDate, why: z.string(), sources: z.array(z.string()).min(1) }).optional(),
          sources: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
  /** Final statuses UCDP cannot give (it only knows that fighting stopped): replaces the last generated `ended` period. */
  finalStatus: z.record(
    z.string(),
    z.strictObject({ status: z.enum(['ceasefire', 'frozen', 'peace-agreement']), note: z.string(), sources: z.array(z.string()).min(1) }),
  ),
});

const curation = curationSchema.parse(JSON.parse(await readFile(path.join(DATA_DIR, CURATION_FILE), 'utf8')));
const sourceById = (id: string): Source => {
  const source = Object.hasOwn(curation.sources, id) ? curation.sources[id] : undefined;
  if (!source) throw new Error(`${CURATION_FILE}: unknown source id "${id}"`);
  return source;
};
/** The file's tables keyed by number (GW codes, UCDP conflict ids). */
const byNumber = <T>(record: Record<string, T>) => new Map(Object.entries(record).map(([k, v]): [number, T] => [Number(k), v]));
const GW_TO_KEY = byNumber(curation.gwToKey);
const INTERSTATE_TARGET_SIDE = byNumber(curation.interstateTargetSide);
const SKIP_DEPLOYMENTS_OF = byNumber(curation.skipDeploymentsOf);
const CONFLICT_NOTES = byNumber(curation.conflictNotes);
const LATER_PERIODS = new Map(
  Object.entries(curation.laterPeriods).map(([pair, { note, periods }]) => [
    pair,
    {
      note: note ? `${curation.laterNote} ${note}` : curation.laterNote,
      periods: periods.map(({ sources, ...p }) => ({ ...p, ...(sources ? { sources: sources.map(sourceById) } : {}) })),
    },
  ]),
);
const FINAL_STATUS = new Map(Object.entries(curation.finalStatus).map(([pair, { sources, ...rest }]) => [pair, { ...rest, sources: sources.map(sourceById) }]));

/** The note on a `continuing` period: held on the last day of the reference data, not verified since. */
const continuingNote = (what: string) =>
  `${what} in ${LAST_YEAR}, the last year of UCDP/PRIO ACD 25.1, and no source we cite says it ended: continuing, not verified after ${LAST_YEAR}-12-31.`;

// ---- input ----------------------------------------------------------------------------------

type Row = {
  conflictId: number;
  year: number;
  gwA: number[];
  gwA2: number[];
  gwB: number[];
  gwB2: number[];
  incompatibility: string;
  intensity: 1 | 2;
  type: string;
  startDate: string;
  startPrec: number;
  startDate2: string;
  startPrec2: number;
  epEnd: boolean;
  epEndDate: string;
};

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const codes = (value: string): number[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);

async function readRows(csvPath: string): Promise<Row[]> {
  const [header = [], ...lines] = parseCsv(await readFile(csvPath, 'utf8'));
  const at = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`column "${name}" missing from ${csvPath}`);
    return index;
  };
  const columns = [
    'conflict_id',
    'year',
    'gwno_a',
    'gwno_a_2nd',
    'gwno_b',
    'gwno_b_2nd',
    'incompatibility',
    'intensity_level',
    'type_of_conflict',
    'start_date',
    'start_prec',
    'start_date2',
    'start_prec2',
    'ep_end',
    'ep_end_date',
  ] as const;
  const col = new Map(columns.map((name) => [name, at(name)]));
  return lines.map((cells) => {
    const get = (name: (typeof columns)[number]) => cells[col.get(name)!] ?? '';
    return {
      conflictId: Number(get('conflict_id')),
      year: Number(get('year')),
      gwA: codes(get('gwno_a')),
      gwA2: codes(get('gwno_a_2nd')),
      gwB: codes(get('gwno_b')),
      gwB2: codes(get('gwno_b_2nd')),
      incompatibility: get('incompatibility'),
      intensity: Number(get('intensity_level')) === 2 ? 2 : 1,
      type: get('type_of_conflict'),
      startDate: get('start_date'),
      startPrec: Number(get('start_prec')),
      startDate2: get('start_date2'),
      startPrec2: Number(get('start_prec2')),
      epEnd: get('ep_end') === '1',
      epEndDate: get('ep_end_date'),
    };
  });
}

/** The last element of a list the caller knows is not empty. */
function lastOf<T>(list: readonly T[]): T {
  if (list.length === 0) throw new Error('empty list');
  return list[list.length - 1]!;
}

// ---- dates ----------------------------------------------------------------------------------

const day = (d: string) => firstDay(d);
const before = (a: string, b: string) => day(a) < day(b);
const maxDate = (a: string, b: string) => (before(a, b) ? b : a);
const minDate = (a: string, b: string) => (before(a, b) ? a : b);

function nextDay(d: string): string {
  const t = new Date(`${day(d)}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

function withPrecision(date: string, precision: number): string {
  if (precision <= 2) return date;
  if (precision === 3) return date.slice(0, 7);
  return date.slice(0, 4);
}

function yearSpan(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

// ---- episodes and runs ----------------------------------------------------------------------

type Episode = { conflictId: number; years: number[]; start: string; startHow: string; end: string; endHow: string; ended: boolean };

type Conflict = {
  id: number;
  rows: Row[];
  byYear: Map<number, Row[]>;
  episodes: Episode[];
  incompatibility: string;
  interstate: boolean;
};

function buildConflict(id: number, rows: Row[]): Conflict {
  const byYear = new Map<number, Row[]>();
  for (const row of rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const episodes: Episode[] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length === 0) return;
    const y = current[0]!;
    const lastYear = lastOf(current);
    const first = byYear.get(y)![0]!;
    const last = byYear.get(lastYear)![0]!;
    let start = `${y}`;
    let startHow = `1 January ${y} (no UCDP date in that year)`;
    if (first.startDate.startsWith(`${y}-`)) {
      start = withPrecision(first.startDate, first.startPrec);
      startHow = 'first battle-related death of the conflict (UCDP start_date)';
    } else if (first.startDate2.startsWith(`${y}-`)) {
      start = withPrecision(first.startDate2, first.startPrec2);
      startHow = 'day the episode reached 25 battle-related deaths (UCDP start_date2)';
    }
    const ended = last.epEnd;
    let end = `${lastYear + 1}`;
    let endHow =
      lastYear === LAST_YEAR ? `1 January ${LAST_YEAR + 1}: still active in ${LAST_YEAR}, the last year of ACD 25.1` : `1 January after the last active year`;
    if (ended && last.epEndDate) {
      end = last.epEndDate;
      endHow = 'end of conflict activity (UCDP ep_end_date)';
    }
    if (!before(start, end)) {
      end = nextDay(start);
      endHow += '; moved to the next day, as a period must end after it starts';
    }
    episodes.push({ conflictId: id, years: current, start, startHow, end, endHow, ended });
    current = [];
  };
  for (const year of years) {
    const prev = current[current.length - 1];
    if (prev !== undefined && (year !== prev + 1 || byYear.get(prev)!.some((r) => r.epEnd))) close();
    current.push(year);
  }
  close();
  return {
    id,
    rows,
    byYear,
    episodes,
    incompatibility: rows[0]!.incompatibility,
    interstate: rows.some((r) => r.type === 'interstate'),
  };
}

/** A run of consecutive years of one episode in which a GW pair (or supporter and target) appears. */
type Run = {
  conflictId: number;
  years: number[];
  intensity: 1 | 2;
  start: string;
  startHow: string;
  end: string;
  endHow: string;
  ended: boolean;
};

function runsIn(conflict: Conflict, yearSet: Set<number>): Run[] {
  const runs: Run[] = [];
  for (const ep of conflict.episodes) {
    const present = ep.years.filter((y) => yearSet.has(y));
    for (let i = 0; i < present.length;) {
      let j = i;
      while (j + 1 < present.length && present[j + 1] === present[j]! + 1) j++;
      const years = present.slice(i, j + 1);
      const first = years[0]!;
      const last = lastOf(years);
      const atStart = first === ep.years[0];
      const atEnd = last === ep.years[ep.years.length - 1];
      const start = atStart ? ep.start : `${first}`;
      let end = atEnd ? ep.end : `${last + 1}`;
      let endHow = atEnd ? ep.endHow : '1 January after the last year this state is listed';
      if (!before(start, end)) {
        end = nextDay(start);
        endHow += '; moved to the next day';
      }
      runs.push({
        conflictId: conflict.id,
        years,
        intensity: years.some((y) => conflict.byYear.get(y)!.some((r) => r.intensity === 2)) ? 2 : 1,
        start,
        startHow: atStart ? ep.startHow : `1 January ${first}`,
        end,
        endHow,
        ended: atEnd && ep.ended,
      });
      i = j + 1;
    }
  }
  return runs;
}

// ---- mapping to node keys ---------------------------------------------------------------------

type Span = { start: string; end: string | null };
type Piece = Run & { from: string; to: string };

const problems: string[] = [];
const unmapped = new Map<number, Set<number>>();

/** Splits [start, end) by the states that held `gw` over it. */
function keysOver(gw: number, start: string, end: string, conflictId: number): { key: string; start: string; end: string }[] {
  const entry = GW_TO_KEY.get(gw);
  if (entry === undefined) {
    unmapped.set(gw, (unmapped.get(gw) ?? new Set()).add(conflictId));
    return [];
  }
  if (typeof entry === 'string') return [{ key: entry, start, end }];
  const out: { key: string; start: string; end: string }[] = [];
  let from: string | null = null;
  for (const { key, until } of entry) {
    const s = from === null ? start : maxDate(start, from);
    const e = until === null ? end : minDate(end, until);
    if (before(s, e)) out.push({ key, start: s, end: e });
    from = until;
    if (until === null) break;
  }
  return out;
}

/** Pieces of a run between two GW codes, split wherever either code changes state. */
function mapRun(run: Run, gwFrom: number, gwTo: number): Piece[] {
  const out: Piece[] = [];
  for (const a of keysOver(gwFrom, run.start, run.end, run.conflictId)) {
    for (const b of keysOver(gwTo, a.start, a.end, run.conflictId)) {
      const cutEnd = b.end !== run.end;
      const cutStart = b.start !== run.start;
      out.push({
        ...run,
        from: a.key,
        to: b.key,
        start: b.start,
        end: b.end,
        startHow: cutStart ? 'day the state on one side changed (state succession)' : run.startHow,
        endHow: cutEnd ? 'day the state on one side changed (state succession)' : run.endHow,
        ended: cutEnd ? false : run.ended,
      });
    }
  }
  return out;
}

/** The spans of `period` that lie inside every one of the given nodes' lifespans. */
function clip(period: Span, nodes: string[], lifespans: Map<string, Span[]>): Span[] {
  let parts: Span[] = [period];
  for (const node of nodes) {
    const spans = lifespans.get(node);
    if (!spans) continue;
    const next: Span[] = [];
    for (const part of parts) {
      for (const span of spans) {
        const s = maxDate(part.start, span.start);
        const e = part.end === null ? span.end : span.end === null ? part.end : minDate(part.end, span.end);
        if (e === null || before(s, e)) next.push({ start: s, end: e });
      }
    }
    parts = next;
  }
  return parts;
}

// ---- main -------------------------------------------------------------------------------------

const csvPath = process.argv[2];
if (!csvPath) {
  console.error('usage: npx tsx scripts/import-ucdp.ts <path/to/ucdp-prio-acd-25.1.csv>');
  process.exit(2);
}

const readJson = async <T>(file: string, fallback: T): Promise<T> => {
  try {
    return JSON.parse(await readFile(path.join(DATA_DIR, file), 'utf8')) as T;
  } catch {
    return fallback;
  }
};

const states = await readJson<{ key: string; name: string }[]>('states.json', []);
const historical = await readJson<{ key: string; name: string }[]>('historical-states.json', []);
const lifespanRows = await readJson<{ state: string; periods: Span[] }[]>('lifespans.json', []);
const names = new Map<string, string>([
  ...Object.entries(curation.historicalNames),
  ...[...states, ...historical].map((s): [string, string] => [s.key, s.name]),
]);
const knownNodes = new Set([...states, ...historical].map((s) => s.key));
const lifespans = new Map<string, Span[]>(lifespanRows.map((r) => [r.state, r.periods.map(({ start, end }) => ({ start, end }))]));
// Historical states end on the day their GW code passed on, whether or not lifespans.json says so yet.
for (const entry of GW_TO_KEY.values()) {
  if (typeof entry === 'string') continue;
  let from: string | null = null;
  for (const { key, until } of entry) {
    if (until !== null && !lifespans.has(key)) lifespans.set(key, [{ start: from ?? '1800', end: until }]);
    from = until;
  }
}
const nameOf = (key: string) => names.get(key) ?? key;

// Ties already in other files of data/ties/.
const existing = new Map<string, string>();
const existingPairs = new Map<string, { file: string; key: string }>();
const pairKey = (kind: string, a: string, b: string, directed: boolean) => `${kind}:${directed ? `${a}>${b}` : [a, b].sort().join('-')}`;
for (const file of (await readdir(path.join(DATA_DIR, 'ties'))).filter((f) => f.endsWith('.json')).sort()) {
  if (file === OUT_CONFLICTS || file === OUT_INTERVENTIONS) continue;
  const rows = await readJson<Tie[]>(path.join('ties', file), []);
  for (const tie of Array.isArray(rows) ? rows : []) {
    existing.set(tieKey(tie), file);
    existingPairs.set(pairKey(tie.kind, tie.source, tie.target, tie.kind !== 'conflict' && tie.kind !== 'alliance'), { file, key: tieKey(tie) });
  }
}

const rows = await readRows(csvPath);
const conflicts = new Map<number, Conflict>();
{
  const byId = new Map<number, Row[]>();
  for (const row of rows) byId.set(row.conflictId, [...(byId.get(row.conflictId) ?? []), row]);
  for (const [id, list] of byId) conflicts.set(id, buildConflict(id, list));
}

const ucdpSource = (id: number): Source => ({
  title: `UCDP/PRIO Armed Conflict Dataset version 25.1, conflict ${id}`,
  publisher: 'Uppsala Conflict Data Program',
  url: `https://ucdp.uu.se/conflict/${id}`,
  date: RELEASE,
});
const INTENSITY = { 1: 'minor', 2: 'war' } as const;

// ---- conflict ties ----------------------------------------------------------------------------

type Active = Piece & { ids: number[] };
const conflictPieces = new Map<string, Active[]>(); // by sorted ISO pair
const incompatibilities = new Map<string, Set<string>>();
for (const conflict of conflicts.values()) {
  if (!conflict.interstate) continue;
  const pairs = new Map<string, { a: number; b: number; years: Set<number> }>();
  for (const row of conflict.rows) {
    if (row.type !== 'interstate') continue;
    for (const a of row.gwA)
      for (const b of row.gwB) {
        const k = `${a}|${b}`;
        if (!pairs.has(k)) pairs.set(k, { a, b, years: new Set() });
        pairs.get(k)!.years.add(row.year);
      }
  }
  for (const { a, b, years } of pairs.values()) {
    for (const run of runsIn(conflict, years)) {
      for (const piece of mapRun(run, a, b)) {
        const k = [piece.from, piece.to].sort().join('-');
        conflictPieces.set(k, [...(conflictPieces.get(k) ?? []), { ...piece, ids: [conflict.id] }]);
        incompatibilities.set(k, (incompatibilities.get(k) ?? new Set()).add(conflict.incompatibility));
      }
    }
  }
}

type Period = Tie['periods'][number] & { intensity?: 'minor' | 'war' | null };

/** Validates a tie against the schema and returns it with its keys in the order they are written. */
function checked(tie: Record<string, unknown>): Tie {
  tieSchema.parse(tie);
  return tie as Tie;
}

const skipped: string[] = [];
const clipped: string[] = [];
const conflictTies: Tie[] = [];

function clipPeriods(periods: Period[], nodes: string[], label: string): Period[] {
  const out: Period[] = [];
  for (const p of periods) {
    const parts = clip({ start: p.start, end: p.end }, nodes, lifespans);
    if (parts.length === 0) {
      clipped.push(`${label}: dropped ${p.status} ${p.start} – ${p.end ?? 'ongoing'} (outside a lifespan of ${nodes.join('/')})`);
      continue;
    }
    for (const part of parts) {
      if (part.start !== p.start || part.end !== p.end)
        clipped.push(`${label}: ${p.status} ${p.start} – ${p.end ?? 'ongoing'} clipped to ${part.start} – ${part.end ?? 'ongoing'}`);
      out.push({ ...p, start: part.start, end: part.end });
    }
  }
  // A closing `ended` period that a state's end cut to under a month says nothing: drop it.
  const last = out[out.length - 1];
  if (last && last.status === 'ended' && last.end !== null && daysBetween(last.start, last.end) < 31) {
    clipped.push(`${label}: dropped the closing ended period ${last.start} – ${last.end} (a state on one side ceased to exist)`);
    out.pop();
  }
  return out;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${day(b)}T00:00:00Z`) - Date.parse(`${day(a)}T00:00:00Z`)) / 86_400_000;
}

function mergeOverlapping(pieces: Active[], touching: boolean): Active[] {
  const sorted = [...pieces].sort((x, y) => day(x.start).localeCompare(day(y.start)) || day(x.end).localeCompare(day(y.end)));
  const out: Active[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (before(p.start, last.end) || (touching && !before(last.end, p.start)))) {
      const later = before(last.end, p.end) ? p : last;
      out[out.length - 1] = {
        ...last,
        end: later.end,
        endHow: later.endHow,
        ended: later.ended,
        intensity: last.intensity === 2 || p.intensity === 2 ? 2 : 1,
        years: [...new Set([...last.years, ...p.years])].sort((a, b) => a - b),
        ids: [...new Set([...last.ids, ...p.ids])],
        runs: [...((last as Active & { runs?: Active[] }).runs ?? [last]), p],
      } as Active;
    } else out.push(p);
  }
  return out;
}

const runsOf = (p: Active): Active[] => (p as Active & { runs?: Active[] }).runs ?? [p];

for (const [pair, pieces] of conflictPieces) {
  const actives = mergeOverlapping(pieces, false);
  const [a, b] = pair.split('-') as [string, string];
  const ids = [...new Set(actives.flatMap((p) => p.ids))].sort((x, y) => x - y);
  const allYears = actives.flatMap((p) => p.years);
  const incompat = incompatibilities.get(pair)!;
  const subtype = actives.some((p) => p.intensity === 2) || incompat.has('government') ? 'war' : 'territorial';
  const periods: Period[] = [];
  actives.forEach((p, i) => {
    const runs = runsOf(p);
    periods.push({
      start: p.start,
      end: p.end,
      status: 'active',
      intensity: INTENSITY[p.intensity],
      note: runs
        .map(
          (r) =>
            `UCDP ${r.ids.join(', ')}: active ${yearSpan(r.years)} (${r.years
              .map(
                (y) =>
                  `${y} ${
                    INTENSITY[
                      conflicts
                        .get(r.conflictId)!
                        .byYear.get(y)!
                        .some((x) => x.intensity === 2)
                        ? 2
                        : 1
                    ]
                  }`,
              )
              .join(', ')}); start: ${r.startHow}; end: ${r.endHow}.`,
        )
        .join(' '),
      ...(ids.length > 1 ? { sources: [...new Set(p.ids)].map(ucdpSource) } : {}),
    });
    const next = actives[i + 1];
    if (next && before(p.end, next.start)) {
      periods.push({
        start: p.end,
        end: next.start,
        status: 'ended',
        intensity: null,
        note: 'No year with 25 or more battle-related deaths between the two in UCDP.',
      });
    }
  });
  const last = lastOf(actives);
  if (last.ended) {
    const final = FINAL_STATUS.get(pair);
    periods.push(
      final
        ? { start: last.end, end: null, status: final.status, intensity: null, note: final.note, sources: final.sources }
        : {
            start: last.end,
            end: null,
            status: 'ended',
            intensity: null,
            note: 'UCDP marks the episode ended and records no later year of fighting between the two up to 2024.',
          },
    );
  } else if (last.end === `${LAST_YEAR + 1}` && !LATER_PERIODS.has(pair)) {
    periods.push({ start: last.end, end: null, status: 'continuing', intensity: null, note: continuingNote('Active') });
  }
  const key = tieKey({ kind: 'conflict', subtype, source: a, target: b });
  const label = `${nameOf(a)}–${nameOf(b)}`;
  let finalPeriods = clipPeriods(periods, [a, b], key);
  const lastActiveYear = Math.max(...allYears);
  const notes = [
    `Generated by scripts/import-ucdp.ts from UCDP/PRIO ACD 25.1: interstate conflict${ids.length > 1 ? 's' : ''} ${ids.join(', ')} (incompatibility: ${[...incompat].join(', ')}), active between these two states in ${yearSpan(allYears)}.`,
  ];
  if (!last.ended && lastActiveYear === LAST_YEAR)
    notes.push(`Active in ${LAST_YEAR}, the last year ACD 25.1 covers: the last UCDP period ends on ${LAST_YEAR + 1}-01-01 because the data end there.`);
  const later = LATER_PERIODS.get(pair);
  if (later) {
    const lastPeriod = lastOf(finalPeriods);
    const first = later.periods[0]!;
    if (lastPeriod.end === null) lastPeriod.end = first.start;
    else if (before(first.start, lastPeriod.end)) throw new Error(`${key}: LATER_PERIODS start ${first.start} before the UCDP periods end (${lastPeriod.end})`);
    finalPeriods = [...finalPeriods, ...later.periods.map((p) => ({ ...p }))];
    notes.push(later.note);
    if (lastPeriod.end !== first.start) notes.push(`Nothing is recorded between ${lastPeriod.end} and ${first.start}: no source we cite covers that time.`);
  }
  const tie = checked({
    kind: 'conflict',
    subtype,
    source: a,
    target: b,
    label: `${label}: interstate armed conflict (UCDP ${ids.join(', ')}), ${yearSpan(allYears)}${later ? ', and later fighting' : ''}`,
    ucdpId: ids[0],
    note: notes.join(' '),
    periods: finalPeriods,
    sources: ids.map(ucdpSource),
  });
  const same = existing.get(key);
  const pairHit = existingPairs.get(pairKey('conflict', a, b, false));
  if (same) skipped.push(`${key} (UCDP ${ids.join(', ')}): already in ties/${same}`);
  else if (pairHit) skipped.push(`${key} (UCDP ${ids.join(', ')}): the pair is already in ties/${pairHit.file} as ${pairHit.key}`);
  else conflictTies.push(tie);
}

// ---- deployment ties ---------------------------------------------------------------------------

const deploymentPieces = new Map<string, Active[]>(); // by "FROM>TO"
const deploymentWhy = new Map<string, Set<string>>();
const skippedConflicts: string[] = [];
for (const conflict of conflicts.values()) {
  const supportRows = conflict.rows.filter((r) => (r.type === 'interstate' || r.type === 'II') && (r.gwA2.length > 0 || r.gwB2.length > 0));
  if (supportRows.length === 0) continue;
  if (SKIP_DEPLOYMENTS_OF.has(conflict.id)) {
    const supporters = [...new Set(supportRows.flatMap((r) => [...r.gwA2, ...r.gwB2]))];
    skippedConflicts.push(`UCDP ${conflict.id}: ${supporters.length} supporting states not mapped: ${SKIP_DEPLOYMENTS_OF.get(conflict.id)}`);
    continue;
  }
  // supporter|target|side -> years
  const links = new Map<string, { supporter: number; target: number; side: 'a' | 'b'; years: Set<number> }>();
  for (const row of supportRows) {
    for (const side of ['a', 'b'] as const) {
      for (const supporter of side === 'a' ? row.gwA2 : row.gwB2) {
        let targets: number[];
        if (row.type === 'II') targets = row.gwA;
        else {
          const override = INTERSTATE_TARGET_SIDE.get(conflict.id);
          const targetSide = override && override.supportersOf === side ? override.target : side;
          targets = targetSide === 'a' ? row.gwA : row.gwB;
        }
        for (const target of targets) {
          if (target === supporter) continue;
          const k = `${supporter}|${target}|${side}`;
          if (!links.has(k)) links.set(k, { supporter, target, side, years: new Set() });
          links.get(k)!.years.add(row.year);
        }
      }
    }
  }
  for (const { supporter, target, side, years } of links.values()) {
    for (const run of runsIn(conflict, years)) {
      for (const piece of mapRun(run, supporter, target)) {
        const k = `${piece.from}>${piece.to}`;
        deploymentPieces.set(k, [...(deploymentPieces.get(k) ?? []), { ...piece, ids: [conflict.id] }]);
        const override = INTERSTATE_TARGET_SIDE.get(conflict.id);
        const how = conflict.interstate
          ? `In interstate conflict ${conflict.id} UCDP codes ${nameOf(piece.from)} as a state supporting side ${side.toUpperCase()} with troops in ${yearSpan(run.years)}${override && override.supportersOf === side ? `; ${override.why}` : ''}.`
          : `In conflict ${conflict.id} (the government of ${nameOf(piece.to)} against armed opposition, incompatibility ${conflict.incompatibility}) UCDP codes ${nameOf(piece.from)} as a state supporting ${side === 'a' ? 'the government' : 'the opposition'} with troops in ${yearSpan(run.years)}.`;
        deploymentWhy.set(k, (deploymentWhy.get(k) ?? new Set()).add(how));
        if (CONFLICT_NOTES.has(conflict.id)) deploymentWhy.get(k)!.add(`(${conflict.id}) ${CONFLICT_NOTES.get(conflict.id)}`);
      }
    }
  }
}

/** The peace operation in a deployment's host state whose conflicts include every one of the piece's UCDP ids. */
function missionFor(host: string, ids: number[]) {
  return curation.missions.find((m) => m.host === host && ids.every((id) => m.conflicts.includes(id)));
}

/** Cuts a piece at `date` (when the date falls inside it); `why` says what happened on that day. */
function cutAt(piece: Active, date: string, why: string): Active[] {
  if (!before(piece.start, date) || !before(date, piece.end)) return [piece];
  const year = Number(day(date).slice(0, 4));
  const startsYear = day(date).endsWith('-01-01');
  return [
    { ...piece, end: date, endHow: why, ended: false, years: piece.years.filter((y) => (startsYear ? y < year : y <= year)) },
    { ...piece, start: date, startHow: why, years: piece.years.filter((y) => y >= year) },
  ];
}

type Subtype = 'peacekeeping' | 'intervention';

/** Splits a supporter's pieces into peacekeeping (inside a peace operation's time, not an intervention we know of) and intervention. */
function classify(from: string, to: string, pieces: Active[]): Map<Subtype, Active[]> {
  const out = new Map<Subtype, Active[]>([
    ['peacekeeping', []],
    ['intervention', []],
  ]);
  for (const piece of pieces) {
    const mission = missionFor(to, piece.ids);
    if (!mission) {
      out.get('intervention')!.push(piece);
      continue;
    }
    const exception = Object.hasOwn(mission.interventions, from) ? mission.interventions[from]! : null;
    if (exception && exception.until === undefined) {
      out.get('intervention')!.push(piece);
      continue;
    }
    let parts = [piece];
    const cuts: [string, string][] = [[mission.start, `${mission.name} began`]];
    if (mission.end) cuts.push([mission.end, `${mission.name} ended`]);
    if (exception?.until) cuts.push([exception.until, exception.untilWhy ?? 'the intervention ended']);
    for (const [date, why] of cuts) parts = parts.flatMap((p) => cutAt(p, date, why));
    for (const part of parts) {
      const inMission = !before(part.start, mission.start) && (mission.end === null || !before(mission.end, part.end));
      const beforeUntil = exception?.until !== undefined && before(part.start, exception.until);
      out.get(inMission && !beforeUntil ? 'peacekeeping' : 'intervention')!.push(part);
    }
  }
  return out;
}

const deploymentTies: Tie[] = [];
for (const [k, allPieces] of deploymentPieces) {
  const [from, to] = k.split('>') as [string, string];
  for (const [subtype, pieces] of classify(from, to, allPieces)) {
    if (pieces.length === 0) continue;
    const actives = mergeOverlapping(pieces, true);
    const ids = [...new Set(actives.flatMap((p) => p.ids))].sort((x, y) => x - y);
    const allYears = actives.flatMap((p) => p.years);
    const periods: Period[] = actives.map((p) => ({
      start: p.start,
      end: p.end,
      status: 'active',
      note: runsOf(p)
        .map((r) => `UCDP ${r.ids.join(', ')}: listed ${yearSpan(r.years)}; start: ${r.startHow}; end: ${r.endHow}.`)
        .join(' '),
      ...(ids.length > 1 ? { sources: [...new Set(p.ids)].map(ucdpSource) } : {}),
    }));
    const last = lastOf(actives);
    const missions = [...new Set(actives.map((p) => missionFor(to, p.ids)).filter((m) => m !== undefined))];
    const exception = missions.map((m) => (Object.hasOwn(m.interventions, from) ? m.interventions[from]! : null)).find((e) => e !== null) ?? null;
    if (exception?.ended) {
      const lastPeriod = lastOf(periods);
      if (subtype === 'intervention' && exception.until === undefined && before(exception.ended.date, lastPeriod.end!)) {
        lastPeriod.end = exception.ended.date;
        lastPeriod.note = `${lastPeriod.note} Ended on ${exception.ended.date}: ${exception.ended.why}`;
        lastPeriod.sources = [...(lastPeriod.sources ?? ids.map(ucdpSource)), ...exception.ended.sources.map(sourceById)];
      }
    }
    const lastEnd = lastOf(periods).end;
    if (!last.ended && lastEnd === `${LAST_YEAR + 1}`) {
      periods.push({ start: `${LAST_YEAR + 1}`, end: null, status: 'continuing', note: continuingNote('Listed by UCDP') });
    }
    const key = tieKey({ kind: 'deployment', subtype, source: from, target: to });
    const finalPeriods = clipPeriods(periods, [from, to], key);
    if (finalPeriods.length === 0) continue;
    const missionNames = missions.map((m) => m.name).join(', ');
    const label =
      subtype === 'peacekeeping'
        ? `Peacekeepers of ${nameOf(from)} in ${nameOf(to)} (${missionNames}; UCDP ${ids.join(', ')}), ${yearSpan(allYears)}`
        : `Troops of ${nameOf(from)} in ${ids.every((id) => INTERSTATE_TARGET_SIDE.has(id)) ? 'the fighting against' : 'armed conflict in'} ${nameOf(to)} (UCDP ${ids.join(', ')}), ${yearSpan(allYears)}`;
    const missionNotes = missions.map((m) =>
      subtype === 'peacekeeping'
        ? `Recorded as peacekeeping: ${m.note}`
        : Object.hasOwn(m.interventions, from)
          ? `Recorded as an intervention, not as part of ${m.name}: ${m.interventions[from]!.why}`
          : `Recorded as an intervention: the years UCDP lists fall outside ${m.name}'s time.`,
    );
    const tie = checked({
      kind: 'deployment',
      subtype,
      source: from,
      target: to,
      label,
      note: [`Generated by scripts/import-ucdp.ts from UCDP/PRIO ACD 25.1.`, ...deploymentWhy.get(k)!, ...missionNotes].join(' '),
      periods: finalPeriods,
      sources: [
        ...ids.map(ucdpSource),
        ...(subtype === 'peacekeeping' ? missions.map((m) => sourceById(m.sources[0]!)) : []),
        ...(exception && subtype === 'intervention' ? (exception.sources ?? []).map(sourceById) : []),
      ],
    });
    const same = existing.get(key);
    const pairHit = existingPairs.get(pairKey('deployment', from, to, true));
    if (same) skipped.push(`${key} (UCDP ${ids.join(', ')}): already in ties/${same}`);
    else if (pairHit) skipped.push(`${key} (UCDP ${ids.join(', ')}): the pair is already in ties/${pairHit.file} as ${pairHit.key}`);
    else deploymentTies.push(tie);
  }
}

// ---- output -----------------------------------------------------------------------------------

const order = (x: Tie, y: Tie) => day(x.periods[0]!.start).localeCompare(day(y.periods[0]!.start)) || tieKey(x).localeCompare(tieKey(y));
conflictTies.sort(order);
deploymentTies.sort((x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target));

await writeFile(path.join(DATA_DIR, 'ties', OUT_CONFLICTS), `${JSON.stringify(conflictTies, null, 1)}\n`);
await writeFile(path.join(DATA_DIR, 'ties', OUT_INTERVENTIONS), `${JSON.stringify(deploymentTies, null, 1)}\n`);

const unknownEnds = [...conflictTies, ...deploymentTies].flatMap((t) => [t.source, t.target]).filter((k) => !knownNodes.has(k));
console.log(
  `wrote ${conflictTies.length} conflict ties to data/ties/${OUT_CONFLICTS} and ${deploymentTies.length} intervention ties to data/ties/${OUT_INTERVENTIONS}`,
);
console.log(
  `from ${conflicts.size} UCDP conflicts (${[...conflicts.values()].filter((c) => c.interstate).length} interstate)${lifespanRows.length === 0 ? '; data/lifespans.json not found: periods clipped only at historical-state boundaries' : `; periods clipped to ${lifespanRows.length} lifespans`}`,
);
for (const line of skipped) console.log(`skipped (exists): ${line}`);
for (const line of skippedConflicts) console.log(`skipped (rule): ${line}`);
for (const [gw, ids] of unmapped) console.log(`not mapped: GW ${gw} (no state in data/), UCDP ${[...ids].join(', ')}`);
for (const line of clipped) console.log(`clipped: ${line}`);
if (unknownEnds.length > 0) console.log(`not yet in data/ (will fail validation until added): ${[...new Set(unknownEnds)].sort().join(', ')}`);
for (const line of problems) console.log(`problem: ${line}`);
