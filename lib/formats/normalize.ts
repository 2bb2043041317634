// Maps an imported node's or edge's attributes onto the ones the explorer reads, keeping every other attribute.
import { INDICATOR_NAMES, ORGANIZATION_KINDS, RECOGNITIONS, type TiePeriod } from '@/lib/data/schema';
import { TIE_KIND_TABLE, isTieKind, type TieKind } from '@/lib/data/tie-kinds';
import { isDirectedKind } from '@/lib/data/tie-key';
import type { EdgeAttributes, NodeAttributes, OrganizationNodeAttributes, StateNodeAttributes } from '@/lib/graph/types';
import type { ValueReader } from './read-values';

/** The start given to ties and organizations a file does not date: the first day the time control can show. */
export const UNDATED_START = '1900';

/** A time interval in Entente's half-open convention [start, end); null = unbounded. */
export type Interval = { start: string | null; end: string | null; status?: string };

const STATUSES = (kind: TieKind): readonly string[] => TIE_KIND_TABLE[kind].statuses;
const DEFAULT_STATUS = (kind: TieKind): string => TIE_KIND_TABLE[kind].defaultStatus;
const list = (examples: string[]) => examples.join(', ');

/**
 * Keeps the file's other attributes as they are. A name the explorer already set is not overwritten; a name of an
 * Object.prototype member ("toString", "hasOwnProperty") is skipped with a warning, because graphology and other
 * libraries call those members on attribute objects.
 */
function keepRest(r: ValueReader, into: Record<string, unknown>) {
  for (const [name, value] of r.rest()) {
    if (Object.hasOwn(into, name)) continue;
    if (name in Object.prototype) {
      r.problems.tally(
        'prototype attribute',
        name,
        (n, ex) => `${n} attributes are named like members of every JavaScript object (${list(ex)}): they were skipped; rename them to keep them`,
      );
      continue;
    }
    into[name] = value;
  }
}

function readPositions(r: ValueReader, into: Record<string, unknown>) {
  for (const axis of ['x', 'y'] as const) {
    const value = r.number(axis);
    if (value !== null) into[axis] = value;
  }
}

function readSpans(r: ValueReader, name: string, value: unknown): { start: string; end: string | null }[] | null {
  if (!Array.isArray(value)) return (r.problems.error(`${name} is not a list of {start, end}`, r.where), null);
  const spans: { start: string; end: string | null }[] = [];
  value.forEach((item: unknown, i) => {
    const span = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const start = r.dateValue(`${name}[${i}].start`, span.start);
    const end = span.end === null || span.end === undefined ? null : r.dateValue(`${name}[${i}].end`, span.end);
    if (start !== null) spans.push({ start, end });
  });
  return spans.length > 0 ? spans : null; // an empty list would mean a state that never existed
}

function stateNode(r: ValueReader, key: string, label: string, name: string, spells: Interval[]): StateNodeAttributes {
  const lat = r.number('lat');
  const lng = r.number('lng');
  if (lat === null || lng === null)
    r.problems.tally(
      'no coordinates',
      key,
      (n, ex) => `${n} states have no coordinates (lat, lng): they are placed at 0, 0 on the map layout (e.g. ${list(ex)})`,
    );
  const recognition = r.string('recognition');
  const lifespanValue = r.json('lifespan');
  const datedSpells = spells.filter((s): s is { start: string; end: string | null } => s.start !== null);
  const years = r.json('indicatorYears');
  const indicatorYears: StateNodeAttributes['indicatorYears'] = {};
  if (years !== null && typeof years === 'object' && !Array.isArray(years)) {
    for (const indicator of INDICATOR_NAMES) {
      const year = (years as Record<string, unknown>)[indicator];
      if (year !== undefined) {
        const n = r.numberValue(`indicatorYears.${indicator}`, year, true);
        if (n !== null) indicatorYears[indicator] = n;
      }
    }
  }
  return {
    kind: 'state',
    label,
    name,
    officialName: r.string('officialName') ?? name,
    iso2: r.string('iso2') ?? '',
    region: r.string('region') ?? '',
    subregion: r.string('subregion') ?? '',
    flag: r.string('flag') ?? '',
    lat: lat ?? 0,
    lng: lng ?? 0,
    aliases: aliasList(r.json('aliases')),
    recognition:
      recognition !== undefined && (RECOGNITIONS as readonly string[]).includes(recognition)
        ? (recognition as StateNodeAttributes['recognition'])
        : 'un-member',
    lifespan: lifespanValue !== undefined ? readSpans(r, 'lifespan', lifespanValue) : datedSpells.length > 0 ? datedSpells : null,
    population: r.number('population'),
    gdp: r.number('gdp'),
    milexPctGdp: r.number('milexPctGdp'),
    milexUsd: r.number('milexUsd'),
    personnel: r.number('personnel'),
    indicatorYears,
    indicatorSources: r.sources('indicatorSources'),
  };
}

