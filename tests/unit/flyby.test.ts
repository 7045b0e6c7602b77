import { describe, expect, it } from 'vitest';
import {
  defaultPlaneNormal,
  excessVelocity,
  flybyAtPeriapsis,
  flybyFromVInf,
  hyperbolaAtPeriapsis,
  periapsisForTurningAngle,
  timeToRadius,
  turningAngleRad,
  unpoweredOutgoingVInf,
} from '../../src/core/flyby.ts';
import { propagateKepler } from '../../src/core/kepler.ts';
import { DAY_S, DEG, MU_EARTH_KM3_S2 } from '../../src/core/constants.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import { angleBetween, cross, dot, norm, normalize, type Vec3 } from '../../src/core/vec3.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

/** Venus GM and radius as used in Curtis, "Orbital Mechanics for Engineering Students" (Table A.1/A.2). */
const MU_VENUS_CURTIS = 324_900;
const R_VENUS_CURTIS = 6052;

const vInfSqFromVisViva = (s: StateVector, mu: number): number => dot(s.velKmS, s.velKmS) - (2 * mu) / norm(s.posKm);

function randomUnit(rand: () => number): Vec3 {
  const z = 2 * rand() - 1;
  const lon = 2 * Math.PI * rand();
  const c = Math.sqrt(1 - z * z);
  return [c * Math.cos(lon), c * Math.sin(lon), z];
}

describe('turning angle', () => {
  it('reproduces Curtis Example 8.6 (Venus flyby, 300 km periapsis altitude)', () => {
    // Curtis Example 8.6: V1 = [37.51, 2.782, 0] km/s heliocentric, Venus V = [35.02, 0, 0] km/s, r_p = 6052 + 300 km
    // -> delta = 103.6 deg; dark-side approach V2 = [31.73, 1.766, 0], sunlit-side approach V2 = [37.14, -3.074, 0].
    const venus: Vec3 = [35.02, 0, 0];
    const vInfIn: Vec3 = [37.51 - 35.02, 2.782, 0];
    const rp = R_VENUS_CURTIS + 300;
    expect(turningAngleRad(norm(vInfIn), rp, MU_VENUS_CURTIS) / DEG).toBeCloseTo(103.6, 1);
    const dark = unpoweredOutgoingVInf(vInfIn, rp, [0, 0, 1], MU_VENUS_CURTIS);
    const sunlit = unpoweredOutgoingVInf(vInfIn, rp, [0, 0, -1], MU_VENUS_CURTIS);
    const v2Dark: Vec3 = [31.73, 1.766, 0];
    const v2Sunlit: Vec3 = [37.14, -3.074, 0];
    dark.forEach((x, i) => expect(Math.abs(x + venus[i]! - v2Dark[i]!)).toBeLessThan(0.005));
    sunlit.forEach((x, i) => expect(Math.abs(x + venus[i]! - v2Sunlit[i]!)).toBeLessThan(0.005));
    // The inverse question gives back the book's periapsis from the book's rounded outputs.
    const fromBook = flybyFromVInf(vInfIn, [v2Dark[0] - venus[0], v2Dark[1], 0], MU_VENUS_CURTIS);
    expect(Math.abs(fromBook.periapsisKm - rp) / rp).toBeLessThan(2e-3);
  });

  it('periapsisForTurningAngle inverts turningAngleRad', () => {
    const rand = seededRandom(5);
    for (let i = 0; i < 1000; i++) {
      const vInf = 0.1 + 20 * rand();
      const rp = 1000 + 1e6 * rand();
      const delta = turningAngleRad(vInf, rp, MU_EARTH_KM3_S2);
      expect(delta).toBeGreaterThan(0);
      expect(delta).toBeLessThan(Math.PI);
      expect(periapsisForTurningAngle(vInf, delta, MU_EARTH_KM3_S2) / rp).toBeCloseTo(1, 9);
    }
  });
});

