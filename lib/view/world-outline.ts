// The light world outline under the geographic layout: world-atlas land as one SVG path in the layout's coordinates
// (equirectangular, GEO_SCALE model units per degree, as in positions.ts).
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { GEO_SCALE } from './positions';

export function worldOutlinePath(land: Topology): string {
  const object = land.objects.land;
  if (!object) throw new Error('lib/view/world-outline: the topology has no "land" object');
  // d3's equirectangular projection maps λ radians to λ × scale: scale = GEO_SCALE × 180/π gives GEO_SCALE per degree.
  const projection = geoEquirectangular()
    .scale((GEO_SCALE * 180) / Math.PI)
    .translate([0, 0]);
  return geoPath(projection)(feature(land, object)) ?? '';
}
