import { describe, expect, it } from 'vitest';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { applyFilters, DEFAULT_FILTERS } from '@/lib/graph/filter';
import { concentricLayout, formatValue, groupedLayout, type GuidedLayout } from './guided-layouts';

const world = async () => applyFilters(asOf(await getBundledGraph(), '2026-01-01'), DEFAULT_FILTERS);

/** The closest two nodes' distance. */
function closest(layout: GuidedLayout): number {
  const points = [...layout.positions.values()];
  let min = Infinity;
  for (let i = 0; i < points.length; i += 1)
    for (let j = i + 1; j < points.length; j += 1) min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return min;
}

describe('grouped layout', () => {
  it('places every node without overlaps, one labelled circle per bloc, circles apart', async () => {
    const graph = await world();
    const layout = groupedLayout(graph);
    expect(layout.positions.size).toBe(graph.order);
    expect(closest(layout)).toBeGreaterThanOrEqual(40);
    const { guides } = layout;
    expect(guides.length).toBeGreaterThan(3);
    for (const g of guides) expect(g.label).toMatch(/ · \d+ (states?|members?)(, \d+ here|, all with other blocs)?$/);
    for (let i = 0; i < guides.length; i += 1) {
      for (let j = i + 1; j < guides.length; j += 1) {
        const [a, b] = [guides[i]!, guides[j]!];
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
      }
    }
    // Each member sits inside its bloc's circle.
    const nato = guides.find((g) => g.label.startsWith('NATO'));
    if (nato) expect(Math.hypot(layout.positions.get('nato')!.x - nato.cx, layout.positions.get('nato')!.y - nato.cy)).toBe(0);
  }, 60_000);
});

describe('concentric layout', () => {
  it('rings by value, highest in the middle, each ring labelled with the measure and its values', async () => {
    const graph = await world();
    const values = Object.fromEntries(graph.nodes().map((k) => [k, graph.degree(k)]));
    const layout = concentricLayout(graph, values, 'Degree');
    expect(layout.positions.size).toBe(graph.order);
    expect(closest(layout)).toBeGreaterThanOrEqual(40);
    const radius = (k: string) => Math.hypot(layout.positions.get(k)!.x, layout.positions.get(k)!.y);
    const byValue = graph.nodes().sort((a, b) => values[b]! - values[a]!);
    expect(radius(byValue[0]!)).toBeLessThan(radius(byValue.at(-1)!));
    expect(layout.guides.length).toBeGreaterThan(1);
    for (const g of layout.guides) expect(g.label).toMatch(/^Degree (≥ )?[\d.]+/);
    expect(layout.guides.map((g) => g.r)).toEqual([...layout.guides.map((g) => g.r)].sort((a, b) => a - b));
  }, 60_000);

  it('formats values briefly', () => {
    expect(formatValue(0.03412)).toBe('0.034');
    expect(formatValue(12.4)).toBe('12');
    expect(formatValue(1_400_000)).toBe('1.4M');
    expect(formatValue(0)).toBe('0');
  });
});