describe('flybyFromVInf and flybyAtPeriapsis', () => {
  it('an unpowered flyby: periapsis recovered, no burn, asymptotes equal v_inf_in and v_inf_out', () => {
    const rand = seededRandom(8);
    for (let i = 0; i < 500; i++) {
      const vInfIn = randomUnit(rand).map((x) => x * (1 + 10 * rand())) as Vec3;
      const rp = 6500 + 50_000 * rand();
      const normal = randomUnit(rand);
      const vInfOut = unpoweredOutgoingVInf(vInfIn, rp, normal, MU_EARTH_KM3_S2);
      const fb = flybyAtPeriapsis(vInfIn, vInfOut, 1e8, MU_EARTH_KM3_S2);
      expect(fb.periapsisKm / rp).toBeCloseTo(1, 9);
      expect(Math.abs(fb.poweredDeltaVKmS)).toBeLessThan(1e-12);
      expect(fb.departure.posKm).toEqual(fb.arrival.posKm);
      expect(norm(fb.departure.velKmS) / norm(fb.arrival.velKmS)).toBeCloseTo(1, 14);
      expect(fb.arrival.tdbSec).toBe(1e8);
      expect(norm(fb.arrival.posKm) / rp).toBeCloseTo(1, 12);
      expect(angleBetween(excessVelocity(fb.arrival, MU_EARTH_KM3_S2, 'incoming'), vInfIn)).toBeLessThan(1e-9);
      expect(angleBetween(excessVelocity(fb.departure, MU_EARTH_KM3_S2, 'outgoing'), vInfOut)).toBeLessThan(1e-9);
      // v_inf^2 = v^2 - 2 mu / r (vis-viva with a = -mu / v_inf^2)
      expect(vInfSqFromVisViva(fb.arrival, MU_EARTH_KM3_S2) / dot(vInfIn, vInfIn)).toBeCloseTo(1, 12);
    }
  });

  it('a powered flyby: one tangential burn at a common periapsis joins the two hyperbolas', () => {
    const rand = seededRandom(9);
    for (let i = 0; i < 500; i++) {
      const vInfIn = randomUnit(rand).map((x) => x * (2 + 5 * rand())) as Vec3;
      const vInfOut = randomUnit(rand).map((x) => x * (2 + 5 * rand())) as Vec3;
      if (angleBetween(vInfIn, vInfOut) < 5 * DEG || angleBetween(vInfIn, vInfOut) > 175 * DEG) continue;
      const fb = flybyAtPeriapsis(vInfIn, vInfOut, 0, MU_EARTH_KM3_S2);
      const { arrival, departure } = fb;
      expect(arrival.posKm).toEqual(departure.posKm);
      expect(angleBetween(arrival.velKmS, departure.velKmS)).toBeLessThan(1e-12);
      expect(norm(departure.velKmS) - norm(arrival.velKmS)).toBeCloseTo(fb.poweredDeltaVKmS, 12);
      expect(Math.sign(fb.poweredDeltaVKmS)).toBe(Math.sign(norm(vInfOut) - norm(vInfIn)));
      expect(angleBetween(excessVelocity(arrival, MU_EARTH_KM3_S2, 'incoming'), vInfIn)).toBeLessThan(1e-9);
      expect(angleBetween(excessVelocity(departure, MU_EARTH_KM3_S2, 'outgoing'), vInfOut)).toBeLessThan(1e-9);
      expect(vInfSqFromVisViva(arrival, MU_EARTH_KM3_S2) / dot(vInfIn, vInfIn)).toBeCloseTo(1, 12);
      expect(vInfSqFromVisViva(departure, MU_EARTH_KM3_S2) / dot(vInfOut, vInfOut)).toBeCloseTo(1, 12);
      expect(dot(normalize(cross(arrival.posKm, arrival.velKmS)), fb.planeNormal)).toBeCloseTo(1, 12);
    }
  });

  it('the asymptotes are where the propagated hyperbola actually goes', () => {
    const vInfIn: Vec3 = [2.1, -3.4, 0.7];
    const vInfOut: Vec3 = [-1.2, -3.6, 1.9];
    const fb = flybyAtPeriapsis(vInfIn, vInfOut, 0, MU_EARTH_KM3_S2);
    const past = propagateKepler(fb.arrival, -300 * DAY_S, MU_EARTH_KM3_S2);
    const future = propagateKepler(fb.departure, 300 * DAY_S, MU_EARTH_KM3_S2);
    // far out the velocity approaches v_inf; the residual bending falls off like mu / (r v_inf^2)
    expect(angleBetween(past.velKmS, vInfIn)).toBeLessThan(1e-3);
    expect(angleBetween(future.velKmS, vInfOut)).toBeLessThan(1e-3);
    expect(norm(past.velKmS) / norm(vInfIn)).toBeCloseTo(1, 3);
  });

  it('rejects (anti)parallel asymptotes: no plane, no finite periapsis', () => {
    expect(() => flybyFromVInf([1, 2, 3], [2, 4, 6], MU_EARTH_KM3_S2)).toThrow(/parallel/);
    expect(() => flybyFromVInf([1, 2, 3], [-1, -2, -3], MU_EARTH_KM3_S2)).toThrow(/parallel/);
  });
});

