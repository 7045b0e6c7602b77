import { describe, expect, it } from 'vitest';
import type { KeplerianElements } from '../../src/core/elements.ts';
import {
  elementsToState,
  meanMotionRadS,
  propagateKepler,
  solveKeplerElliptic,
  solveKeplerHyperbolic,
  stateToElements,
  trueAnomalyRad,
} from '../../src/core/kepler.ts';
import { DEG, MU_SUN_KM3_S2 } from '../../src/core/constants.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import { cross, distance, dot, norm, type Vec3 } from '../../src/core/vec3.ts';
import { seededRandom as rng } from '../../src/core/seeded-random.ts';

/** Earth's GM as used in Curtis, "Orbital Mechanics for Engineering Students" (Table A.2). */
const MU_CURTIS = 398_600;
/** Earth's GM as used in Vallado, "Fundamentals of Astrodynamics and Applications", 4th ed. */
const MU_VALLADO = 398_600.4418;

const energy = (s: StateVector, mu: number): number => dot(s.velKmS, s.velKmS) / 2 - mu / norm(s.posKm);
const relDiff = (a: Vec3, b: Vec3): number => distance(a, b) / norm(b);
const angleDiff = (a: number, b: number): number => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
const copy = (s: StateVector): StateVector => ({ posKm: [...s.posKm], velKmS: [...s.velKmS] });

function randomElements(rand: () => number, hyperbolic: boolean): KeplerianElements {
  const e = hyperbolic ? 1.01 + rand() * 3 : 0.01 + rand() * 0.95;
  const rp = 7000 + rand() * 50_000;
  return {
    semiMajorAxisKm: rp / (1 - e),
    eccentricity: e,
    inclinationRad: (0.01 + rand() * 0.98) * Math.PI, // prograde and retrograde, away from the equatorial case
    raanRad: rand() * 2 * Math.PI,
    argPeriapsisRad: rand() * 2 * Math.PI,
    meanAnomalyRad: hyperbolic ? (rand() - 0.5) * 20 : rand() * 2 * Math.PI,
    epochTdbSec: 1e8 * rand(),
  };
}

describe('Kepler equation', () => {
  it('solves the elliptic case of Vallado Example 2-1 (M = 235.4 deg, e = 0.4 -> E = 220.512074767522 deg)', () => {
    expect(solveKeplerElliptic(235.4 * DEG, 0.4) / DEG).toBeCloseTo(220.512074767522, 9);
  });
  it('solves Curtis Example 3.2 (M = 3.6029 rad, e = 0.37255 -> E = 3.4794 rad)', () => {
    expect(solveKeplerElliptic(3.6029, 0.37255)).toBeCloseTo(3.4794, 4);
  });
  it('solves the hyperbolic case of Vallado Example 2-3 (M = 235.4 deg, e = 2.4 -> H = 1.601376144 rad)', () => {
    expect(solveKeplerHyperbolic(235.4 * DEG, 2.4)).toBeCloseTo(1.601376144, 8); // printed to 9 decimals
  });
  it('leaves a residual at rounding level for all e, including e -> 1 and many revolutions', () => {
    const rand = rng(1);
    for (let i = 0; i < 5000; i++) {
      const e = i % 10 === 0 ? 1 - 10 ** (-1 - 8 * rand()) : rand();
      const m = (rand() - 0.5) * 200;
      const ecc = solveKeplerElliptic(m, e);
      expect(Math.abs(ecc - e * Math.sin(ecc) - m)).toBeLessThan(1e-13 * Math.max(1, Math.abs(m)));
      const eh = i % 10 === 0 ? 1 + 10 ** (-1 - 8 * rand()) : 1 + 5 * rand();
      const mh = (rand() - 0.5) * 10 ** (6 * rand());
      const f = solveKeplerHyperbolic(mh, eh);
      expect(Math.abs(eh * Math.sinh(f) - f - mh)).toBeLessThan(1e-13 * Math.max(1, Math.abs(mh)));
    }
  });
  it('rejects eccentricities outside its domain', () => {
    expect(() => solveKeplerElliptic(1, 1)).toThrow(/eccentricity/);
    expect(() => solveKeplerHyperbolic(1, 0.5)).toThrow(/eccentricity/);
  });
});

