import type { KeplerianElements } from './elements.ts';
import type { StateVector } from './state-vector.ts';
import type { Vec3 } from './vec3.ts';
import { solveKeplerElliptic, solveKeplerHyperbolic, wrapPi } from './kepler-equation.ts';

/**
 * Keplerian elements <-> Cartesian state for the two-body problem. The state is expressed in the reference plane
 * the elements are given in (the caller rotates frames). Angles in radians, km, km/s, TDB seconds.
 */

export { solveKeplerElliptic, solveKeplerHyperbolic } from './kepler-equation.ts';
export { propagateKepler } from './universal-propagation.ts';

/** Eccentricity below which the orbit is treated as circular in `stateToElements`. */
export const CIRCULAR_ECCENTRICITY = 1e-11;
/** sin(i) below which the orbit is treated as equatorial in `stateToElements`. */
export const EQUATORIAL_SIN_INCLINATION = 1e-11;

/** Mean motion, rad/s (for hyperbolas: the hyperbolic mean motion sqrt(mu / -a^3)). */
export function meanMotionRadS(semiMajorAxisKm: number, muKm3S2: number): number {
  const a = Math.abs(semiMajorAxisKm);
  return Math.sqrt(muKm3S2 / (a * a * a));
}

/**
 * State at `tdbSec` (default: the elements' epoch) from osculating elements, elliptic (a > 0, 0 <= e < 1) or
 * hyperbolic (a < 0, e > 1). Parabolas cannot be expressed with a semi-major axis and are rejected.
 */
export function elementsToState(el: KeplerianElements, muKm3S2: number, tdbSec: number = el.epochTdbSec): StateVector {
  const a = el.semiMajorAxisKm;
  const e = el.eccentricity;
  const elliptic = a > 0 && e >= 0 && e < 1;
  const hyperbolic = a < 0 && e > 1;
  if (!elliptic && !hyperbolic) {
    throw new RangeError(
      `elementsToState: need a > 0 with 0 <= e < 1 (ellipse) or a < 0 with e > 1 (hyperbola), got a = ${a} km, e = ${e}`,
    );
  }
  const meanAnomaly = el.meanAnomalyRad + meanMotionRadS(a, muKm3S2) * (tdbSec - el.epochTdbSec);

  // Perifocal coordinates: x towards periapsis, y 90 degrees ahead in the direction of motion.
  let xPf: number, yPf: number, vxPf: number, vyPf: number;
  if (elliptic) {
    const ecc = solveKeplerElliptic(wrapPi(meanAnomaly), e);
    const cosE = Math.cos(ecc), sinE = Math.sin(ecc);
    const b = a * Math.sqrt(1 - e * e);
    const r = a * (1 - e * cosE);
    const k = Math.sqrt(muKm3S2 * a) / r;
    xPf = a * (cosE - e);
    yPf = b * sinE;
    vxPf = -k * sinE;
    vyPf = k * Math.sqrt(1 - e * e) * cosE;
  } else {
    const h = solveKeplerHyperbolic(meanAnomaly, e);
    const coshF = Math.cosh(h), sinhF = Math.sinh(h);
    const absA = -a;
    const rootE = Math.sqrt(e * e - 1);
    const r = absA * (e * coshF - 1);
    const k = Math.sqrt(muKm3S2 * absA) / r;
    xPf = absA * (e - coshF);
    yPf = absA * rootE * sinhF;
    vxPf = -k * sinhF;
    vyPf = k * rootE * coshF;
  }

  // Rotation perifocal -> reference frame: R3(-raan) R1(-i) R3(-argp).
  const cO = Math.cos(el.raanRad), sO = Math.sin(el.raanRad);
  const ci = Math.cos(el.inclinationRad), si = Math.sin(el.inclinationRad);
  const cw = Math.cos(el.argPeriapsisRad), sw = Math.sin(el.argPeriapsisRad);
  const px = cO * cw - sO * sw * ci, py = sO * cw + cO * sw * ci, pz = sw * si; // periapsis direction
  const qx = -cO * sw - sO * cw * ci, qy = -sO * sw + cO * cw * ci, qz = cw * si; // 90 degrees ahead
  return {
    posKm: [px * xPf + qx * yPf, py * xPf + qy * yPf, pz * xPf + qz * yPf],
    velKmS: [px * vxPf + qx * vyPf, py * vxPf + qy * vyPf, pz * vxPf + qz * vyPf],
  };
}

/**
 * Osculating elements of `state` at `epochTdbSec`. Angles: inclination in [0, pi], the others in [0, 2 pi)
 * (mean anomaly of a hyperbola: any real). Conventions where an angle is undefined:
 * - equatorial orbit (sin i < 1e-11): raan = 0, so the argument of periapsis is measured from the +x axis
 *   (it becomes the longitude of periapsis; for i = pi it is measured the retrograde way, about +h);
 * - circular orbit (e < 1e-11): argp = 0, periapsis placed at the ascending node (at +x if also equatorial), so the
 *   mean anomaly becomes the argument of latitude (or the true longitude).
 * These are the same elements `elementsToState` reads, so the round trip is exact up to rounding.
 * Throws for a parabola (1/a = 0 exactly) and for rectilinear motion (h = 0).
 */
