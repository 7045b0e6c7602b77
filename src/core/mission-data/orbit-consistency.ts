/**
 * Cross-checks between the numbers of one orbit, so a mistyped digit in a data file cannot pass unnoticed.
 * Tolerances are set by how many digits the sources publish (see ephemeris/README.md).
 */
import { AU_KM, DAY_S, DEG, GAUSS_K, MU_SUN_KM3_S2 } from '../constants.ts';
import { eclToEqj } from '../frames.ts';
import { elementsToState } from '../kepler.ts';
import { distance, type Vec3 } from '../vec3.ts';
import { childPath, type JsonReader } from './json-reader.ts';
import { toKeplerianElements } from './to-keplerian-elements.ts';
import type { OrbitalElementSet, PublishedStateVector } from './types.ts';

/** Relative agreement asked of n with k·a^-1.5 and of q with a(1 − e) (sources give 7-8 digits). */
export const MEAN_MOTION_RELATIVE_TOLERANCE = 1e-6;
export const PERIHELION_DISTANCE_RELATIVE_TOLERANCE = 1e-6;
/** Mean anomalies are published to 0.001° at worst. */
export const MEAN_ANOMALY_TOLERANCE_DEG = 1e-3;
/** Horizons prints elements with ~16 digits; its state and elements agree to metres (measured: 12 m, 6e-9 km/s). */
export const STATE_POSITION_TOLERANCE_AU = 1e-8;
export const STATE_VELOCITY_TOLERANCE_AU_PER_DAY = 1e-10;

/** Two-body mean motion, °/day, with the Gaussian constant (a massless body about the Sun). */
export const gaussianMeanMotionDegPerDay = (semiMajorAxisAu: number): number =>
  GAUSS_K / semiMajorAxisAu ** 1.5 / DEG;

export const wrapDeg360 = (deg: number): number => ((deg % 360) + 360) % 360;

/** Mean anomaly at the epoch from the time of perihelion, °. */
export function meanAnomalyFromPerihelionDeg(set: OrbitalElementSet, perihelionTimeJdTdb: number): number {
  const n = set.meanMotionDegPerDay ?? gaussianMeanMotionDegPerDay(set.semiMajorAxisAu);
  return wrapDeg360(n * (set.epochJdTdb - perihelionTimeJdTdb));
}

const relativeDifference = (got: number, expected: number): number => Math.abs(got - expected) / Math.abs(expected);
const angleDifferenceDeg = (a: number, b: number): number => {
  const d = wrapDeg360(a - b);
  return Math.min(d, 360 - d);
};

/** Checks n against a, q against a and e, and a published M against the perihelion time. */
export function checkElementSetConsistency(r: JsonReader, path: string, set: OrbitalElementSet): void {
  const n = set.meanMotionDegPerDay;
  if (n !== undefined) {
    const expected = gaussianMeanMotionDegPerDay(set.semiMajorAxisAu);
    if (relativeDifference(n, expected) > MEAN_MOTION_RELATIVE_TOLERANCE) {
      r.report(
        childPath(path, 'meanMotionDegPerDay'),
        `k·a^-1.5 = ${expected.toPrecision(9)} °/day from semiMajorAxisAu, within ${MEAN_MOTION_RELATIVE_TOLERANCE} relative`,
        String(n),
      );
    }
  }
  const q = set.perihelionDistanceAu;
  if (q !== undefined) {
    const expected = set.semiMajorAxisAu * (1 - set.eccentricity);
    if (relativeDifference(q, expected) > PERIHELION_DISTANCE_RELATIVE_TOLERANCE) {
      r.report(
        childPath(path, 'perihelionDistanceAu'),
        `a·(1 − e) = ${expected.toPrecision(9)} au, within ${PERIHELION_DISTANCE_RELATIVE_TOLERANCE} relative`,
        String(q),
      );
    }
  }
  if (set.perihelionTimeJdTdb !== undefined && !set.meanAnomalyDerived) {
    const expected = meanAnomalyFromPerihelionDeg(set, set.perihelionTimeJdTdb);
    if (angleDifferenceDeg(set.meanAnomalyDeg, expected) > MEAN_ANOMALY_TOLERANCE_DEG) {
      r.report(
        childPath(path, 'meanAnomalyDeg'),
        `n·(epoch − perihelion time) = ${expected.toFixed(5)}°, within ${MEAN_ANOMALY_TOLERANCE_DEG}°`,
        String(set.meanAnomalyDeg),
      );
    }
  }
}

/** Elements → heliocentric ICRF state (au, au/day) at the elements' epoch. */
export function elementSetStateIcrfAu(set: OrbitalElementSet): { positionAu: Vec3; velocityAuPerDay: Vec3 } {
  const stateEcl = elementsToState(toKeplerianElements(set), MU_SUN_KM3_S2);
  const positionAu = eclToEqj(stateEcl.posKm).map((km) => km / AU_KM) as Vec3;
  const velocityAuPerDay = eclToEqj(stateEcl.velKmS).map((kmS) => (kmS * DAY_S) / AU_KM) as Vec3;
  return { positionAu, velocityAuPerDay };
}

/** A published state vector must match its element set at the same epoch. */
export function checkStateAgainstElements(
  r: JsonReader,
  path: string,
  state: PublishedStateVector,
  set: OrbitalElementSet,
): void {
  if (Math.abs(state.epochJdTdb - set.epochJdTdb) > 1e-9) {
    r.report(childPath(path, 'epochJdTdb'), `the epoch of element set ${set.id} (${set.epochJdTdb})`, String(state.epochJdTdb));
    return;
  }
  const fromElements = elementSetStateIcrfAu(set);
  const dPos = distance(fromElements.positionAu, state.positionAu);
  if (!(dPos <= STATE_POSITION_TOLERANCE_AU)) {
    r.report(
      childPath(path, 'positionAu'),
      `the position computed from element set ${set.id} within ${STATE_POSITION_TOLERANCE_AU} au`,
      `a difference of ${dPos.toExponential(2)} au`,
    );
  }
  const dVel = distance(fromElements.velocityAuPerDay, state.velocityAuPerDay);
  if (!(dVel <= STATE_VELOCITY_TOLERANCE_AU_PER_DAY)) {
    r.report(
      childPath(path, 'velocityAuPerDay'),
      `the velocity computed from element set ${set.id} within ${STATE_VELOCITY_TOLERANCE_AU_PER_DAY} au/day`,
      `a difference of ${dVel.toExponential(2)} au/day`,
    );
  }
}
