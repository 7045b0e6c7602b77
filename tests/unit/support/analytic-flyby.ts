/**
 * A closed-form stand-in for a heliocentric cruise with an Earth flyby, for testing samplers: the Earth on a
 * circular 1-au orbit plus a Keplerian hyperbola about it (periapsis radius and v-infinity chosen by the test).
 * Not a physical trajectory (the Sun does not bend the hyperbola), but smooth, exact at every instant, and it bends
 * the path hard near periapsis the way a real flyby does.
 */
import { AU_KM, JULIAN_YEAR_S, MU_EARTH_KM3_S2 } from '../../../src/core/constants.ts';
import type { StateVector } from '../../../src/core/state-vector.ts';

export interface FlybyCase {
  periapsisRadiusKm: number;
  vInfinityKmS: number;
  periapsisTdbSec: number;
}

export function makeFlybyState(flyby: FlybyCase): (tdbSec: number, out: StateVector) => void {
  const a = MU_EARTH_KM3_S2 / flyby.vInfinityKmS ** 2; // |a| of the hyperbola
  const e = 1 + flyby.periapsisRadiusKm / a;
  const b = a * Math.sqrt(e * e - 1);
  const n = Math.sqrt(MU_EARTH_KM3_S2 / a ** 3);
  const omega = (2 * Math.PI) / JULIAN_YEAR_S;
  // The hyperbola's plane is tilted 30 deg about the x axis: the flyby also bends the path out of the ecliptic.
  const ci = Math.cos(0.5236);
  const si = Math.sin(0.5236);
  return (tdbSec, out) => {
    const F = solveHyperbolicKepler(e, n * (tdbSec - flyby.periapsisTdbSec));
    const fDot = n / (e * Math.cosh(F) - 1);
    const x = a * (e - Math.cosh(F));
    const y = b * Math.sinh(F);
    const vx = -a * Math.sinh(F) * fDot;
    const vy = b * Math.cosh(F) * fDot;
    const angle = omega * tdbSec;
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    out.posKm[0] = AU_KM * c + x;
    out.posKm[1] = AU_KM * s + y * ci;
    out.posKm[2] = y * si;
    out.velKmS[0] = -AU_KM * omega * s + vx;
    out.velKmS[1] = AU_KM * omega * c + vy * ci;
    out.velKmS[2] = vy * si;
  };
}

/** F with e sinh F - F = M (Newton; e > 1). */
function solveHyperbolicKepler(e: number, M: number): number {
  let F = Math.asinh(M / e);
  for (let i = 0; i < 60; i++) {
    const step = (e * Math.sinh(F) - F - M) / (e * Math.cosh(F) - 1);
    F -= step;
    if (Math.abs(step) < 1e-14 * Math.max(1, Math.abs(F))) return F;
  }
  throw new Error(`hyperbolic Kepler equation did not converge (e=${e}, M=${M})`);
}
