import { describe, expect, it } from 'vitest';
import { DAY_S, JULIAN_YEAR_S, AU_KM } from '../../src/core/constants.ts';
import { hermiteState } from '../../src/core/hermite.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import { distance, type Vec3 } from '../../src/core/vec3.ts';
import { circularState, type CircularOrbit } from './support/circular-orbit.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const state = (): StateVector => ({ posKm: [0, 0, 0], velKmS: [0, 0, 0] });

/** Largest position and velocity error of the Hermite cubic over [t0, t0 + h] against the circular orbit. */
function circularInterpolationError(orbit: CircularOrbit, t0: number, h: number): { posKm: number; velKmS: number } {
  const a = state();
  const b = state();
  const truth = state();
  circularState(orbit, t0, a);
  circularState(orbit, t0 + h, b);
  const pos: Vec3 = [0, 0, 0];
  const vel: Vec3 = [0, 0, 0];
  let posKm = 0;
  let velKmS = 0;
  for (let j = 0; j <= 400; j++) {
    const t = t0 + (h * j) / 400;
    circularState(orbit, t, truth);
    hermiteState(t0, a.posKm, a.velKmS, t0 + h, b.posKm, b.velKmS, t, pos, vel);
    posKm = Math.max(posKm, distance(pos, truth.posKm));
    velKmS = Math.max(velKmS, distance(vel, truth.velKmS));
  }
  return { posKm, velKmS };
}

describe('hermiteState', () => {
  it('reproduces any cubic and its derivative exactly (property, 50 random cubics)', () => {
    const random = seededRandom(20250528);
    for (let trial = 0; trial < 50; trial++) {
      const t0 = (random() - 0.5) * 8e8;
      const h = 60 + random() * 30 * DAY_S;
      const tc = t0 + random() * h;
      // p(t) = c0 + c1 u + c2 u^2 + c3 u^3 with u = t - tc, per axis; sizes like a heliocentric path.
      const coeffs = [0, 1, 2].map(() => [
        (random() - 0.5) * 2e9, (random() - 0.5) * 80, (random() - 0.5) * 1e-5, (random() - 0.5) * 1e-11,
      ] as const);
      const p = (t: number): Vec3 => coeffs.map(([c0, c1, c2, c3]) => {
        const u = t - tc;
        return c0 + u * (c1 + u * (c2 + u * c3));
      }) as Vec3;
      const v = (t: number): Vec3 => coeffs.map(([, c1, c2, c3]) => {
        const u = t - tc;
        return c1 + u * (2 * c2 + 3 * u * c3);
      }) as Vec3;
      const t1 = t0 + h;
      const pos: Vec3 = [0, 0, 0];
      const vel: Vec3 = [0, 0, 0];
      for (const s of [0, 0.1, 0.37, 0.5, 0.81, 1]) {
        const t = t0 + s * h;
        hermiteState(t0, p(t0), v(t0), t1, p(t1), v(t1), t, pos, vel);
        // Relative to the coordinate size (2e9 km): float64 rounding only.
        expect(distance(pos, p(t))).toBeLessThan(2e9 * 1e-14);
        expect(distance(vel, v(t))).toBeLessThan(1e-9);
      }
    }
  });

  it('returns the end states exactly at the ends', () => {
    const p0: Vec3 = [1.2e8, -3.4e7, 5.6e6];
    const v0: Vec3 = [12.5, 25.25, -3.125];
    const p1: Vec3 = [1.3e8, -2.4e7, 4.6e6];
    const v1: Vec3 = [11.5, 26.25, -2.125];
    const pos: Vec3 = [0, 0, 0];
    const vel: Vec3 = [0, 0, 0];
    hermiteState(100, p0, v0, 200, p1, v1, 100, pos, vel);
    expect(pos).toEqual(p0);
    expect(vel).toEqual(v0);
    hermiteState(100, p0, v0, 200, p1, v1, 200, pos, vel);
    expect(distance(pos, p1)).toBeLessThan(1e-7);
    expect(distance(vel, v1)).toBeLessThan(1e-12);
  });

  it('allows the output to be the first input (reads each component before writing it)', () => {
    const p0: Vec3 = [1, 2, 3];
    const v0: Vec3 = [0.1, 0.2, 0.3];
    const expected: Vec3 = [0, 0, 0];
    hermiteState(0, [1, 2, 3], [0.1, 0.2, 0.3], 10, [4, 5, 6], [0.3, 0.2, 0.1], 3, expected);
    hermiteState(0, p0, v0, 10, [4, 5, 6], [0.3, 0.2, 0.1], 3, p0);
    expect(p0).toEqual(expected);
  });

  // Interpolation remainder for a Hermite cubic (e.g. Burden & Faires, Numerical Analysis, Thm 3.9):
  // |f(t) - H(t)| <= max|f''''| (t - t0)^2 (t - t1)^2 / 4!  <=  max|f''''| h^4 / 384 at mid-interval.
  // On a circle of radius R and rate w, |p''''| = R w^4 everywhere, and the bound is reached to O((w h)^2).
  it('errs on a circular orbit by R w^4 h^4 / 384 (1 au, 1 year, steps of 2-40 days)', () => {
    const earthLike: CircularOrbit = { radiusKm: AU_KM, omega: (2 * Math.PI) / JULIAN_YEAR_S, phaseRad: 0.3 };
    for (const days of [2, 5, 10, 20, 40]) {
      const h = days * DAY_S;
      const bound = (earthLike.radiusKm * earthLike.omega ** 4 * h ** 4) / 384;
      const measured = circularInterpolationError(earthLike, 1.7e8, h);
      expect(measured.posKm).toBeLessThanOrEqual(bound * 1.0001);
      expect(measured.posKm).toBeGreaterThan(bound * 0.95);
      // The velocity error bound, max|f''''| h^3 sqrt(3) / 216 (largest derivative of the remainder).
      expect(measured.velKmS).toBeLessThanOrEqual((earthLike.radiusKm * earthLike.omega ** 4 * h ** 3 * Math.sqrt(3)) / 216 * 1.001);
    }
  });

  it('converges at fourth order: halving the step divides the error by ~16', () => {
    const fast: CircularOrbit = { radiusKm: 7000, omega: (2 * Math.PI) / 5800 };
    const coarse = circularInterpolationError(fast, 0, 300).posKm;
    const fine = circularInterpolationError(fast, 0, 150).posKm;
    expect(coarse / fine).toBeGreaterThan(15);
    expect(coarse / fine).toBeLessThan(17);
  });
});
