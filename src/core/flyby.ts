import type { TimedState } from './state-vector.ts';
import { angleBetween, cross, dot, norm, normalize, scale, add, type Vec3 } from './vec3.ts';
import { hyperbolaAtPeriapsis } from './hyperbola.ts';

/**
 * Patched-conic planetary flyby: the planet-centred hyperbola that turns v_inf_in into v_inf_out.
 * Turning angle delta = 2 asin(1/e) with e = 1 + r_p v_inf^2 / mu (Curtis, "Orbital Mechanics for Engineering
 * Students", eq. 8.56-8.58).
 */

export {
  defaultPlaneNormal,
  excessVelocity,
  hyperbolaAtPeriapsis,
  timeToRadius,
  type Asymptote,
  type HyperbolaAtPeriapsisInput,
} from './hyperbola.ts';

/** Angle (rad) between the asymptotes of a hyperbola with excess speed `vInfKmS` and periapsis radius `periapsisKm`. */
export function turningAngleRad(vInfKmS: number, periapsisKm: number, muKm3S2: number): number {
  return 2 * Math.asin(muKm3S2 / (muKm3S2 + periapsisKm * vInfKmS * vInfKmS));
}

/** Periapsis radius (km) that turns a hyperbola with excess speed `vInfKmS` by `turningAngleRad` (0 < delta < pi). */
export function periapsisForTurningAngle(vInfKmS: number, turningAngle: number, muKm3S2: number): number {
  return (muKm3S2 / (vInfKmS * vInfKmS)) * (1 / Math.sin(turningAngle / 2) - 1);
}

/** v_inf_in turned by the unpowered flyby of periapsis `periapsisKm` about the orbit normal `planeNormal` (right hand). */
export function unpoweredOutgoingVInf(vInfInKmS: Vec3, periapsisKm: number, planeNormal: Vec3, muKm3S2: number): Vec3 {
  const vInf = norm(vInfInKmS);
  const delta = turningAngleRad(vInf, periapsisKm, muKm3S2);
  const s = normalize(vInfInKmS);
  const d = dot(planeNormal, s);
  const h = normalize([planeNormal[0] - d * s[0], planeNormal[1] - d * s[1], planeNormal[2] - d * s[2]]);
  const sideways = cross(h, s);
  return add(scale(s, vInf * Math.cos(delta)), scale(sideways, vInf * Math.sin(delta)));
}

export interface FlybyGeometry {
  /** Periapsis radius from the planet's centre, km (not altitude). */
  periapsisKm: number;
  /** Angle between v_inf_in and v_inf_out, rad. */
  turningAngleRad: number;
  /** |v_inf_in|, |v_inf_out|, km/s. */
  vInfInKmS: number;
  vInfOutKmS: number;
  /** Eccentricities of the arrival and departure hyperbolas (equal when unpowered). */
  eccentricityIn: number;
  eccentricityOut: number;
  /**
   * Tangential impulse at periapsis that joins the two hyperbolas, km/s, signed: positive speeds up.
   * Zero (to rounding) when |v_inf_in| = |v_inf_out|.
   */
  poweredDeltaVKmS: number;
  /** Unit normal of the flyby plane, along v_inf_in x v_inf_out. */
  planeNormal: Vec3;
}

/**
 * The flyby that turns `vInfInKmS` into `vInfOutKmS` (planet-centred, km/s).
 * If the magnitudes differ the mismatch is made up by one tangential burn at a common periapsis (the classical
 * "powered flyby"): arrival hyperbola e_in = 1 + r_p v_in^2/mu, departure e_out = 1 + r_p v_out^2/mu, with r_p the
 * root of asin(1/e_in) + asin(1/e_out) = delta. Throws when delta is 0 or pi (plane undefined).
 */