describe('departure hyperbola and timeToRadius', () => {
  it('defaultPlaneNormal is perpendicular to v_inf and the closest such normal to +z', () => {
    const rand = seededRandom(12);
    for (let i = 0; i < 200; i++) {
      const v = randomUnit(rand).map((x) => x * 3) as Vec3;
      const h = defaultPlaneNormal(v);
      expect(dot(h, v)).toBeCloseTo(0, 12);
      expect(norm(h)).toBeCloseTo(1, 14);
      // any other unit normal perpendicular to v has a smaller z component
      const other = normalize(cross(v, randomUnit(rand)));
      expect(other[2]).toBeLessThanOrEqual(h[2] + 1e-12);
    }
    expect(defaultPlaneNormal([0, 0, 2])).toEqual([1, 0, 0]);
  });

  it('builds a departure hyperbola leaving along v_inf_out in the default (prograde) plane', () => {
    const vInfOut: Vec3 = [2.2, 1.4, -0.9];
    const rp = 6378 + 200;
    const dep = hyperbolaAtPeriapsis({ vInfKmS: vInfOut, asymptote: 'outgoing', periapsisKm: rp, periapsisTdbSec: 1e6, muKm3S2: MU_EARTH_KM3_S2 });
    expect(dep.tdbSec).toBe(1e6);
    expect(dot(dep.posKm, dep.velKmS)).toBeCloseTo(0, 6); // periapsis
    expect(cross(dep.posKm, dep.velKmS)[2]).toBeGreaterThan(0);
    expect(angleBetween(excessVelocity(dep, MU_EARTH_KM3_S2, 'outgoing'), vInfOut)).toBeLessThan(1e-9);
    // a chosen normal is honoured after removing its v_inf component
    const tilted = hyperbolaAtPeriapsis({ vInfKmS: vInfOut, asymptote: 'outgoing', periapsisKm: rp, periapsisTdbSec: 0, muKm3S2: MU_EARTH_KM3_S2, planeNormal: [1, 0, 0] });
    const h = normalize(cross(tilted.posKm, tilted.velKmS));
    expect(dot(h, normalize(vInfOut))).toBeCloseTo(0, 12);
    expect(h[0]).toBeGreaterThan(0);
  });

  it('reproduces Curtis Example 3.5: perigee 300 km altitude at 15 km/s reaches r = 48497 km (theta = 100 deg) after 4141 s', () => {
    const perigee: StateVector = { posKm: [6378 + 300, 0, 0], velKmS: [0, 15, 0] };
    const t = timeToRadius(perigee, 48_497, 398_600);
    expect(t).not.toBeNull();
    expect(Math.abs(t!.outboundSec - 4141)).toBeLessThan(1);
    expect(t!.inboundSec).toBeCloseTo(-t!.outboundSec, 9);
  });

  it('gives the sphere-of-influence crossing times of an Earth departure, from periapsis or from any state', () => {
    const soiKm = 925_000;
    const dep = hyperbolaAtPeriapsis({ vInfKmS: [2.5, -1.1, 0.4], asymptote: 'outgoing', periapsisKm: 6578, periapsisTdbSec: 0, muKm3S2: MU_EARTH_KM3_S2 });
    const t = timeToRadius(dep, soiKm, MU_EARTH_KM3_S2)!;
    expect(t.outboundSec / DAY_S).toBeGreaterThan(2);
    expect(t.outboundSec / DAY_S).toBeLessThan(6);
    expect(norm(propagateKepler(dep, t.outboundSec, MU_EARTH_KM3_S2).posKm) / soiKm).toBeCloseTo(1, 9);
    expect(norm(propagateKepler(dep, t.inboundSec, MU_EARTH_KM3_S2).posKm) / soiKm).toBeCloseTo(1, 9);
    // from a state one day after periapsis, the same crossings one day nearer/further
    const later = propagateKepler(dep, DAY_S, MU_EARTH_KM3_S2);
    const t2 = timeToRadius(later, soiKm, MU_EARTH_KM3_S2)!;
    expect(t2.outboundSec).toBeCloseTo(t.outboundSec - DAY_S, 5);
    expect(t2.inboundSec).toBeCloseTo(t.inboundSec - DAY_S, 5);
  });

  it('works on ellipses and returns null for radii the conic never reaches', () => {
    const perigee: StateVector = { posKm: [7000, 0, 0], velKmS: [0, 9, 0] }; // ellipse
    const t = timeToRadius(perigee, 15_000, 398_600)!; // apogee 17242 km
    expect(norm(propagateKepler(perigee, t.outboundSec, 398_600).posKm)).toBeCloseTo(15_000, 5);
    expect(norm(propagateKepler(perigee, t.inboundSec, 398_600).posKm)).toBeCloseTo(15_000, 5);
    expect(timeToRadius(perigee, 6000, 398_600)).toBeNull(); // below periapsis
    expect(timeToRadius(perigee, 1e7, 398_600)).toBeNull(); // beyond apoapsis
    expect(timeToRadius({ posKm: [7000, 0, 0], velKmS: [0, 15, 0] }, 6000, 398_600)).toBeNull();
  });
});
