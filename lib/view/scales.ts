// Visual scales for a measure's values: node size (area grows with the value) and a sequential colour ramp.
import { idRecord } from '@/lib/graph/id-record';

export const NODE_SIZE = { min: 10, max: 46 };
/** A colour-blind-safe sequential ramp (light yellow → green → deep blue, after viridis), low to high. */
export const COLOR_RAMP = ['#fde725', '#a0da39', '#4ac16d', '#1fa187', '#277f8e', '#365c8d', '#46327e', '#440154'] as const;

function shares(values: Record<string, number>): Record<string, number> {
  const finite = Object.values(values).filter(Number.isFinite);
  const max = Math.max(0, ...finite);
  const out = idRecord<number>();
  for (const [key, value] of Object.entries(values)) out[key] = max > 0 && Number.isFinite(value) ? Math.max(0, value) / max : 0;
  return out;
}

/** Node sizes in pixels: from NODE_SIZE.min to .max, the square root of the value's share of the largest. */
export function sizesFor(values: Record<string, number>): Record<string, number> {
  const out = idRecord<number>();
  for (const [key, share] of Object.entries(shares(values))) out[key] = Math.round(NODE_SIZE.min + Math.sqrt(share) * (NODE_SIZE.max - NODE_SIZE.min));
  return out;
}

/** The ramp colour for a share of the largest value (0..1). */
export function rampColor(share: number): string {
  const index = Math.min(COLOR_RAMP.length - 1, Math.floor(Math.max(0, share) * COLOR_RAMP.length));
  return COLOR_RAMP[index]!;
}

export function colorsFor(values: Record<string, number>): Record<string, string> {
  const out = idRecord<string>();
  for (const [key, share] of Object.entries(shares(values))) out[key] = rampColor(share);
  return out;
}

/** Equal-width bins of the values, for a distribution chart. */
export function histogram(values: readonly number[], bins = 10): { from: number; to: number; count: number }[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const width = (max - min) / bins || 1;
  const out = Array.from({ length: bins }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }));
  for (const v of finite) out[Math.min(bins - 1, Math.floor((v - min) / width))]!.count += 1;
  return out;
}

/** Twelve distinguishable colours (Paul Tol's "muted" and "bright" schemes) for communities; the rest share grey. */
export const CATEGORY_COLORS = [
  '#4477aa',
  '#ee6677',
  '#228833',
  '#ccbb44',
  '#66ccee',
  '#aa3377',
  '#332288',
  '#117733',
  '#88ccee',
  '#cc6677',
  '#999933',
  '#882255',
] as const;

export function categoryColors(groups: Record<string, number>): Record<string, string> {
  const out = idRecord<string>();
  for (const [key, group] of Object.entries(groups)) out[key] = CATEGORY_COLORS[group] ?? '#bbbbbb';
  return out;
}
