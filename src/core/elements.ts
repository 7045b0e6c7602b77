/**
 * Osculating Keplerian elements. Angles in radians, distances in km. Elliptic orbits have a > 0, hyperbolic a < 0.
 * The reference plane is named by whoever holds them (ecliptic J2000 for published asteroid elements).
 */
export interface KeplerianElements {
  semiMajorAxisKm: number;
  eccentricity: number;
  inclinationRad: number;
  raanRad: number;
  argPeriapsisRad: number;
  /** Mean anomaly at `epochTdbSec` (for hyperbolas: the hyperbolic mean anomaly M = e sinh F - F). */
  meanAnomalyRad: number;
  epochTdbSec: number;
}
