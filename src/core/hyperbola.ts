import type { StateVector, TimedState } from './state-vector.ts';
import { cross, dot, norm, normalize, scale, type Vec3 } from './vec3.ts';
import { meanMotionRadS, stateToElements } from './kepler.ts';
import { wrapPi } from './kepler-equation.ts';

/**
 * Planet-centred hyperbolas built from their asymptotes (patched conics), and when a conic crosses a given radius.
 * Geometry: with periapsis direction p, normal h and q = h x p, the asymptotes lie at true anomaly
 * +-theta_inf, cos(theta_inf) = -1/e; the outgoing excess velocity points along cos(theta_inf) p + sin(theta_inf) q,
 * the incoming one along -cos(theta_inf) p + sin(theta_inf) q (Curtis, "Orbital Mechanics for Engineering
 * Students", sections 2.10 and 8.9).
 */

export type Asymptote = 'incoming' | 'outgoing';

export interface HyperbolaAtPeriapsisInput {
  /** Hyperbolic excess velocity, planet-centred, km/s: v_inf_in for an arrival, v_inf_out for a departure. */
  vInfKmS: Vec3;
  /** Which asymptote `vInfKmS` belongs to. */
  asymptote: Asymptote;
  periapsisKm: number;
  periapsisTdbSec: number;
  muKm3S2: number;
  /**
   * Orbit normal (direction of the angular momentum). Its component along v_inf is removed, so any vector not
   * parallel to v_inf will do. Default: `defaultPlaneNormal(vInfKmS)`, the unit vector closest to +z.
   */
  planeNormal?: Vec3;
}

/**
 * The unit orbit normal perpendicular to `vInfKmS` that is closest to the frame's +z (a prograde plane).
 * When v_inf is along +-z it falls back to the one closest to +x.
 */
export function defaultPlaneNormal(vInfKmS: Vec3): Vec3 {
  const s = normalize(vInfKmS);
  const ref: Vec3 = Math.hypot(s[0], s[1]) > 1e-9 ? [0, 0, 1] : [1, 0, 0];
  return perpendicularUnit(ref, s, 'defaultPlaneNormal');
}

/** Planet-centred state at periapsis of the hyperbola with the given asymptote, periapsis and plane. */
export function hyperbolaAtPeriapsis(input: HyperbolaAtPeriapsisInput): TimedState {
  const { vInfKmS, asymptote, periapsisKm, muKm3S2 } = input;
  const vInf = norm(vInfKmS);
  if (!(vInf > 0) || !(periapsisKm > 0) || !(muKm3S2 > 0)) {
    throw new RangeError('hyperbolaAtPeriapsis: need |v_inf| > 0, periapsis > 0 and mu > 0');
  }
  const s = normalize(vInfKmS);
  const h = input.planeNormal ? perpendicularUnit(input.planeNormal, s, 'hyperbolaAtPeriapsis') : defaultPlaneNormal(vInfKmS);
  const e = 1 + (periapsisKm * vInf * vInf) / muKm3S2;
  const cosTheta = -1 / e; // cos(theta_inf)
  const sinTheta = Math.sqrt(1 - cosTheta * cosTheta);
  // p is s turned about h by -theta_inf (outgoing asymptote) or by -(pi - theta_inf) (incoming).
  const along = asymptote === 'outgoing' ? cosTheta : -cosTheta;
  const hxs = cross(h, s);
  const p: Vec3 = [along * s[0] - sinTheta * hxs[0], along * s[1] - sinTheta * hxs[1], along * s[2] - sinTheta * hxs[2]];
  const q = cross(h, p);
  const vPeriapsis = Math.sqrt(vInf * vInf + (2 * muKm3S2) / periapsisKm);
  return { tdbSec: input.periapsisTdbSec, posKm: scale(p, periapsisKm), velKmS: scale(q, vPeriapsis) };
}

/** Hyperbolic excess velocity vector (km/s) along the incoming or outgoing asymptote of the hyperbola through `state`. */
export function excessVelocity(state: StateVector, muKm3S2: number, asymptote: Asymptote): Vec3 {
  const r = state.posKm, v = state.velKmS;
  const rNorm = norm(r);
  const vSq = dot(v, v);
  const vInfSq = vSq - (2 * muKm3S2) / rNorm;
  if (!(vInfSq > 0)) throw new RangeError('excessVelocity: the orbit is not hyperbolic');
  const k = vSq - muKm3S2 / rNorm;
  const rDotV = dot(r, v);
  const eVec: Vec3 = [(k * r[0] - rDotV * v[0]) / muKm3S2, (k * r[1] - rDotV * v[1]) / muKm3S2, (k * r[2] - rDotV * v[2]) / muKm3S2];
  const e = norm(eVec);
  const p = normalize(eVec);
  const q = cross(normalize(cross(r, v)), p);
  const cosTheta = -1 / e;
  const sinTheta = Math.sqrt(1 - cosTheta * cosTheta);
  const along = asymptote === 'outgoing' ? cosTheta : -cosTheta;
  const vInf = Math.sqrt(vInfSq);
  return [vInf * (along * p[0] + sinTheta * q[0]), vInf * (along * p[1] + sinTheta * q[1]), vInf * (along * p[2] + sinTheta * q[2])];
}

/**
 * Times (s, relative to `state`) at which the conic through `state` is at distance `radiusKm` from the centre:
 * `inboundSec` on the way in, `outboundSec` on the way out, around the periapsis passage that `state` belongs to
 * (for an ellipse: the one with mean anomaly in [-pi, pi)). From a periapsis state they are -t and +t, e.g. the
 * sphere-of-influence entry and exit of a flyby. Null when the conic never reaches that radius (and for a circle).
 */
export function timeToRadius(
  state: StateVector,
  radiusKm: number,
  muKm3S2: number,
): { inboundSec: number; outboundSec: number } | null {
  const el = stateToElements(state, muKm3S2, 0);
  const a = el.semiMajorAxisKm;
  const e = el.eccentricity;
  if (e === 0) return null;
  const n = meanMotionRadS(a, muKm3S2);
  const cosAnomaly = (1 - radiusKm / a) / e; // cos E (ellipse) or cosh F (hyperbola)
  let atRadiusSec: number; // time from periapsis to the outbound crossing
  let stateSec: number; // time from periapsis to `state`
  if (a > 0) {
    if (cosAnomaly > 1 || cosAnomaly < -1) return null;
    const ecc = Math.acos(cosAnomaly);
    atRadiusSec = (ecc - e * Math.sin(ecc)) / n;
    stateSec = wrapPi(el.meanAnomalyRad) / n;
  } else {
    if (cosAnomaly < 1) return null;
    const f = Math.acosh(cosAnomaly);
    atRadiusSec = (e * Math.sinh(f) - f) / n;
    stateSec = el.meanAnomalyRad / n;
  }
  return { inboundSec: -atRadiusSec - stateSec, outboundSec: atRadiusSec - stateSec };
}

/** `v` with its component along unit `s` removed, normalised; throws when `v` is parallel to `s`. */
function perpendicularUnit(v: Vec3, s: Vec3, caller: string): Vec3 {
  const w: Vec3 = [0, 0, 0];
  const d = dot(v, s);
  w[0] = v[0] - d * s[0]; w[1] = v[1] - d * s[1]; w[2] = v[2] - d * s[2];
  if (!(norm(w) > 1e-12 * norm(v))) throw new RangeError(`${caller}: the plane normal must not be parallel to v_inf`);
  return normalize(w);
}