export function stateToElements(state: StateVector, muKm3S2: number, epochTdbSec: number): KeplerianElements {
  const [rx, ry, rz] = state.posKm;
  const [vx, vy, vz] = state.velKmS;
  const r = Math.hypot(rx, ry, rz);
  const vSq = vx * vx + vy * vy + vz * vz;
  const rDotV = rx * vx + ry * vy + rz * vz;
  const hx = ry * vz - rz * vy, hy = rz * vx - rx * vz, hz = rx * vy - ry * vx;
  const hNorm = Math.hypot(hx, hy, hz);
  if (!(hNorm > 0)) throw new RangeError('stateToElements: rectilinear motion (r x v = 0) has no orbital plane');
  const alpha = 2 / r - vSq / muKm3S2;
  if (alpha === 0) throw new RangeError('stateToElements: parabolic orbit (1/a = 0) has no semi-major axis');

  const ex = ((vSq - muKm3S2 / r) * rx - rDotV * vx) / muKm3S2;
  const ey = ((vSq - muKm3S2 / r) * ry - rDotV * vy) / muKm3S2;
  const ez = ((vSq - muKm3S2 / r) * rz - rDotV * vz) / muKm3S2;
  const e = Math.hypot(ex, ey, ez);

  const hHat: Vec3 = [hx / hNorm, hy / hNorm, hz / hNorm];
  const sinI = Math.hypot(hHat[0], hHat[1]);
  const inclination = Math.atan2(sinI, hHat[2]);
  const raan = sinI < EQUATORIAL_SIN_INCLINATION ? 0 : wrap2Pi(Math.atan2(hHat[0], -hHat[1]));
  const node: Vec3 = [Math.cos(raan), Math.sin(raan), 0];

  const circular = e < CIRCULAR_ECCENTRICITY;
  const periapsisDir: Vec3 = circular ? node : [ex / e, ey / e, ez / e];
  const argPeriapsis = circular ? 0 : signedAngleAbout(node, periapsisDir, hHat);
  const trueAnomaly = signedAngleAbout(periapsisDir, [rx, ry, rz], hHat);
  const eUsed = circular ? 0 : e;

  let meanAnomaly: number;
  if (alpha > 0) {
    const ecc = Math.atan2(Math.sqrt(1 - eUsed * eUsed) * Math.sin(trueAnomaly), eUsed + Math.cos(trueAnomaly));
    meanAnomaly = wrap2Pi(ecc - eUsed * Math.sin(ecc));
  } else {
    const sinhF = (Math.sqrt(e * e - 1) * Math.sin(trueAnomaly)) / (1 + e * Math.cos(trueAnomaly));
    const h = Math.asinh(sinhF);
    meanAnomaly = e * sinhF - h;
  }
  return {
    semiMajorAxisKm: 1 / alpha,
    eccentricity: eUsed,
    inclinationRad: inclination,
    raanRad: raan,
    argPeriapsisRad: wrap2Pi(argPeriapsis),
    meanAnomalyRad: meanAnomaly,
    epochTdbSec,
  };
}

/** True anomaly (rad, in (-pi, pi]) of `state`, for callers that want it rather than the mean anomaly. */
export function trueAnomalyRad(state: StateVector, muKm3S2: number): number {
  const el = stateToElements(state, muKm3S2, 0);
  const e = el.eccentricity;
  if (el.semiMajorAxisKm > 0) {
    const ecc = solveKeplerElliptic(wrapPi(el.meanAnomalyRad), e);
    return Math.atan2(Math.sqrt(1 - e * e) * Math.sin(ecc), Math.cos(ecc) - e);
  }
  const h = solveKeplerHyperbolic(el.meanAnomalyRad, e);
  return Math.atan2(Math.sqrt(e * e - 1) * Math.sinh(h), e - Math.cosh(h));
}

function wrap2Pi(angleRad: number): number {
  const w = angleRad % (2 * Math.PI);
  const wrapped = w < 0 ? w + 2 * Math.PI : w;
  return wrapped < 2 * Math.PI ? wrapped : 0;
}

/** Angle from `from` to `to` about the unit axis `axis` (both roughly perpendicular to it), in (-pi, pi]. */
function signedAngleAbout(from: Vec3, to: Vec3, axis: Vec3): number {
  const cx = from[1] * to[2] - from[2] * to[1];
  const cy = from[2] * to[0] - from[0] * to[2];
  const cz = from[0] * to[1] - from[1] * to[0];
  const sin = cx * axis[0] + cy * axis[1] + cz * axis[2];
  const cos = from[0] * to[0] + from[1] * to[1] + from[2] * to[2];
  return Math.atan2(sin, cos);
}
