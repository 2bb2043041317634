// Flags trade-partner shares that are implausible: a large share of a state's trade with a small economy in another
// region that is neither a neighbour nor a trade hub (the Gambia sending 92% of its exports to Kazakhstan). Such a figure
// is kept as published, with a note beginning with DOUBTFUL_PREFIX that gives the reason. Pure.
import type { Indicators, State, Tie } from './schema';

/** A period note that starts with this marks a figure as doubtful. */
export const DOUBTFUL_PREFIX = 'Doubtful:';
/** Shares at or above this (%) are checked. */
export const CHECKED_SHARE = 10;
/** A partner among this many largest economies (GDP) is plausible anywhere. */
export const LARGE_ECONOMIES = 30;
/** Re-export and commodity-trading hubs that appear as partners of distant small states for good reasons. */
export const TRADE_HUBS: ReadonlySet<string> = new Set(['CHE', 'SGP', 'ARE', 'NLD', 'BEL', 'LUX', 'PAN']);

export type TradeContext = { states: ReadonlyMap<string, State>; largeEconomies: ReadonlySet<string> };

export function tradeContext(states: readonly State[], indicators: readonly Indicators[]): TradeContext {
  const ranked = indicators.filter((row) => row.gdp).sort((a, b) => b.gdp!.value - a.gdp!.value);
  return { states: new Map(states.map((s) => [s.key, s])), largeEconomies: new Set(ranked.slice(0, LARGE_ECONOMIES).map((row) => row.state)) };
}

/** Why a trade tie's share is implausible, or null when it is not (or the tie is not a trade share). */
export function tradeDoubt(tie: Tie, context: TradeContext): string | null {
  if (tie.kind !== 'dependency' || (tie.subtype !== 'trade-import' && tie.subtype !== 'trade-export') || !tie.weight) return null;
  if (tie.weight.value < CHECKED_SHARE) return null;
  const from = context.states.get(tie.source);
  const to = context.states.get(tie.target);
  if (!from || !to) return null;
  if (from.region === to.region || from.borders.includes(to.key) || TRADE_HUBS.has(to.key) || context.largeEconomies.has(to.key)) return null;
  const flow = tie.subtype === 'trade-export' ? `exports going to` : `imports coming from`;
  return `${tie.weight.value}% of ${from.name}'s ${flow} ${to.name}, a smaller economy in another region (${to.region}) that is neither a neighbour nor a trade hub: implausible by our check (possibly an error in the source), kept as published; verify before use.`;
}

/** A period note that starts with this records that a flagged figure was reviewed and found plausible, and why. */
export const REVIEWED_PREFIX = 'Reviewed:';

/** Trade ties the check flags whose latest period note neither marks them doubtful nor records a review. */
export function unflaggedDoubts(ties: readonly Tie[], context: TradeContext): { index: number; reason: string }[] {
  const found: { index: number; reason: string }[] = [];
  ties.forEach((tie, index) => {
    const reason = tradeDoubt(tie, context);
    if (!reason) return;
    const note = tie.periods[tie.periods.length - 1]?.note ?? '';
    if (!note.startsWith(DOUBTFUL_PREFIX) && !note.startsWith(REVIEWED_PREFIX)) found.push({ index, reason });
  });
  return found;
}

/** Whether a tie's figure is flagged as doubtful (its latest period note says so). */
export function isDoubtful(tie: Tie): boolean {
  return (tie.periods[tie.periods.length - 1]?.note ?? '').startsWith(DOUBTFUL_PREFIX);
}
