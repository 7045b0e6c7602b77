import { describe, expect, it } from 'vitest';
import { FINEST_SPHERE, outlineErrorPx, sphereForRadiusPx } from '../../src/scene/sphere-detail.ts';

describe('sphere level of detail', () => {
  it('keeps the outline within half a pixel of a circle up to 104 px, and is never coarser for a bigger body', () => {
    let lastSegments = 0;
    for (let radiusPx = 0.5; radiusPx <= 2000; radiusPx *= 1.05) {
      const geometry = sphereForRadiusPx(radiusPx);
      const segments = geometry.parameters.widthSegments;
      if (radiusPx <= 104) expect(outlineErrorPx(radiusPx, segments), `${radiusPx.toFixed(1)} px`).toBeLessThanOrEqual(0.5);
      expect(segments).toBeGreaterThanOrEqual(lastSegments);
      lastSegments = segments;
    }
    // Large on screen (a flyby's limb) it is the sphere drawn before for every size.
    expect(sphereForRadiusPx(600)).toBe(FINEST_SPHERE);
    expect(FINEST_SPHERE.parameters.widthSegments).toBe(64);
  });

  it('draws a planet of a few pixels with a sixteenth of the triangles', () => {
    const triangles = (radiusPx: number) => sphereForRadiusPx(radiusPx).index!.count / 3;
    expect(triangles(4)).toBeLessThanOrEqual(triangles(600) / 16);
  });

  it('outline error: a hexagon misses its circle by r (1 − cos 30°)', () => {
    expect(outlineErrorPx(10, 6)).toBeCloseTo(10 * (1 - Math.sqrt(3) / 2), 12);
  });
});