describe('stateToElements', () => {
  // Curtis Example 4.3: r = [-6045, -3490, 2500] km, v = [-3.457, 6.618, 2.533] km/s ->
  // e = 0.1712, i = 153.2 deg, raan = 255.3 deg, argp = 20.07 deg, theta = 28.45 deg, a = 8788 km.
  const state: StateVector = { posKm: [-6045, -3490, 2500], velKmS: [-3.457, 6.618, 2.533] };
  it('reproduces Curtis Example 4.3', () => {
    const el = stateToElements(state, MU_CURTIS, 0);
    expect(el.eccentricity).toBeCloseTo(0.1712, 4);
    expect(el.inclinationRad / DEG).toBeCloseTo(153.2, 1);
    expect(el.raanRad / DEG).toBeCloseTo(255.3, 1);
    expect(el.argPeriapsisRad / DEG).toBeCloseTo(20.07, 2);
    expect(trueAnomalyRad(state, MU_CURTIS) / DEG).toBeCloseTo(28.45, 2);
    expect(Math.abs(el.semiMajorAxisKm - 8788)).toBeLessThan(0.5);
  });

  it('uses raan = 0 for equatorial orbits and argp = 0 for circular ones (documented convention)', () => {
    const mu = MU_CURTIS;
    const r = 7000;
    const vc = Math.sqrt(mu / r);
    const lon = 40 * DEG;
    const circularEquatorial: StateVector = {
      posKm: [r * Math.cos(lon), r * Math.sin(lon), 0],
      velKmS: [-vc * Math.sin(lon), vc * Math.cos(lon), 0],
    };
    const el = stateToElements(circularEquatorial, mu, 0);
    expect(el.eccentricity).toBe(0);
    expect(el.inclinationRad).toBe(0);
    expect(el.raanRad).toBe(0);
    expect(el.argPeriapsisRad).toBe(0);
    expect(el.meanAnomalyRad).toBeCloseTo(lon, 12); // true longitude

    // circular, inclined 30 deg, node at 70 deg, 25 deg past the node: mean anomaly = argument of latitude
    const inclined = elementsToState(
      { semiMajorAxisKm: r, eccentricity: 0, inclinationRad: 30 * DEG, raanRad: 70 * DEG, argPeriapsisRad: 0, meanAnomalyRad: 25 * DEG, epochTdbSec: 0 },
      mu,
    );
    const eli = stateToElements(inclined, mu, 0);
    expect(eli.argPeriapsisRad).toBe(0);
    expect(eli.raanRad / DEG).toBeCloseTo(70, 10);
    expect(eli.meanAnomalyRad / DEG).toBeCloseTo(25, 10);

    // retrograde equatorial ellipse: raan = 0, i = pi; the round trip must hold
    const retro: KeplerianElements = { semiMajorAxisKm: 9000, eccentricity: 0.2, inclinationRad: Math.PI, raanRad: 0, argPeriapsisRad: 1.1, meanAnomalyRad: 0.4, epochTdbSec: 0 };
    const back = stateToElements(elementsToState(retro, mu), mu, 0);
    expect(back.inclinationRad).toBeCloseTo(Math.PI, 12);
    expect(back.raanRad).toBe(0);
    expect(back.argPeriapsisRad).toBeCloseTo(1.1, 10);
    expect(back.meanAnomalyRad).toBeCloseTo(0.4, 10);
  });

  it('rejects rectilinear and exactly parabolic states', () => {
    expect(() => stateToElements({ posKm: [7000, 0, 0], velKmS: [3, 0, 0] }, MU_CURTIS, 0)).toThrow(/rectilinear/);
    // r = 2 mu / v^2 exactly in floating point: 1/a = 2/r - v^2/mu = 0
    expect(() => stateToElements({ posKm: [2 * MU_CURTIS, 0, 0], velKmS: [0, 1, 0] }, MU_CURTIS, 0)).toThrow(/parabolic/);
  });
});

