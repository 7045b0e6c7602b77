import { describe, expect, it } from 'vitest';
import { DEFAULT_SPHERE, FINEST_SPHERE, outlineErrorPx, sphereForRadiusPx } from '../../src/scene/sphere-detail.ts';

describe('sphere level of detail', () => {
  it('keeps the outline within half a pixel of a circle up to 1,660 px, and is never coarser for a bigger body', () => {
    let lastSegments = 0;
    for (let radiusPx = 0.5; radiusPx <= 2000; radiusPx *= 1.05) {
      const geometry = sphereForRadiusPx(radiusPx);
      const segments = geometry.parameters.widthSegments;
      if (radiusPx <= 1660) expect(outlineErrorPx(radiusPx, segments), `${radiusPx.toFixed(1)} px`).toBeLessThanOrEqual(0.5);
      expect(segments).toBeGreaterThanOrEqual(lastSegments);
      lastSegments = segments;
    }
    // A limb filling the view gets the finest; every body starts with the sphere all had before (64 segments).
    expect(sphereForRadiusPx(20_000)).toBe(FINEST_SPHERE);
    expect(FINEST_SPHERE.parameters.widthSegments).toBe(256);
    expect(DEFAULT_SPHERE.parameters.widthSegments).toBe(64);
  });

  it('draws a planet of a few pixels with a sixteenth of the triangles', () => {
    const triangles = (radiusPx: number) => sphereForRadiusPx(radiusPx).index!.count / 3;
    expect(triangles(4)).toBeLessThanOrEqual(DEFAULT_SPHERE.index!.count / 3 / 16);
  });

  it('outline error: a hexagon misses its circle by r (1 − cos 30°)', () => {
    expect(outlineErrorPx(10, 6)).toBeCloseTo(10 * (1 - Math.sqrt(3) / 2), 12);
  });
});
