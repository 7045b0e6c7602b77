/**
 * Kamoʻoalewa at true scale: the catalogue's size inside the published 40–100 m diameter range and its spin the
 * published 28.3 min (https://en.wikipedia.org/wiki/469219_Kamo%CA%BBoalewa); the rock's coarse and fine shapes
 * bounded by that radius and alike; trails hidden in a close-up of a small body, not of a planet.
 */
import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import kamooalewa from '../../ephemeris/bodies/kamooalewa.json' with { type: 'json' };
import comet311p from '../../ephemeris/bodies/311p.json' with { type: 'json' };
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import { COARSE_ROCK, FINE_ROCK, rockGeometry } from '../../src/scene/rock-geometry.ts';
import { COMET_311P_SPIN_SEC, KAMOOALEWA_SPIN_SEC } from '../../src/scene/small-body-spin.ts';
import { TAIL_FAINT_OPACITY, TAIL_FULL_OPACITY, TAIL_LENGTH_KM, TAIL_MIN_PX, tailLook } from '../../src/scene/comet-tail-scale.ts';
import { linesHiddenInCloseUp, LINES_HIDDEN_WITHIN_RADII } from '../../src/scene/close-up-lines.ts';

function maxRadius(geometry: ReturnType<typeof rockGeometry>): number {
  const p = geometry.getAttribute('position');
  let max = 0;
  for (let i = 0; i < p.count; i++) max = Math.max(max, Math.hypot(p.getX(i), p.getY(i), p.getZ(i)));
  return max;
}

describe('Kamoʻoalewa at true scale', () => {
  it('is drawn 70 m along its longest axis, inside the published diameter range, and the data says so', () => {
    const diameterM = 2 * BODY_BY_ID.kamooalewa.radiusKm * 1000;
    expect(diameterM).toBeGreaterThanOrEqual(kamooalewa.physical.diameterM.min);
    expect(diameterM).toBeLessThanOrEqual(kamooalewa.physical.diameterM.max);
    expect(kamooalewa.physical.diameterM.note).toContain(`${diameterM} m`);
  });

  it('spins with the published period', () => {
    expect(kamooalewa.physical.rotationPeriodMin.value).toBe(28.3);
    expect(KAMOOALEWA_SPIN_SEC).toBeCloseTo(kamooalewa.physical.rotationPeriodMin.value * 60, 6);
  });

  it('coarse and fine rocks reach radius 1 (the catalogue radius bounds them) and share their outline', () => {
    const coarse = rockGeometry(20_160_427, 1.35, 7, COARSE_ROCK);
    const fine = rockGeometry(20_160_427, 1.35, 7, FINE_ROCK);
    expect(maxRadius(coarse)).toBeCloseTo(1, 6);
    expect(maxRadius(fine)).toBeCloseTo(1, 6);
    const triangles = (g: ReturnType<typeof rockGeometry>) => (g.getIndex()?.count ?? g.getAttribute('position').count) / 3;
    expect(triangles(fine)).toBeGreaterThan(50 * triangles(coarse));
    const a = new Box3().setFromBufferAttribute(coarse.getAttribute('position') as never).getSize(new Vector3());
    const b = new Box3().setFromBufferAttribute(fine.getAttribute('position') as never).getSize(new Vector3());
    for (const axis of ['x', 'y', 'z'] as const) expect(Math.abs(a[axis] - b[axis]) / a[axis]).toBeLessThan(0.12);
    // Elongated: the long axis is clearly longer than the others (an illustrative 1.35 : 1 : 0.9).
    expect(b.x / b.y).toBeGreaterThan(1.15);
  });

  it('craters and bumps roughen the fine rock: some points sunk well below the lobed outline, most near it', () => {
    const fine = rockGeometry(7, 1.35, 7, FINE_ROCK).getAttribute('position');
    // Merged as the fine rock is, so vertex i is the same icosphere direction in both.
    const lobed = mergeVertices(rockGeometry(7, 1.35, 7, { ...FINE_ROCK, bumps: 0, craters: 0 }).deleteAttribute('normal').deleteAttribute('uv'), 1e-6).getAttribute('position');
    expect(fine.count).toBe(lobed.count);
    let sunk = 0, near = 0;
    for (let i = 0; i < fine.count; i++) {
      const d = Math.hypot(fine.getX(i), fine.getY(i), fine.getZ(i)) / Math.hypot(lobed.getX(i), lobed.getY(i), lobed.getZ(i)) - 1;
      if (d < -0.03) sunk++;
      if (Math.abs(d) < 0.1) near++;
    }
    expect(sunk / fine.count).toBeGreaterThan(0.02);
    expect(near / fine.count).toBeGreaterThan(0.8);
  });
});

describe('311P up close', () => {
  it('has the nucleus radius Jewitt et al. 2018 give (190 ± 30 m) and turns at their 5.4 h lower bound', () => {
    expect(comet311p.physical.radiusM.value).toBe(190);
    expect(BODY_BY_ID['311p'].radiusKm * 1000).toBe(comet311p.physical.radiusM.value);
    expect(COMET_311P_SPIN_SEC).toBeCloseTo(comet311p.physical.rotationPeriodH.min * 3600, 6);
  });

  it('draws its tails as a faint stub in the overview and at their true length, bright, near the comet', () => {
    // The overview: 311P ~2 au away, ~1.6e5 km per pixel at 1280×720: 30,000 km would be a fifth of a pixel.
    const overview = tailLook(1.6e5);
    expect(overview.lengthKm).toBeCloseTo(TAIL_MIN_PX * 1.6e5, 0);
    expect(overview.opacity).toBeCloseTo(TAIL_FAINT_OPACITY, 6);
    // 2,000 km away (~2.4 km per pixel): the true length, 12,000 px, at full strength.
    const near = tailLook(2.4);
    expect(near.lengthKm).toBe(TAIL_LENGTH_KM);
    expect(near.opacity).toBeCloseTo(TAIL_FULL_OPACITY, 6);
    // Between: never shorter on screen than the stub, and brighter the closer.
    let last = 0;
    for (const kmPerPx of [1e4, 3e3, 1e3, 300, 100]) {
      const look = tailLook(kmPerPx);
      expect(look.lengthKm / kmPerPx).toBeGreaterThanOrEqual(TAIL_MIN_PX - 1e-9);
      expect(look.opacity).toBeGreaterThanOrEqual(last);
      last = look.opacity;
    }
  });
});

describe('trails in a close-up', () => {
  it('are hidden within 400 radii of a focused asteroid, comet or probe, and not near a planet or in the overview', () => {
    const r = BODY_BY_ID.kamooalewa.radiusKm;
    expect(linesHiddenInCloseUp('kamooalewa', 0.3)).toBe(true);
    expect(linesHiddenInCloseUp('kamooalewa', LINES_HIDDEN_WITHIN_RADII * r * 1.01)).toBe(false);
    expect(linesHiddenInCloseUp('kamooalewa', 2000)).toBe(false);
    expect(linesHiddenInCloseUp('311p', 50)).toBe(true);
    expect(linesHiddenInCloseUp('probe', 1)).toBe(true);
    expect(linesHiddenInCloseUp('earth', 7000)).toBe(false);
    expect(linesHiddenInCloseUp(null, 0.3)).toBe(false);
  });
});
