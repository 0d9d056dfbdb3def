import { geoAzimuthalEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import europe from './geometry/europe.json';
import { createProjection } from './projection.ts';

describe('createProjection', () => {
  const { rotate, scale, translate } = europe.projection;
  const d3 = geoAzimuthalEqualArea().rotate(rotate as [number, number]).scale(scale).translate(translate as [number, number]);
  const ours = createProjection(europe.projection);

  it.each([
    ['Brussels', 4.35, 50.85], ['Lisbon', -9.14, 38.72], ['Helsinki', 24.94, 60.17],
    ['Nicosia', 33.38, 35.17], ['Reykjavík', -21.9, 64.15],
  ])('projects %s like the full d3 projection the land was drawn with', (_, lon, lat) => {
    const [x, y] = ours.project(lon, lat);
    const [ex, ey] = d3([lon, lat])!;
    expect(x).toBeCloseTo(ex, 6);
    expect(y).toBeCloseTo(ey, 6);
    const [ilon, ilat] = ours.invert(x, y);
    expect(ilon).toBeCloseTo(lon, 6);
    expect(ilat).toBeCloseTo(lat, 6);
  });

  it('puts Europe inside the drawn frame', () => {
    for (const [lon, lat] of [[-9.5, 38.7], [31.5, 70], [33, 35], [-22, 64]] as const) {
      const [x, y] = ours.project(lon, lat);
      expect(x).toBeGreaterThan(-10);
      expect(x).toBeLessThan(europe.width + 10);
      expect(y).toBeGreaterThan(-10);
      expect(y).toBeLessThan(europe.height + 10);
    }
  });
});
