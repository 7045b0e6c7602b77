import { describe, expect, it } from 'vitest';
import { solveLambert, type LambertSolution } from '../../src/core/lambert.ts';
import { elementsToState, propagateKepler, stateToElements } from '../../src/core/kepler.ts';
import { AU_KM, DAY_S, DEG, MU_SUN_KM3_S2 } from '../../src/core/constants.ts';
import { cross, distance, norm, type Vec3 } from '../../src/core/vec3.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const relDiff = (a: Vec3, b: Vec3): number => distance(a, b) / norm(b);

/** Position and velocity reached from (r1, v1) after tof, relative to the Lambert targets. */
function landingErrors(r1: Vec3, r2: Vec3, tof: number, mu: number, s: LambertSolution): { pos: number; vel: number } {
  const end = propagateKepler({ posKm: r1, velKmS: s.v1KmS }, tof, mu);
  return { pos: relDiff(end.posKm, r2), vel: relDiff(end.velKmS, s.v2KmS) };
}

function randomPoint(rand: () => number, minKm: number, maxKm: number, zScale: number): Vec3 {
  const r = minKm + (maxKm - minKm) * rand();
  const lon = 2 * Math.PI * rand();
  const lat = (rand() - 0.5) * zScale;
  return [r * Math.cos(lat) * Math.cos(lon), r * Math.cos(lat) * Math.sin(lon), r * Math.sin(lat)];
}