/** Search names from a file: a list of strings, anything else ignored. */
const aliasList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : []);

function organizationNode(r: ValueReader, label: string, name: string, spells: Interval[]): OrganizationNodeAttributes & Record<string, unknown> {
  const orgKind = r.string('orgKind');
  const extra: Record<string, unknown> = {};
  const knownKind = orgKind !== undefined && (ORGANIZATION_KINDS as readonly string[]).includes(orgKind);
  if (orgKind !== undefined && !knownKind) extra.originalOrgKind = orgKind;
  const founded = r.date('founded') ?? spells.find((s) => s.start !== null)?.start ?? UNDATED_START;
  const dissolved = r.date('dissolved') ?? (spells.length > 0 ? (spells[spells.length - 1]!.end ?? null) : null);
  const names = r.json('formerNames');
  let formerNames: OrganizationNodeAttributes['formerNames'] = [];
  if (Array.isArray(names)) {
    names.forEach((item: unknown, i) => {
      const n = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
      const start = r.dateValue(`formerNames[${i}].start`, n.start);
      const end = n.end === null || n.end === undefined ? null : r.dateValue(`formerNames[${i}].end`, n.end);
      if (typeof n.acronym === 'string' && typeof n.name === 'string' && start !== null) formerNames.push({ acronym: n.acronym, name: n.name, start, end });
    });
  }
  if (formerNames.length === 0) formerNames = [{ acronym: label, name, start: founded, end: dissolved }];
  return {
    ...extra,
    kind: 'organization',
    label,
    name,
    aliases: aliasList(r.json('aliases')),
    orgKind: knownKind ? (orgKind as OrganizationNodeAttributes['orgKind']) : 'regional-forum',
    founded,
    dissolved,
    formerNames,
    headquarters: r.string('headquarters') ?? null,
    lat: r.number('lat'),
    lng: r.number('lng'),
    description: r.string('description') ?? '',
    sources: r.sources('sources'),
  };
}

/**
 * Entente node attributes from a file's node, so that filters, legend and details panel work on a user's graph.
 * kind: "organization" (or organisation, org) → organization; anything else, or none, → state, a value other than
 * state kept as originalKind. States without coordinates get 0, 0 (with a warning); organizations without a founding
 * date are dated from 1900. `spells` (GEXF) give a state's lifespan or an organization's founding and dissolution.
 */
export function toNodeAttributes(r: ValueReader, key: string, spells: Interval[] = []): NodeAttributes & Record<string, unknown> {
  const kindText = r.string('kind');
  const kind = kindText?.trim().toLowerCase();
  const isOrganization = kind === 'organization' || kind === 'organisation' || kind === 'org';
  const label = r.string('label') ?? r.string('name') ?? key;
  const name = r.string('name') ?? label;
  const attributes: NodeAttributes & Record<string, unknown> = isOrganization
    ? organizationNode(r, label, name, spells)
    : stateNode(r, key, label, name, spells);
  if (kindText !== undefined && !isOrganization && kind !== 'state') {
    attributes.originalKind = kindText;
    r.problems.tally(
      'node kind',
      kindText,
      (n, ex) => `${n} nodes of kinds other than state or organization (${list(ex)}) are shown as states; the file's kind is kept as originalKind`,
    );
  }
  // A state's own sources are not part of its type, but are kept, and checked like every other list of links.
  if (!isOrganization && r.has('sources')) attributes.sources = r.sources('sources');
  readPositions(r, attributes);
  keepRest(r, attributes);
  return attributes;
}

