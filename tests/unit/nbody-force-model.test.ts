import { describe, expect, it } from 'vitest';
import { AU_KM, DAY_S, MU_SUN_KM3_S2, SPEED_OF_LIGHT_KM_S } from '../../src/core/constants.ts';
import { propagateKepler } from '../../src/core/kepler.ts';
import { integrateAdams } from '../../src/core/nbody/adams-integrator.ts';
import { HeliocentricForceModel } from '../../src/core/nbody/force-model.ts';
import { PlanetPositionTable, TABLE_STEP_DAYS } from '../../src/core/nbody/planet-position-table.ts';
import { propagateSmallBody } from '../../src/core/nbody/propagate-small-body.ts';
import { helioPosEqjKm, planetGmKm3S2, type PlanetName } from '../../src/core/planets.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import { distance, type Vec3 } from '../../src/core/vec3.ts';

const YEAR_S = 365.25 * DAY_S;
const sunOnly = { perturbers: [], relativity: false };

/** An eccentric, inclined orbit at perihelion: a (au), e, i (rad) in a plane tilted about x. */
function orbitAtPerihelion(aAu: number, e: number, i: number): StateVector {
  const q = aAu * AU_KM * (1 - e);
  const vq = Math.sqrt((MU_SUN_KM3_S2 * (1 + e)) / q);
  return { posKm: [q, 0, 0], velKmS: [0, vq * Math.cos(i), vq * Math.sin(i)] };
}

const energy = (p: ArrayLike<number>, o: number): number =>
  0.5 * (p[o + 3]! ** 2 + p[o + 4]! ** 2 + p[o + 5]! ** 2) - MU_SUN_KM3_S2 / Math.hypot(p[o]!, p[o + 1]!, p[o + 2]!);

describe('N-body force model and integrator', () => {
  it('with only the Sun, reproduces Kepler motion over 13 years, forward and backward (property)', () => {
    for (const orbit of [orbitAtPerihelion(1.0007, 0.1024, 0.136), orbitAtPerihelion(2.1887, 0.1156, 0.0867)]) {
      const start = { tdbSec: 8e8, ...orbit };
      const segment = propagateSmallBody(start, start.tdbSec - 6.5 * YEAR_S, start.tdbSec + 6.5 * YEAR_S, sunOnly);
      const n = segment.tdbSec.length;
      let worstKm = 0;
      let worstEnergy = 0;
      const e0 = energy([...orbit.posKm, ...orbit.velKmS], 0);
      for (let i = 0; i < n; i += 7) {
        const kepler = propagateKepler(orbit, segment.tdbSec[i]! - start.tdbSec, MU_SUN_KM3_S2);
        const p: Vec3 = [segment.posKm[3 * i]!, segment.posKm[3 * i + 1]!, segment.posKm[3 * i + 2]!];
        worstKm = Math.max(worstKm, distance(p, kepler.posKm));
        const state = [...p, segment.velKmS[3 * i]!, segment.velKmS[3 * i + 1]!, segment.velKmS[3 * i + 2]!];
        worstEnergy = Math.max(worstEnergy, Math.abs(energy(state, 0) / e0 - 1));
      }
      expect(worstKm).toBeLessThan(0.01);
      expect(worstEnergy).toBeLessThan(1e-12);
    }
  });

  it("1PN term advances Mercury's perihelion by 6πGM/(c²a(1−e²)) per orbit (Einstein 1915; 43″/century)", () => {
    const aAu = 0.387098, e = 0.20563;
    const y0 = Float64Array.from([...orbitAtPerihelion(aAu, e, 0).posKm, ...orbitAtPerihelion(aAu, e, 0).velKmS]);
    const periodSec = 2 * Math.PI * Math.sqrt((aAu * AU_KM) ** 3 / MU_SUN_KM3_S2);
    const step = DAY_S / 8;
    const steps = Math.round((40 * periodSec) / step);
    const model = new HeliocentricForceModel(0, steps * step, { perturbers: [], relativity: true });
    const y = integrateAdams(model.derivative, 0, y0, step, steps).subarray(6 * steps);
    const [x, yy, , vx, vy] = y;
    const r = Math.hypot(x!, yy!);
    const v2 = vx! ** 2 + vy! ** 2;
    const rv = x! * vx! + yy! * vy!;
    // Direction of the Laplace–Runge–Lenz (eccentricity) vector.
    const ex = (v2 - MU_SUN_KM3_S2 / r) * x! - rv * vx!;
    const ey = (v2 - MU_SUN_KM3_S2 / r) * yy! - rv * vy!;
    const perOrbit = Math.atan2(ey, ex) / ((steps * step) / periodSec);
    const einstein = (6 * Math.PI * MU_SUN_KM3_S2) / (SPEED_OF_LIGHT_KM_S ** 2 * aAu * AU_KM * (1 - e * e));
    expect(perOrbit / einstein).toBeCloseTo(1, 3);
  });

  it('planet tables interpolate astronomy-engine within the bounds documented in TABLE_STEP_DAYS', () => {
    const boundKm: Record<PlanetName, number> = {
      Mercury: 2, Venus: 0.3, EMB: 25, Earth: 1e-3, Moon: 2e-3, Mars: 0.6, Jupiter: 1e-3, Saturn: 1e-3, Uranus: 1e-3, Neptune: 1e-3,
    };
    const t0 = 7e8, t1 = t0 + 2 * YEAR_S;
    for (const body of Object.keys(TABLE_STEP_DAYS) as PlanetName[]) {
      const table = new PlanetPositionTable(body, t0, t1);
      let worst = 0;
      for (let i = 0; i < 1500; i++) {
        const t = t0 + ((t1 - t0) * (i + 0.37)) / 1500;
        worst = Math.max(worst, distance(table.positionAt(t), helioPosEqjKm(body, t)));
      }
      expect(worst, body).toBeLessThan(boundKm[body]);
    }
  });

  it("the indirect term is the Sun's reflex acceleration: a test mass 1e6 au away sees only −a☉ (property)", () => {
    // Far away the Sun's and the planets' direct pulls are < 1e-6 of the Sun's own acceleration towards the
    // planets, a☉ = Σ GM_p r_p / r_p³ (here from astronomy-engine directly, not from the tables).
    const t = 7e8;
    const model = new HeliocentricForceModel(t, t + DAY_S, { relativity: false });
    const dy = new Float64Array(6);
    model.derivative(t, Float64Array.of(1e6 * AU_KM, 0, 0, 0, 0, 0), dy);
    const aSun: Vec3 = [0, 0, 0];
    for (const body of model.perturbers) {
      const p = helioPosEqjKm(body, t);
      const g = planetGmKm3S2(body) / Math.hypot(...p) ** 3;
      for (let k = 0; k < 3; k++) aSun[k] = aSun[k]! + g * p[k]!;
    }
    const residual = Math.hypot(dy[3]! + aSun[0], dy[4]! + aSun[1], dy[5]! + aSun[2]);
    expect(residual / Math.hypot(...aSun)).toBeLessThan(1e-5);
  });
});