describe('solveLambert: published cases', () => {
  it('reproduces Curtis Example 5.2 (1 h, geocentric)', () => {
    // Curtis, "Orbital Mechanics for Engineering Students", Example 5.2: r1 = [5000, 10000, 2100] km,
    // r2 = [-14600, 2500, 7000] km, 1 h, mu = 398600 -> v1 = [-5.9925, 1.9254, 3.2456], v2 = [-3.3125, -4.1966, -0.38529]
    const sols = solveLambert([5000, 10_000, 2100], [-14_600, 2500, 7000], 3600, 398_600);
    expect(sols).toHaveLength(1);
    const s = sols[0]!;
    expect(s.revolutions).toBe(0);
    expect(s.branch).toBe('single');
    const v1: Vec3 = [-5.9925, 1.9254, 3.2456];
    const v2: Vec3 = [-3.3125, -4.1966, -0.38529];
    s.v1KmS.forEach((x, i) => expect(Math.abs(x - v1[i]!)).toBeLessThan(1e-4));
    s.v2KmS.forEach((x, i) => expect(Math.abs(x - v2[i]!)).toBeLessThan(1e-4));
  });

  it('reproduces Vallado Example 7-5 (76 min, short way)', () => {
    // Vallado, "Fundamentals of Astrodynamics and Applications", Example 7-5: r1 = 15945.34 I km,
    // r2 = 12214.83899 I + 10249.46731 J km, 76 min -> v1 = 2.058913 I + 2.915965 J, v2 = -3.451565 I + 0.910315 J km/s
    const [s] = solveLambert([15_945.34, 0, 0], [12_214.83899, 10_249.46731, 0], 76 * 60, 398_600.4418);
    const v1: Vec3 = [2.058913, 2.915965, 0];
    const v2: Vec3 = [-3.451565, 0.910315, 0];
    s!.v1KmS.forEach((x, i) => expect(Math.abs(x - v1[i]!)).toBeLessThan(1e-6));
    s!.v2KmS.forEach((x, i) => expect(Math.abs(x - v2[i]!)).toBeLessThan(1e-6));
  });

  it('recovers a known Earth-to-Mars-like heliocentric transfer ellipse (150 deg, inclined 1.85 deg)', () => {
    // Ellipse with perihelion 1 au and aphelion 1.524 au; departure at perihelion, arrival at true anomaly 150 deg.
    // The expected velocities come from the elements through Kepler's equation, an independent route.
    const rp = AU_KM, ra = 1.524 * AU_KM;
    const a = (rp + ra) / 2, e = (ra - rp) / (ra + rp);
    const el = { semiMajorAxisKm: a, eccentricity: e, inclinationRad: 1.85 * DEG, raanRad: 49.6 * DEG, argPeriapsisRad: 10 * DEG, meanAnomalyRad: 0, epochTdbSec: 0 };
    const theta = 150 * DEG;
    const ecc = 2 * Math.atan(Math.sqrt((1 - e) / (1 + e)) * Math.tan(theta / 2));
    const tof = (ecc - e * Math.sin(ecc)) / Math.sqrt(MU_SUN_KM3_S2 / a ** 3);
    expect(tof / DAY_S).toBeGreaterThan(180); // a Mars-like transfer time
    const dep = elementsToState(el, MU_SUN_KM3_S2, 0);
    const arr = elementsToState(el, MU_SUN_KM3_S2, tof);
    const [s] = solveLambert(dep.posKm, arr.posKm, tof, MU_SUN_KM3_S2);
    expect(relDiff(s!.v1KmS, dep.velKmS)).toBeLessThan(1e-10);
    expect(relDiff(s!.v2KmS, arr.velKmS)).toBeLessThan(1e-10);
    // The retrograde request goes round the other way (angular momentum -z).
    const [retro] = solveLambert(dep.posKm, arr.posKm, tof, MU_SUN_KM3_S2, { prograde: false });
    expect(cross(dep.posKm, retro!.v1KmS)[2]).toBeLessThan(0);
    expect(landingErrors(dep.posKm, arr.posKm, tof, MU_SUN_KM3_S2, retro!).pos).toBeLessThan(1e-10);
  });
  it('recovers parabolic and near-parabolic transfers (x ~ 1, where Battin\'s series takes over)', () => {
    const mu = 398_600;
    // Parabola in closed form: r = p / (1 + cos theta), time from periapsis = 1/2 sqrt(p^3/mu) (D + D^3/3), D = tan(theta/2).
    const p = 20_000;
    const h = Math.sqrt(mu * p);
    const at = (theta: number): { r: Vec3; v: Vec3; t: number } => {
      const r = p / (1 + Math.cos(theta));
      const d = Math.tan(theta / 2);
      return {
        r: [r * Math.cos(theta), r * Math.sin(theta), 0],
        v: [(-mu / h) * Math.sin(theta), (mu / h) * (1 + Math.cos(theta)), 0],
        t: 0.5 * Math.sqrt(p ** 3 / mu) * (d + d ** 3 / 3),
      };
    };
    const a = at(-40 * DEG), b = at(75 * DEG);
    const [s] = solveLambert(a.r, b.r, b.t - a.t, mu);
    expect(relDiff(s!.v1KmS, a.v)).toBeLessThan(1e-10);
    expect(relDiff(s!.v2KmS, b.v)).toBeLessThan(1e-10);
    // Either side of e = 1: the transfer parameter x is then within ~1e-3..1e-8 of 1. Reference states come from
    // propagateKepler, checked on its own against Barker's equation (kepler.test.ts).
    const rp = 8000;
    for (const delta of [1e-3, 1e-5, 1e-7, -1e-7, -1e-5, -1e-3]) {
      const vp = Math.sqrt((mu * (2 + delta)) / rp); // e = 1 + delta
      const periapsis = { posKm: [rp, 0, 0] as Vec3, velKmS: [0, vp * Math.cos(0.3), vp * Math.sin(0.3)] as Vec3 };
      const dep = propagateKepler(periapsis, -1500, mu);
      const arr = propagateKepler(periapsis, 4000, mu);
      const [q] = solveLambert(dep.posKm, arr.posKm, 5500, mu);
      expect(relDiff(q!.v1KmS, dep.velKmS)).toBeLessThan(1e-10);
      expect(relDiff(q!.v2KmS, arr.velKmS)).toBeLessThan(1e-10);
    }
  });
});