function readPeriods(r: ValueReader, kind: TieKind, value: unknown): TiePeriod[] {
  if (!Array.isArray(value)) return (r.problems.error('periods is not a list of {start, end, status}', r.where), []);
  const periods: TiePeriod[] = [];
  value.forEach((item: unknown, i) => {
    const p = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const start = r.dateValue(`periods[${i}].start`, p.start);
    const end = p.end === null || p.end === undefined ? null : r.dateValue(`periods[${i}].end`, p.end);
    if (start === null) return;
    const period: Record<string, unknown> = { start, end, status: statusFor(r, kind, typeof p.status === 'string' ? p.status : undefined) };
    if ('intensity' in p) period.intensity = p.intensity === 'minor' || p.intensity === 'war' ? p.intensity : null;
    if (typeof p.note === 'string') period.note = p.note;
    if (p.sources !== undefined) period.sources = r.sourcesValue(`periods[${i}].sources`, p.sources);
    periods.push(period as TiePeriod);
  });
  return periods.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

function statusFor(r: ValueReader, kind: TieKind, status: string | undefined): string {
  if (status !== undefined && STATUSES(kind).includes(status)) return status;
  if (status !== undefined) {
    r.problems.tally(
      `status ${kind}`,
      status,
      (n, ex) =>
        `${n} ${kind} ties or periods have a status that is not one of ${STATUSES(kind).join(', ')} (${list(ex)}): shown as "${DEFAULT_STATUS(kind)}", the file's status kept as originalStatus`,
    );
  }
  return DEFAULT_STATUS(kind);
}

function periodsFromIntervals(kind: TieKind, status: string, intervals: Interval[]): TiePeriod[] {
  return intervals.map(
    (s) =>
      ({ start: s.start ?? UNDATED_START, end: s.end, status: s.status !== undefined && STATUSES(kind).includes(s.status) ? s.status : status }) as TiePeriod,
  );
}

/**
 * Entente edge attributes from a file's edge, so that filters, legend, details panel and time control work.
 * kind: one of Entente's tie kinds, else "dependency", the file's value kept as originalKind. status: one of the
 * kind's statuses, else the kind's default (the file's kept as originalStatus). Dates: a periods list (JSON) wins,
 * else `spells` (GEXF), else start/end make one period; a tie with no dates gets one open period from 1900 (where the
 * time control begins) and undated: true, so that it shows on every date. `directed` is what the file's structure
 * says (null: it says nothing). An edge of a directed structure may carry a `directed` false value (Entente's default
 * GEXF and GraphML: one directed graph every tool reads): then it is undirected. Neither: the kind decides (alliances
 * and conflicts undirected, everything else directed).
 */
export function toEdgeAttributes(r: ValueReader, directed: boolean | null, spells: Interval[] = []): EdgeAttributes & Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const kindText = r.string('kind')?.trim();
  let kind: TieKind = 'dependency';
  if (kindText !== undefined && isTieKind(kindText.toLowerCase())) kind = kindText.toLowerCase() as TieKind;
  else if (kindText !== undefined) {
    extra.originalKind = kindText;
    r.problems.tally(
      'edge kind',
      kindText,
      (n, ex) => `${n} edges have kinds Entente does not know (${list(ex)}): shown as dependency ties; the file's kind is kept as originalKind`,
    );
  } else r.problems.tally('no edge kind', '', (n) => `${n} edges have no kind: shown as dependency ties`);
  const statusText = r.string('status');
  const periodsValue = r.json('periods');
  const start = r.date('start');
  const end = r.date('end');
  let periods: TiePeriod[];
  if (periodsValue !== undefined) periods = readPeriods(r, kind, periodsValue);
  else if (spells.length > 0) periods = periodsFromIntervals(kind, statusFor(r, kind, statusText), spells);
  else if (start) periods = periodsFromIntervals(kind, statusFor(r, kind, statusText), [{ start, end: end ?? null }]);
  else periods = [];
  if (periods.length === 0) {
    periods = periodsFromIntervals(kind, statusFor(r, kind, statusText), [{ start: UNDATED_START, end: null }]);
    extra.undated = true;
    r.problems.tally(
      'undated',
      r.where,
      (n, ex) => `${n} ties have no dates: they show on every date from ${UNDATED_START} and are marked undated (e.g. ${list(ex)})`,
    );
  }
  const latest = periods[periods.length - 1]!;
  const status = statusText !== undefined && STATUSES(kind).includes(statusText) ? statusText : latest.status;
  if (statusText !== undefined && status !== statusText) extra.originalStatus = statusText;
  const intensity = r.string('intensity');
  const declaredDirected = r.boolean('directed');
  const attributes: EdgeAttributes & Record<string, unknown> = {
    ...extra,
    kind,
    subtype: r.string('subtype') ?? null,
    status: status as EdgeAttributes['status'],
    intensity: intensity === 'minor' || intensity === 'war' ? intensity : null,
    start: start ?? latest.start,
    end: end === undefined ? latest.end : end,
    label: r.string('label') ?? null,
    note: r.string('note') ?? null,
    periodNote: r.string('periodNote') ?? null,
    weight: r.number('weight'),
    unit: r.string('unit') ?? null,
    year: r.number('year', true),
    ucdpId: r.number('ucdpId', true),
    directed: directed === false ? false : (declaredDirected ?? directed ?? isDirectedKind(kind)),
    sources: r.sources('sources'),
    periodSources: r.sources('periodSources'),
    // Each period's status was checked against the kind above: the list is the kind's own period type.
    periods: periods as EdgeAttributes['periods'],
  };
  keepRest(r, attributes);
  return attributes;
}
