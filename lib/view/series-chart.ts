// Geometry of a measure-history chart: scales, axis ticks and one SVG path per node, from a series. Pure.
import type { Series } from '@/lib/analysis/series';

export type ChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };
export const DEFAULT_BOX: ChartBox = { width: 360, height: 220, left: 44, right: 12, top: 12, bottom: 28 };
export const SERIES_COLORS = [
  '#1c7ed6',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#f59f00',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#495057',
  '#7048e8',
  '#d9480f',
  '#087f5b',
];

export type ChartGeometry = {
  x: (date: string) => number;
  y: (value: number) => number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  paths: { node: string; color: string; d: string }[];
};

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Round tick steps (1, 2, 5 × 10^k) so that about `count` ticks cover [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export function formatValue(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 1) return value.toFixed(abs >= 10 ? 1 : 2).replace(/\.?0+$/, '');
  return value.toPrecision(2);
}

export function chartGeometry(series: Series, box: ChartBox = DEFAULT_BOX): ChartGeometry {
  const dates = series.points.map((p) => p.date);
  const values = series.points.flatMap((p) => p.values.filter((v): v is number => v !== null));
  const x0 = dayNumber(dates[0] ?? '2000-01-01');
  const x1 = Math.max(dayNumber(dates[dates.length - 1] ?? '2000-01-01'), x0 + 1);
  const top = Math.max(...values, 0);
  const bottom = Math.min(...values, 0);
  // the value axis ends on a round tick at or above the largest value, so that the top line is labelled
  const ticks = niceTicks(bottom, top > bottom ? top : bottom + 1, 4);
  const y0 = Math.min(bottom, ticks[0]!);
  const last = ticks[ticks.length - 1]!;
  const stepSize = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const y1 = last >= top ? Math.max(last, y0 + 1e-9) : last + stepSize;
  const x = (date: string) => box.left + ((dayNumber(date) - x0) / (x1 - x0)) * (box.width - box.left - box.right);
  const y = (value: number) => box.height - box.bottom - ((value - y0) / (y1 - y0)) * (box.height - box.top - box.bottom);
  const firstYear = Number((dates[0] ?? '2000').slice(0, 4));
  const lastYear = Number((dates[dates.length - 1] ?? '2000').slice(0, 4));
  const xTicks = niceTicks(firstYear, lastYear, 6)
    .filter((year) => Number.isInteger(year))
    .map((year) => ({ x: x(`${String(year).padStart(4, '0')}-01-01`), label: String(year) }))
    .filter((t) => t.x >= box.left - 1);
  const yTicks = niceTicks(y0, y1, 4).map((v) => ({ y: y(v), label: formatValue(v) }));
  if (top > 0 && !yTicks.some((t) => Math.abs(t.y - y(y1)) < 0.5)) yTicks.push({ y: y(y1), label: formatValue(y1) });
  const paths = series.nodes.map((node, i) => {
    let d = '';
    let pen = false;
    for (const point of series.points) {
      const value = point.values[i];
      if (value === null || value === undefined) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${x(point.date).toFixed(1)},${y(value).toFixed(1)}`;
      pen = true;
    }
    return { node, color: SERIES_COLORS[i % SERIES_COLORS.length]!, d };
  });
  return { x, y, xTicks, yTicks, paths };
}

/** The point nearest to horizontal position `px`. */
export function nearestPoint(series: Series, geometry: ChartGeometry, px: number): Series['points'][number] | null {
  let best: Series['points'][number] | null = null;
  let distance = Infinity;
  for (const point of series.points) {
    const d = Math.abs(geometry.x(point.date) - px);
    if (d < distance) [best, distance] = [point, d];
  }
  return best;
}