describe('elementsToState', () => {
  it('reproduces Curtis Example 4.7 (hyperbola: h = 80000 km^2/s, e = 1.4, i = 30, raan = 40, argp = 60, theta = 30 deg)', () => {
    // Expected: r = [-4040, 4815, 3629] km, v = [-10.39, -4.772, 1.744] km/s.
    const h = 80_000, e = 1.4, theta = 30 * DEG;
    const a = (h * h) / MU_CURTIS / (1 - e * e);
    const f = 2 * Math.atanh(Math.sqrt((e - 1) / (e + 1)) * Math.tan(theta / 2));
    const el: KeplerianElements = {
      semiMajorAxisKm: a, eccentricity: e, inclinationRad: 30 * DEG, raanRad: 40 * DEG, argPeriapsisRad: 60 * DEG,
      meanAnomalyRad: e * Math.sinh(f) - f, epochTdbSec: 0,
    };
    const s = elementsToState(el, MU_CURTIS);
    const expectedR: Vec3 = [-4040, 4815, 3629];
    const expectedV: Vec3 = [-10.39, -4.772, 1.744];
    s.posKm.forEach((x, i) => expect(Math.abs(x - expectedR[i]!)).toBeLessThan(0.5));
    s.velKmS.forEach((x, i) => expect(Math.abs(x - expectedV[i]!)).toBeLessThan(0.005));
  });

  it('moves along the orbit when given a time other than the epoch', () => {
    const el: KeplerianElements = { semiMajorAxisKm: 1.2e8, eccentricity: 0.1, inclinationRad: 0.1, raanRad: 1, argPeriapsisRad: 2, meanAnomalyRad: 0.3, epochTdbSec: 5e7 };
    const later = elementsToState(el, MU_SUN_KM3_S2, 5e7 + 1e6);
    const shifted = elementsToState({ ...el, meanAnomalyRad: 0.3 + meanMotionRadS(1.2e8, MU_SUN_KM3_S2) * 1e6 }, MU_SUN_KM3_S2);
    expect(relDiff(later.posKm, shifted.posKm)).toBeLessThan(1e-14);
  });

  it('rejects a/e combinations that are neither ellipse nor hyperbola', () => {
    const base: KeplerianElements = { semiMajorAxisKm: 7000, eccentricity: 1.2, inclinationRad: 0, raanRad: 0, argPeriapsisRad: 0, meanAnomalyRad: 0, epochTdbSec: 0 };
    expect(() => elementsToState(base, MU_CURTIS)).toThrow(/ellipse/);
    expect(() => elementsToState({ ...base, semiMajorAxisKm: -7000, eccentricity: 0.5 }, MU_CURTIS)).toThrow(/hyperbola/);
  });

  it('round-trips elements -> state -> elements (random elliptic and hyperbolic, prograde and retrograde)', () => {
    const rand = rng(7);
    for (let i = 0; i < 2000; i++) {
      const hyperbolic = i % 2 === 1;
      const el = randomElements(rand, hyperbolic);
      const state = elementsToState(el, MU_CURTIS);
      const back = stateToElements(state, MU_CURTIS, el.epochTdbSec);
      expect(Math.abs(back.semiMajorAxisKm - el.semiMajorAxisKm) / Math.abs(el.semiMajorAxisKm)).toBeLessThan(1e-11);
      expect(Math.abs(back.eccentricity - el.eccentricity)).toBeLessThan(1e-11);
      expect(angleDiff(back.inclinationRad, el.inclinationRad)).toBeLessThan(1e-11);
      expect(angleDiff(back.raanRad, el.raanRad)).toBeLessThan(1e-10);
      expect(angleDiff(back.argPeriapsisRad, el.argPeriapsisRad)).toBeLessThan(1e-9);
      if (hyperbolic) expect(Math.abs(back.meanAnomalyRad - el.meanAnomalyRad)).toBeLessThan(1e-9 * Math.max(1, Math.abs(el.meanAnomalyRad)));
      else expect(angleDiff(back.meanAnomalyRad, el.meanAnomalyRad)).toBeLessThan(1e-9);
      // and state -> elements -> state
      const again = elementsToState(back, MU_CURTIS);
      expect(relDiff(again.posKm, state.posKm)).toBeLessThan(1e-12);
      expect(relDiff(again.velKmS, state.velKmS)).toBeLessThan(1e-12);
    }
  });
});

