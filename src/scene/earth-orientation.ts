/**
 * How the textured globe is turned. A three.js SphereGeometry has its poles on local ±y and puts texture
 * u = 0 at local −x, u = ½ at +x, u = ¾ at −z; an equirectangular map starting at longitude −180° therefore has
 * the prime meridian on local +x, 90° E on local −z and the north pole on +y.
 */
import { Matrix4, Vector3 } from 'three';
import { DEG } from '../core/constants.ts';
import { gmstDeg } from '../core/earth-rotation.ts';
/** Turns an ICRF direction into view axes (a ViewFrame, or the ephemeris's frame at the time drawn). */
export interface DirectionRotation {
  rotate(dirIcrf: readonly number[], out: number[]): void;
}

const xEqj = [0, 0, 0], yEqj = [0, 0, 1], zEqj = [0, 0, 0];
const scratch = [0, 0, 0];
const xAxis = new Vector3(), yAxis = new Vector3(), zAxis = new Vector3();

function toDisplay(frame: DirectionRotation, dirEqj: readonly number[], out: Vector3): Vector3 {
  frame.rotate(dirEqj, scratch);
  return out.fromArray(scratch);
}

/**
 * Globe-local → display rotation at tdbSec: the spin axis on the celestial pole and Greenwich at right ascension
 * GMST. Precession since J2000 (< 0.4° by 2030) is left out.
 */
export function earthGlobeRotation(frame: DirectionRotation, tdbSec: number, out: Matrix4): Matrix4 {
  const theta = gmstDeg(tdbSec) * DEG;
  const c = Math.cos(theta), s = Math.sin(theta);
  // Local +x = Greenwich on the equator; local +z = 90° W; local +y = the north pole (EQJ +z).
  xEqj[0] = c; xEqj[1] = s;
  zEqj[0] = s; zEqj[1] = -c;
  return out.makeBasis(toDisplay(frame, xEqj, xAxis), toDisplay(frame, yEqj, yAxis), toDisplay(frame, zEqj, zAxis));
}

/** Geographic longitude and latitude, degrees, of a direction in globe-local axes. */
export function lonLatOfLocal(dir: Vector3): [lonDeg: number, latDeg: number] {
  const r = dir.length();
  return [Math.atan2(-dir.z, dir.x) / DEG, Math.asin(dir.y / r) / DEG];
}