export function flybyFromVInf(vInfInKmS: Vec3, vInfOutKmS: Vec3, muKm3S2: number): FlybyGeometry {
  const vIn = norm(vInfInKmS);
  const vOut = norm(vInfOutKmS);
  const delta = angleBetween(vInfInKmS, vInfOutKmS);
  const normal = cross(vInfInKmS, vInfOutKmS);
  if (!(vIn > 0 && vOut > 0) || !(norm(normal) > 1e-12 * vIn * vOut)) {
    throw new RangeError('flybyFromVInf: v_inf_in and v_inf_out must be non-zero and not (anti)parallel');
  }
  const periapsisKm = poweredPeriapsis(vIn, vOut, delta, muKm3S2);
  const eIn = 1 + (periapsisKm * vIn * vIn) / muKm3S2;
  const eOut = 1 + (periapsisKm * vOut * vOut) / muKm3S2;
  const escape = (2 * muKm3S2) / periapsisKm;
  return {
    periapsisKm,
    turningAngleRad: delta,
    vInfInKmS: vIn,
    vInfOutKmS: vOut,
    eccentricityIn: eIn,
    eccentricityOut: eOut,
    poweredDeltaVKmS: Math.sqrt(vOut * vOut + escape) - Math.sqrt(vIn * vIn + escape),
    planeNormal: normalize(normal),
  };
}

/** Periapsis radius at which the half-turns of the arrival and departure hyperbolas add up to `delta`. */
function poweredPeriapsis(vIn: number, vOut: number, delta: number, mu: number): number {
  const halfTurn = (v: number, rp: number): number => Math.asin(mu / (mu + rp * v * v));
  // g(rp) = halfTurn(vIn) + halfTurn(vOut) - delta decreases with rp; each half-turn bounds the root.
  let lo = periapsisForTurningAngle(Math.max(vIn, vOut), delta, mu);
  let hi = periapsisForTurningAngle(Math.min(vIn, vOut), delta, mu);
  if (hi - lo <= 1e-15 * hi) return 0.5 * (lo + hi);
  let rp = periapsisForTurningAngle(Math.sqrt(vIn * vOut), delta, mu);
  for (let i = 0; i < 100; i++) {
    const g = halfTurn(vIn, rp) + halfTurn(vOut, rp) - delta;
    if (g === 0) break;
    if (g > 0) lo = rp; else hi = rp;
    // d/drp asin(k), k = mu / (mu + rp v^2): -k^2 v^2 / (mu sqrt(1 - k^2)).
    const slope = (v: number): number => {
      const k = mu / (mu + rp * v * v);
      return (-k * k * v * v) / (mu * Math.sqrt(1 - k * k));
    };
    let next = rp - g / (slope(vIn) + slope(vOut));
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const done = Math.abs(next - rp) <= 1e-15 * rp;
    rp = next;
    if (done) break;
  }
  return rp;
}

export interface FlybyAtPeriapsis extends FlybyGeometry {
  /** Planet-centred state at periapsis on the arrival hyperbola (propagate backwards from it). */
  arrival: TimedState;
  /** Planet-centred state at periapsis on the departure hyperbola (propagate forwards from it); same position. */
  departure: TimedState;
}

/**
 * The flyby hyperbola(s) through periapsis at `periapsisTdbSec`, in the plane of v_inf_in x v_inf_out.
 * Arrival and departure share the position; their velocities differ by `poweredDeltaVKmS` along the direction of
 * motion (zero for an unpowered flyby).
 */
export function flybyAtPeriapsis(
  vInfInKmS: Vec3,
  vInfOutKmS: Vec3,
  periapsisTdbSec: number,
  muKm3S2: number,
): FlybyAtPeriapsis {
  const geometry = flybyFromVInf(vInfInKmS, vInfOutKmS, muKm3S2);
  const common = { periapsisKm: geometry.periapsisKm, periapsisTdbSec, muKm3S2, planeNormal: geometry.planeNormal };
  const arrival = hyperbolaAtPeriapsis({ ...common, vInfKmS: vInfInKmS, asymptote: 'incoming' });
  // The periapsis solved above makes the departure hyperbola's periapsis coincide with the arrival's; build it from
  // the arrival state so position and direction match exactly rather than to rounding.
  const vOut = geometry.vInfOutKmS;
  const departureSpeed = Math.sqrt(vOut * vOut + (2 * muKm3S2) / geometry.periapsisKm);
  const departure: TimedState = {
    tdbSec: periapsisTdbSec,
    posKm: [...arrival.posKm],
    velKmS: scale(normalize(arrival.velKmS), departureSpeed),
  };
  return { ...geometry, arrival, departure };
}
