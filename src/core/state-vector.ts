import type { Vec3 } from './vec3.ts';

/** A Cartesian state: position in km, velocity in km/s. The frame is named by whoever holds it. */
export interface StateVector {
  posKm: Vec3;
  velKmS: Vec3;
}

/** A state at an instant, time in TDB seconds since J2000. */
export interface TimedState extends StateVector {
  tdbSec: number;
}