describe('solveLambert: properties', () => {
  it('every solution up to 3 revolutions lands on r2 (random heliocentric geometries, prograde and retrograde)', () => {
    const rand = seededRandom(2025);
    let checked = 0;
    const perRev = [0, 0, 0, 0];
    for (let i = 0; i < 1500; i++) {
      const r1 = randomPoint(rand, 0.7 * AU_KM, 3.5 * AU_KM, 0.5);
      const r2 = randomPoint(rand, 0.7 * AU_KM, 3.5 * AU_KM, 0.5);
      const tof = (20 + 3000 * rand()) * DAY_S;
      const prograde = rand() < 0.7;
      const sols = solveLambert(r1, r2, tof, MU_SUN_KM3_S2, { maxRevolutions: 3, prograde });
      expect(sols[0]?.branch).toBe('single');
      for (const s of sols) {
        expect([...s.v1KmS, ...s.v2KmS].every(Number.isFinite)).toBe(true);
        const h = cross(r1, s.v1KmS);
        expect(Math.sign(h[2])).toBe(prograde ? 1 : -1);
        // Skip conics that dive through the Sun (r_p < 0.05 au): they are ill-conditioned and unphysical here.
        const el = stateToElements({ posKm: r1, velKmS: s.v1KmS }, MU_SUN_KM3_S2, 0);
        if (el.semiMajorAxisKm * (1 - el.eccentricity) < 0.05 * AU_KM) continue;
        const err = landingErrors(r1, r2, tof, MU_SUN_KM3_S2, s);
        expect(err.pos).toBeLessThan(1e-6);
        expect(err.vel).toBeLessThan(1e-6);
        checked++;
        perRev[s.revolutions]!++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(perRev.every((n) => n > 200)).toBe(true);
  });

  it('returns a left and a right ellipse for each N it reports; right has the larger semi-major axis', () => {
    const rand = seededRandom(99);
    for (let i = 0; i < 500; i++) {
      const mu = 398_600.4418;
      const r1 = randomPoint(rand, 7000, 40_000, 1);
      const r2 = randomPoint(rand, 7000, 40_000, 1);
      const tof = (1 + 100 * rand()) * 3600;
      const sols = solveLambert(r1, r2, tof, mu, { maxRevolutions: 4 });
      const multi = sols.filter((s) => s.revolutions > 0);
      expect(multi.length % 2).toBe(0);
      for (let k = 0; k < multi.length; k += 2) {
        const [left, right] = [multi[k]!, multi[k + 1]!];
        expect(left.revolutions).toBe(right.revolutions);
        expect([left.branch, right.branch]).toEqual(['left', 'right']);
        const aLeft = stateToElements({ posKm: r1, velKmS: left.v1KmS }, mu, 0).semiMajorAxisKm;
        const aRight = stateToElements({ posKm: r1, velKmS: right.v1KmS }, mu, 0).semiMajorAxisKm;
        expect(aRight).toBeGreaterThan(aLeft);
        // N revolutions need at least N periods of the smallest ellipse through both points (a_min = s/2).
        const s = (norm(r1) + norm(r2) + distance(r1, r2)) / 2;
        expect(tof).toBeGreaterThan(left.revolutions * 2 * Math.PI * Math.sqrt((s / 2) ** 3 / mu));
      }
    }
  });

  it('lets maxRevolutions cap the families (and defaults to the single solution)', () => {
    const r1: Vec3 = [7000, 0, 0], r2: Vec3 = [-5000, 9000, 1000];
    const tof = 86_400;
    expect(solveLambert(r1, r2, tof, 398_600)).toHaveLength(1);
    const all = solveLambert(r1, r2, tof, 398_600, { maxRevolutions: 50 });
    const two = solveLambert(r1, r2, tof, 398_600, { maxRevolutions: 2 });
    expect(two).toHaveLength(5);
    expect(all.length).toBeGreaterThan(5);
    expect(all.slice(0, 5)).toEqual(two);
  });
});

describe('solveLambert: degenerate input', () => {
  it('stays finite near 180 degrees and returns nothing when r1, r2 and the centre are collinear', () => {
    const r1: Vec3 = [7000, 0, 0];
    for (const eps of [1e-3, 1e-6, 1e-9, 1e-11]) {
      const r2: Vec3 = [-8000 * Math.cos(eps), 8000 * Math.sin(eps), 0];
      const sols = solveLambert(r1, r2, 20_000, 398_600, { maxRevolutions: 2 });
      expect(sols.length).toBe(5);
      for (const s of sols) {
        expect([...s.v1KmS, ...s.v2KmS].every(Number.isFinite)).toBe(true);
        expect(landingErrors(r1, r2, 20_000, 398_600, s).pos).toBeLessThan(1e-9);
      }
    }
    expect(solveLambert(r1, [-8000, 0, 0], 20_000, 398_600)).toEqual([]);
    expect(solveLambert(r1, [7000, 0, 0], 20_000, 398_600, { maxRevolutions: 3 })).toEqual([]);
  });

  it('throws a clear error for a non-positive or non-finite time of flight', () => {
    expect(() => solveLambert([7000, 0, 0], [0, 7000, 0], 0, 398_600)).toThrow(/time of flight must be a positive/);
    expect(() => solveLambert([7000, 0, 0], [0, 7000, 0], -60, 398_600)).toThrow(/time of flight/);
    expect(() => solveLambert([7000, 0, 0], [0, 7000, 0], Number.NaN, 398_600)).toThrow(/time of flight/);
  });
});