describe('propagateKepler', () => {
  it('reproduces Vallado Example 2-4 (40 min)', () => {
    // r0 = [1131.340, -2282.343, 6672.423] km, v0 = [-5.64305, 4.30333, 2.42879] km/s ->
    // r = [-4219.7527, 4363.0292, -3958.7666] km, v = [3.689866, -1.916735, -6.112511] km/s
    const s = propagateKepler({ posKm: [1131.34, -2282.343, 6672.423], velKmS: [-5.64305, 4.30333, 2.42879] }, 40 * 60, MU_VALLADO);
    const r: Vec3 = [-4219.7527, 4363.0292, -3958.7666];
    const v: Vec3 = [3.689866, -1.916735, -6.112511];
    s.posKm.forEach((x, i) => expect(Math.abs(x - r[i]!)).toBeLessThan(1e-4));
    s.velKmS.forEach((x, i) => expect(Math.abs(x - v[i]!)).toBeLessThan(1e-6));
  });

  it('reproduces Curtis Example 3.7 (hyperbola, r0 = 10000 km, v0 = 10 km/s, theta0 = 30 deg -> theta = 100.04 deg after 1 h)', () => {
    const r0 = 10_000, v0 = 10, theta0 = 30 * DEG;
    const a = 1 / (2 / r0 - (v0 * v0) / MU_CURTIS);
    // orbit equation r0 = a (1 - e^2) / (1 + e cos theta0), solved for e > 1
    const c = Math.cos(theta0);
    const e = (-r0 * c - Math.sqrt(r0 * r0 * c * c - 4 * a * (r0 - a))) / (2 * a);
    const h = Math.sqrt(MU_CURTIS * a * (1 - e * e));
    const s0: StateVector = {
      posKm: [r0 * Math.cos(theta0), r0 * Math.sin(theta0), 0],
      velKmS: [(-MU_CURTIS / h) * Math.sin(theta0), (MU_CURTIS / h) * (e + Math.cos(theta0)), 0],
    };
    expect(norm(s0.velKmS)).toBeCloseTo(10, 12);
    expect(trueAnomalyRad(propagateKepler(s0, 3600, MU_CURTIS), MU_CURTIS) / DEG).toBeCloseTo(100.04, 2);
  });

  it('reproduces Curtis Example 3.5 (hyperbola, perigee 300 km altitude at 15 km/s; after 14941 s r = 163180 km, v = 10.51 km/s)', () => {
    const s = propagateKepler({ posKm: [6378 + 300, 0, 0], velKmS: [0, 15, 0] }, 14_941, MU_CURTIS);
    // The book rounds intermediate values (r is given to 4-5 figures): compare at 1e-4.
    expect(Math.abs(norm(s.posKm) - 163_180) / 163_180).toBeLessThan(1e-4);
    expect(norm(s.velKmS)).toBeCloseTo(10.51, 2);
  });

  it('agrees with the parabola in closed form (Barker\'s equation)', () => {
    const p = 12_000;
    const theta0 = -60 * DEG;
    const h = Math.sqrt(MU_CURTIS * p);
    const stateAt = (theta: number): StateVector => {
      const r = p / (1 + Math.cos(theta));
      return {
        posKm: [r * Math.cos(theta), r * Math.sin(theta), 0],
        velKmS: [(-MU_CURTIS / h) * Math.sin(theta), (MU_CURTIS / h) * (1 + Math.cos(theta)), 0],
      };
    };
    // time from periapsis: t = 1/2 sqrt(p^3/mu) (D + D^3/3), D = tan(theta/2); inverse by Cardano.
    const timeOf = (theta: number): number => {
      const d = Math.tan(theta / 2);
      return 0.5 * Math.sqrt(p ** 3 / MU_CURTIS) * (d + d ** 3 / 3);
    };
    const thetaAt = (t: number): number => {
      const w = 3 * Math.sqrt(MU_CURTIS / p ** 3) * t; // D^3 + 3 D = 2 w
      const b = Math.cbrt(w + Math.sqrt(w * w + 1));
      return 2 * Math.atan(b - 1 / b);
    };
    const start = stateAt(theta0);
    for (const dt of [-5e4, -3000, 10, 3000, 2e4, 1e6]) {
      const got = propagateKepler(start, dt, MU_CURTIS);
      const want = stateAt(thetaAt(timeOf(theta0) + dt));
      expect(relDiff(got.posKm, want.posKm)).toBeLessThan(1e-11);
      expect(relDiff(got.velKmS, want.velKmS)).toBeLessThan(1e-11);
    }
  });

  it('matches elementsToState at a later time (independent route through Kepler\'s equation), many revolutions included', () => {
    const rand = rng(11);
    for (let i = 0; i < 1000; i++) {
      const el = randomElements(rand, i % 3 === 0);
      const start = elementsToState(el, MU_CURTIS);
      const period = (2 * Math.PI) / meanMotionRadS(el.semiMajorAxisKm, MU_CURTIS);
      const dt = (rand() - 0.5) * period * (el.semiMajorAxisKm > 0 ? 2000 : 20);
      const got = propagateKepler(start, dt, MU_CURTIS);
      const want = elementsToState(el, MU_CURTIS, el.epochTdbSec + dt);
      expect(relDiff(got.posKm, want.posKm)).toBeLessThan(1e-9);
      expect(relDiff(got.velKmS, want.velKmS)).toBeLessThan(1e-9);
    }
  });

  it('conserves energy and angular momentum, and going forward then back returns to the start', () => {
    const rand = rng(3);
    for (let i = 0; i < 2000; i++) {
      // heliocentric states from slow ellipses through near-parabolic to fast hyperbolas
      const r = 1.496e8 * (0.3 + 5 * rand());
      const vCirc = Math.sqrt(MU_SUN_KM3_S2 / r);
      const speed = vCirc * (0.3 + 1.7 * rand());
      const dir: Vec3 = [rand() - 0.5, rand() - 0.5, rand() - 0.5];
      const k = speed / norm(dir);
      const s0: StateVector = { posKm: [r, 0, 0], velKmS: [dir[0] * k, dir[1] * k, dir[2] * k] };
      if (norm(cross(s0.posKm, s0.velKmS)) < 0.05 * r * speed) continue; // nearly rectilinear: ill-conditioned
      const dt = (rand() - 0.5) * 3.15e9; // up to +-50 years
      const s1 = propagateKepler(s0, dt, MU_SUN_KM3_S2);
      const e0 = energy(s0, MU_SUN_KM3_S2);
      expect(Math.abs(energy(s1, MU_SUN_KM3_S2) - e0) / Math.abs(e0)).toBeLessThan(1e-9);
      expect(relDiff(cross(s1.posKm, s1.velKmS), cross(s0.posKm, s0.velKmS))).toBeLessThan(1e-10);
      const back = propagateKepler(s1, -dt, MU_SUN_KM3_S2);
      expect(relDiff(back.posKm, s0.posKm)).toBeLessThan(1e-9);
      expect(relDiff(back.velKmS, s0.velKmS)).toBeLessThan(1e-9);
    }
  });

  it('handles near-parabolic orbits on both sides of e = 1', () => {
    for (const e of [1 - 1e-9, 1 - 1e-6, 1 + 1e-6, 1 + 1e-9]) {
      const rp = 1e7;
      const el: KeplerianElements = { semiMajorAxisKm: rp / (1 - e), eccentricity: e, inclinationRad: 0.5, raanRad: 1, argPeriapsisRad: 2, meanAnomalyRad: 0, epochTdbSec: 0 };
      const peri = elementsToState(el, MU_SUN_KM3_S2);
      for (const dt of [-1e8, -1e6, 1e5, 1e7, 3e8]) {
        const s = propagateKepler(peri, dt, MU_SUN_KM3_S2);
        const back = propagateKepler(s, -dt, MU_SUN_KM3_S2);
        expect(relDiff(back.posKm, peri.posKm)).toBeLessThan(1e-9);
        expect(Math.abs(norm(cross(s.posKm, s.velKmS)) / norm(cross(peri.posKm, peri.velKmS)) - 1)).toBeLessThan(1e-10);
      }
    }
  });

  it('is exact for dt = 0, writes into `out`, and tolerates out === state', () => {
    const s0: StateVector = { posKm: [7000, 100, -50], velKmS: [0.1, 7.5, 0.2] };
    expect(propagateKepler(s0, 0, MU_CURTIS)).toEqual(s0);
    const out: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    const ret = propagateKepler(s0, 1234, MU_CURTIS, out);
    expect(ret).toBe(out);
    const inPlace = copy(s0);
    propagateKepler(inPlace, 1234, MU_CURTIS, inPlace);
    expect(inPlace).toEqual(out);
  });
});
