import land from 'world-atlas/land-110m.json';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { geographicPosition } from './positions';
import { worldOutlinePath } from './world-outline';

describe('worldOutlinePath', () => {
  it('draws the land in the same coordinates as the geographic layout', () => {
    const path = worldOutlinePath(land as unknown as Topology);
    expect(path.startsWith('M')).toBe(true);
    const xs = [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    // the outline spans the globe: from about −180° to 180° of longitude
    expect(Math.min(...xs)).toBeLessThan(geographicPosition(0, -170).x);
    expect(Math.max(...xs)).toBeGreaterThan(geographicPosition(0, 170).x);
  });
});
