// Time spans (half-open [start, end), partial ISO dates): whether one period lies inside another, for lifespan checks.
import { firstDay } from './dates';

export type Span = { start: string; end: string | null };

/** Whether `inner` lies entirely inside `outer`. */
export function spanWithin(inner: Span, outer: Span): boolean {
  if (firstDay(inner.start) < firstDay(outer.start)) return false;
  if (outer.end === null) return true;
  return inner.end !== null && firstDay(inner.end) <= firstDay(outer.end);
}

/** Whether `inner` lies inside one of `spans`. */
export function withinSpans(inner: Span, spans: readonly Span[]): boolean {
  return spans.some((outer) => spanWithin(inner, outer));
}

export function formatPeriodRange(span: Span): string {
  return `${span.start} – ${span.end ?? 'ongoing'}`;
}
