/** Reference-frame rotations. EQJ = equatorial J2000 (ICRF axes, "EME2000" in CCSDS files); ECL = ecliptic J2000. */
import { OBLIQUITY_J2000_DEG, DEG } from './constants.ts';
import type { StateVector } from './state-vector.ts';
import { cross, dot, normalize, sub, type Vec3 } from './vec3.ts';

const COS_EPS = Math.cos(OBLIQUITY_J2000_DEG * DEG);
const SIN_EPS = Math.sin(OBLIQUITY_J2000_DEG * DEG);

export function eclToEqj(v: Vec3, out: Vec3 = [0, 0, 0]): Vec3 {
  const y = v[1] * COS_EPS - v[2] * SIN_EPS;
  const z = v[1] * SIN_EPS + v[2] * COS_EPS;
  out[0] = v[0]; out[1] = y; out[2] = z;
  return out;
}

export function eqjToEcl(v: Vec3, out: Vec3 = [0, 0, 0]): Vec3 {
  const y = v[1] * COS_EPS + v[2] * SIN_EPS;
  const z = -v[1] * SIN_EPS + v[2] * COS_EPS;
  out[0] = v[0]; out[1] = y; out[2] = z;
  return out;
}

/**
 * Earth-centred Sun–Earth co-rotating frame: x from the Sun through the Earth, z along the Earth's orbital
 * angular momentum, y completing the right-handed set (roughly the Earth's direction of motion).
 * Returns the position of `posHelioKm` relative to the Earth in that frame, km.
 */
export function helioToSunEarthRotating(posHelioKm: Vec3, earthHelio: StateVector, out: Vec3 = [0, 0, 0]): Vec3 {
  const xAxis = normalize(earthHelio.posKm);
  const zAxis = normalize(cross(earthHelio.posKm, earthHelio.velKmS));
  const yAxis = cross(zAxis, xAxis);
  const rel = sub(posHelioKm, earthHelio.posKm);
  out[0] = dot(rel, xAxis); out[1] = dot(rel, yAxis); out[2] = dot(rel, zAxis);
  return out;
}
