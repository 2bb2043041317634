import { describe, expect, it } from 'vitest';
import { chartGeometry, formatValue, nearestPoint, niceTicks } from './series-chart';

const series = {
  measure: 'member-count' as const,
  label: 'Members',
  nodes: ['csto', 'nato'],
  step: 'year' as const,
  points: [
    { date: '1990-01-01', values: [null, 16] },
    { date: '2000-01-01', values: [6, 19] },
    { date: '2020-01-01', values: [6, 30] },
  ],
};

describe('series chart geometry', () => {
  it('draws one path per node and breaks it where the node did not exist', () => {
    const g = chartGeometry(series);
    expect(g.paths.map((p) => p.node)).toEqual(['csto', 'nato']);
    expect(g.paths[0]!.d.startsWith('M')).toBe(true);
    expect(g.paths[0]!.d.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(g.paths[1]!.d.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
  });
  it('has round ticks and finds the nearest year', () => {
    expect(niceTicks(0, 30, 4)).toEqual([0, 10, 20, 30]);
    expect(formatValue(0.012345)).toBe('0.012');
    const g = chartGeometry(series);
    expect(nearestPoint(series, g, g.x('2001-03-01'))?.date).toBe('2000-01-01');
    expect(g.xTicks.map((t) => t.label)).toContain('2000');
  });
});
