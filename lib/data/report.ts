// Coverage of the dataset in figures: nodes by kind, ties by kind and subtype, memberships per organization, ties by
// starting decade, the share of ties citing a primary source (per kind, for hand-curated ties, with those lacking one)
// and every suspension per organization. Pure: the data:report script prints it.
import { firstDay, periodHoldsOn } from './dates';
import type { RowOrigin } from './parse';
import type { Dataset, Source } from './schema';
import { IN_GROUPS, membershipGroupOf, type MembershipGroup } from './tie-kinds';
import { tieKey } from './tie-key';
import { isDoubtful } from './trade-plausibility';

/** Files written by the import scripts from the Factbook and UCDP: their ties are not hand-curated. */
export const GENERATED_TIE_FILES: ReadonlySet<string> = new Set(['ties/trade.json', 'ties/arms.json', 'ties/ucdp-conflicts.json', 'ties/ucdp-interventions.json']);

/** Publishers counted as primary: organizations, governments, parliaments, regulators, statistics offices, treaty depositaries and the standard datasets; hosts: their own sites. */
const PRIMARY_PUBLISHER = /(organization|organisation|treaty|union|nato|council|commission|secretariat|ministry|government|president|kremlin|department of state|office of the historian|embassy|united nations|uppsala conflict data|central intelligence agency|sipri|parliament|senate|sénat|assembly|regulator|regulatory authority|statistics office|statistical office|eurostat|league of arab|african union|asean|ecowas|osce|mercosur|commonwealth|gleditsch)/i;
const PRIMARY_HOST = /(\.gov|\.int|\.mil|un\.org|europa\.eu|ucdp\.uu\.se|kremlin\.ru|mid\.ru|mfa\.|odkb-csto\.org|eaeunion\.org|sectsco\.org|au\.int|asean\.org|ecowas\.int|coe\.int|oas\.org|osce\.org|sipri\.org|thecommonwealth\.org|cia\.gov|president\.|oecd\.org|eac\.int|caricom\.org|sica\.int|comunidadandina\.org|albatcp\.org|apec\.org|arctic-council\.org|opec\.org|benelux\.int|norden\.org|cplp\.org|maghrebarabe\.org|ceeac-eccas\.org|nordefco\.org|forumsec\.org|oic-oci\.org|sela\.org|wto\.org|sbaadministration\.org|iaea\.org|iea\.org|brics\.br$)/i;

