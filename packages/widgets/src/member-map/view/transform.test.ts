import { describe, expect, it } from 'vitest';
import { centreOn, fitTransform, MAX_ZOOM, panBy, visibleMapArea, zoomAt, zoomLevel, type Frame } from './transform.ts';

const frame: Frame = { width: 800, height: 600, mapWidth: 1000, mapHeight: 1000 };

describe('map transform', () => {
  it('fits the whole map, centred', () => {
    expect(fitTransform(frame)).toEqual({ scale: 0.6, x: 100, y: 0 });
  });

  it('zooms around the pointer: the map point under it stays under it', () => {
    const t = fitTransform(frame);
    const [cx, cy] = [300, 200];
    const before = [(cx - t.x) / t.scale, (cy - t.y) / t.scale];
    const z = zoomAt(t, 2, cx, cy, frame);
    expect(z.scale).toBeCloseTo(1.2);
    expect([(cx - z.x) / z.scale, (cy - z.y) / z.scale]).toEqual(before.map((v) => expect.closeTo(v, 9)));
  });

  it('never zooms out past all of Europe nor in past the limit', () => {
    const t = fitTransform(frame);
    expect(zoomAt(t, 0.5, 400, 300, frame)).toEqual(t);
    let deep = t;
    for (let i = 0; i < 10; i++) deep = zoomAt(deep, 2, 400, 300, frame);
    expect(zoomLevel(deep, frame)).toBeCloseTo(MAX_ZOOM);
  });

  it('keeps some of the map under the centre when panning far', () => {
    const t = zoomAt(fitTransform(frame), 4, 400, 300, frame);
    const far = panBy(t, 100_000, -100_000, frame);
    const [x0, y0, x1, y1] = visibleMapArea(far, frame);
    expect((x0 + x1) / 2).toBeGreaterThanOrEqual(0);
    expect((y0 + y1) / 2).toBeLessThanOrEqual(1000);
  });

  it('centres on a map point', () => {
    const t = centreOn(fitTransform(frame), 250, 750, frame, 2.4);
    const [x0, y0, x1, y1] = visibleMapArea(t, frame);
    expect((x0 + x1) / 2).toBeCloseTo(250);
    expect((y0 + y1) / 2).toBeCloseTo(750);
  });
});
