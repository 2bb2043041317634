// When a node existed (a state's lifespan, an organization's founding and dissolution), in words and as the nearest
// day of its existence: what search shows for nodes absent on the chosen date, and what a dropped focus is told.
import { firstDay, periodHoldsOn } from '@/lib/data/dates';
import type { NodeAttributes } from './types';

type Span = { start: string; end: string | null };

/** The periods in which a node existed; [] = no dates known (it exists at every date). */
export function existencePeriods(node: NodeAttributes): Span[] {
  if (node.kind === 'state') return node.lifespan ?? [];
  return node.founded ? [{ start: node.founded, end: node.dissolved ?? null }] : [];
}

export function existsOn(node: NodeAttributes, day: string): boolean {
  const spans = existencePeriods(node);
  return spans.length === 0 || spans.some((span) => periodHoldsOn(span, day));
}

/** "1922–1991", "since 1992", or null when nothing is known. Only the years: a label, not a citation. */
export function lifespanLabel(node: NodeAttributes): string | null {
  const spans = existencePeriods(node);
  if (spans.length === 0) return null;
  const start = spans[0]!.start.slice(0, 4);
  const end = spans[spans.length - 1]!.end;
  return end === null ? `since ${start}` : `${start}–${end.slice(0, 4)}`;
}

/** The day before a YYYY-MM-DD date. */
function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The day of the node's existence nearest to `day` (`day` itself when it existed then). */
export function nearestExistingDay(node: NodeAttributes, day: string): string {
  if (existsOn(node, day)) return day;
  let best: string | null = null;
  let bestGap = Infinity;
  for (const span of existencePeriods(node)) {
    const start = firstDay(span.start);
    const candidate = start > day ? start : dayBefore(firstDay(span.end!));
    const gap = Math.abs(Date.parse(candidate) - Date.parse(day));
    if (gap < bestGap) [best, bestGap] = [candidate, gap];
  }
  return best ?? day;
}

/** The name a sentence can use: an organization's name without its parenthetical gloss. */
function plainName(node: NodeAttributes): string {
  return node.kind === 'organization' ? node.name.replace(/\s*\(.*\)\s*$/, '') : node.name;
}

/** Why a node is absent on `day`: "The Warsaw Treaty Organization (WTO) was dissolved on 1991-07-01." */
export function absenceReason(node: NodeAttributes, day: string): string | null {
  if (existsOn(node, day)) return null;
  const spans = existencePeriods(node);
  const before = spans.filter((s) => firstDay(s.start) > day);
  const name = node.kind === 'organization' ? `The ${plainName(node)} (${node.label})` : node.name;
  if (before.length === spans.length) {
    return node.kind === 'organization'
      ? `${name} was founded on ${spans[0]!.start}, after ${day}.`
      : `${name} did not exist yet on ${day} (from ${spans[0]!.start}).`;
  }
  const ended = spans.filter((s) => s.end !== null && firstDay(s.end) <= day).pop();
  if (!ended) return `${name} did not exist on ${day}.`;
  return node.kind === 'organization' ? `${name} was dissolved on ${ended.end}.` : `${name} ceased to exist on ${ended.end}.`;
}