/** A copy or a report of a document is not the document: "(via …)", "(citing …)", mirrors and copies. */
const SECONDHAND_PUBLISHER = /\((via|citing)\b|\bmirror\b|\bcopy\b|\breprint/i;
/** Government domains: gov.uk, *.gov, *.gov.xx, *.gouv.fr, *.gob.xx, *.go.xx, *.mil. */
const GOVERNMENT_HOST = /(^|\.)(gov|gouv|gob|go|mil)(\.[a-z]{2})?$/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const isPrimaryHost = (host: string) => PRIMARY_HOST.test(host) || GOVERNMENT_HOST.test(host);

/** The address an Internet Archive snapshot preserves (web.archive.org/web/<time>/<address>), else null. */
function archivedAddress(url: string): string | null {
  const match = /^https?:\/\/web\.archive\.org\/web\/[0-9a-z_]+\/(https?:\/\/?.+)$/i.exec(url);
  return match ? match[1]!.replace(/^(https?:)\/(?!\/)/i, '$1//') : null;
}

export function isPrimarySource(source: Source): boolean {
  // An archived snapshot of an official page is that page as it was published, at its own address.
  const archived = archivedAddress(source.url);
  if (archived !== null) return isPrimaryHost(hostOf(archived));
  if (SECONDHAND_PUBLISHER.test(source.publisher)) return false;
  return PRIMARY_PUBLISHER.test(source.publisher) || isPrimaryHost(hostOf(source.url));
}

export type CoverageReport = {
  nodes: Record<string, number>;
  ties: Record<string, number>;
  subtypes: Record<string, number>;
  /** Per organization: membership rows, and today's count per membership group; `current` = members + strained (formally in). */
  memberships: Record<string, { rows: number; current: number } & Record<MembershipGroup, number>>;
  tiesByDecade: Record<string, number>;
  periods: number;
  sources: number;
  tiesWithPrimarySource: { count: number; share: number };
  /** Hand-curated ties per kind and how many cite a primary source (only when the ties' files are known). */
  primaryByKind: Record<string, { ties: number; withPrimary: number; share: number }>;
  /** Keys of hand-curated ties that cite no primary source. */
  lackingPrimary: string[];
  /** Every suspended period per organization, in date order. */
  suspensions: Record<string, { state: string; start: string; end: string | null }[]>;
  /** Ties whose figure is flagged doubtful (the plausibility check of trade-plausibility.ts), with the reason. */
  doubtful: { key: string; reason: string }[];
};

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

export function coverageReport(dataset: Dataset, today: string, tieOrigins?: readonly RowOrigin[]): CoverageReport {
  const primaryByKind: CoverageReport['primaryByKind'] = {};
  const lackingPrimary: string[] = [];
  const suspensions: CoverageReport['suspensions'] = {};
  const doubtful: CoverageReport['doubtful'] = [];
  const nodes: Record<string, number> = {};
  bump(nodes, 'state (today)', dataset.states.filter((s) => !dataset.lifespans.find((l) => l.state === s.key)?.periods.every((p) => p.end !== null)).length);
  bump(nodes, 'state (historical)', dataset.states.length - nodes['state (today)']!);
  bump(nodes, 'organization', dataset.organizations.length);
  const ties: Record<string, number> = {};
  const subtypes: Record<string, number> = {};
  const memberships: CoverageReport['memberships'] = {};
  const tiesByDecade: Record<string, number> = {};
  let periods = 0;
  let sources = 0;
  let primary = 0;
  dataset.ties.forEach((tie, tieIndex) => {
    bump(ties, tie.kind);
    if ('subtype' in tie) bump(subtypes, `${tie.kind}/${tie.subtype}`);
    const first = tie.periods[0]!;
    bump(tiesByDecade, `${firstDay(first.start).slice(0, 3)}0s`);
    periods += tie.periods.length;
    const all = [...tie.sources, ...tie.periods.flatMap((p) => p.sources ?? [])];
    sources += all.length;
    const cites = all.some(isPrimarySource);
    if (cites) primary += 1;
    const file = tieOrigins?.[tieIndex]?.file;
    if (file !== undefined && !GENERATED_TIE_FILES.has(file)) {
      const row = (primaryByKind[tie.kind] ??= { ties: 0, withPrimary: 0, share: 0 });
      row.ties += 1;
      if (cites) row.withPrimary += 1;
      else lackingPrimary.push(`${tieKey(tie)} (${file})`);
    }
    if (isDoubtful(tie)) doubtful.push({ key: tieKey(tie), reason: tie.periods[tie.periods.length - 1]!.note! });
    if (tie.kind === 'membership') {
      for (const p of tie.periods) if (p.status === 'suspended') (suspensions[tie.target] ??= []).push({ state: tie.source, start: p.start, end: p.end });
    }
    if (tie.kind === 'membership') {
      const row = (memberships[tie.target] ??= { rows: 0, current: 0, members: 0, strained: 0, associates: 0, former: 0 });
      row.rows += 1;
      const index = tie.periods.findIndex((p) => periodHoldsOn(p, today));
      const group = index < 0 ? null : membershipGroupOf(tie.periods[index]!.status, tie.periods.slice(0, index));
      if (group) row[group] += 1;
      if (group && IN_GROUPS.includes(group)) row.current += 1;
    }
  });
  for (const row of Object.values(primaryByKind)) row.share = row.ties ? row.withPrimary / row.ties : 0;
  for (const list of Object.values(suspensions)) list.sort((a, b) => firstDay(a.start).localeCompare(firstDay(b.start)) || a.state.localeCompare(b.state));
  return {
    nodes,
    ties,
    subtypes,
    memberships,
    tiesByDecade: Object.fromEntries(Object.entries(tiesByDecade).sort(([a], [b]) => a.localeCompare(b))),
    periods,
    sources,
    tiesWithPrimarySource: { count: primary, share: dataset.ties.length ? primary / dataset.ties.length : 0 },
    primaryByKind,
    lackingPrimary,
    suspensions,
    doubtful,
  };
}
