/** Reads one osculating element set and one published state vector of a body file. */
import { DAY_S, J2000_JD } from '../constants.ts';
import { tdbMinusTtSec } from '../time.ts';
import { childPath, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import {
  ANGLE_0_360_DEG, ELLIPTIC_ECCENTRICITY, INCLINATION_DEG, JULIAN_DATE, describeRange, inRange, range,
} from './number-range.ts';
import { meanAnomalyFromPerihelionDeg } from './orbit-consistency.ts';
import { readSource } from './read-provenance.ts';
import type { OrbitalElementSet, PublishedStateVector } from './types.ts';

const ELEMENT_SET_FIELDS = {
  required: [
    'id', 'label', 'newest', 'frame', 'center', 'semiMajorAxisAu', 'eccentricity', 'inclinationDeg',
    'longitudeOfAscendingNodeDeg', 'argumentOfPerihelionDeg', 'source',
  ],
  optional: [
    'epochJdTdb', 'epochJdTt', 'meanAnomalyDeg', 'perihelionTimeJdTdb', 'perihelionTimeJdTt',
    'meanMotionDegPerDay', 'perihelionDistanceAu', 'note',
  ],
} as const;

/**
 * The small bodies this app follows, near-Earth asteroids to the outer main belt, with room to spare: 0.3 au
 * (inside Mercury's perihelion) to 30 au (Neptune).
 */
export const SEMI_MAJOR_AXIS_AU = range(0.3, 30);
/**
 * Perihelion a(1 − e) no closer than 0.3 au, just inside Mercury's (0.31 au): the propagation's sampling step
 * shrinks as q^1.25 (sampling-step.ts), and from 0.3 au on it stays ≥ 0.2 day, so even an epoch at the far end of the data's era
 * needs < 70,000 steps.
 */
export const PERIHELION_DISTANCE_AU = range(0.3, 30);
/** Two-body mean motion k·a^-1.5 over SEMI_MAJOR_AXIS_AU (0.006–5.9 °/day), with room for rounding. */
const MEAN_MOTION_DEG_PER_DAY = range(0.005, 6);
/** 1 au/day is 1,731 km/s, beyond any heliocentric speed out to these distances. */
const STATE_POSITION_AU = range(-50, 50);
const STATE_VELOCITY_AU_PER_DAY = range(-1, 1);

/** TT Julian date → TDB Julian date (differ by < 2 ms, converted anyway so no scale is silently mixed). */
const jdTdbFromJdTt = (jdTt: number): number => jdTt + tdbMinusTtSec((jdTt - J2000_JD) * DAY_S) / DAY_S;

/** A Julian date given in exactly one of `${stem}JdTdb` / `${stem}JdTt`. */
function readJulianDate(
  r: JsonReader,
  o: JsonObject,
  stem: string,
  required: boolean,
): { jdTdb: number; scale: 'TDB' | 'TT' } | undefined {
  const tdbKey = `${stem}JdTdb`;
  const ttKey = `${stem}JdTt`;
  const hasTdb = r.has(o, tdbKey);
  const hasTt = r.has(o, ttKey);
  if (hasTdb && hasTt) {
    r.report(childPath(o.path, ttKey), `only one of ${tdbKey}, ${ttKey}`, 'both');
    return undefined;
  }
  if (hasTdb) return { jdTdb: r.number(o, tdbKey, JULIAN_DATE), scale: 'TDB' };
  if (hasTt) return { jdTdb: jdTdbFromJdTt(r.number(o, ttKey, JULIAN_DATE)), scale: 'TT' };
  if (required) r.report(childPath(o.path, tdbKey), `a Julian date (${tdbKey} or ${ttKey})`, describeValue(undefined));
  return undefined;
}

export function readElementSet(r: JsonReader, value: unknown, path: string): OrbitalElementSet | undefined {
  const o = r.object(value, path, ELEMENT_SET_FIELDS);
  if (!o) return undefined;
  const epoch = readJulianDate(r, o, 'epoch', true);
  const perihelion = readJulianDate(r, o, 'perihelionTime', false);
  if (epoch && perihelion && epoch.scale !== perihelion.scale) {
    r.report(childPath(path, `perihelionTimeJd${perihelion.scale === 'TT' ? 'Tt' : 'Tdb'}`),
      `the epoch's time scale (${epoch.scale})`, perihelion.scale);
  }
  const set: OrbitalElementSet = {
    id: r.string(o, 'id'),
    label: r.string(o, 'label'),
    newest: r.boolean(o, 'newest'),
    epochJdTdb: epoch?.jdTdb ?? Number.NaN,
    publishedTimeScale: epoch?.scale ?? 'TDB',
    frame: r.oneOf(o, 'frame', ['ecliptic-J2000']),
    center: r.oneOf(o, 'center', ['sun']),
    semiMajorAxisAu: r.number(o, 'semiMajorAxisAu', SEMI_MAJOR_AXIS_AU),
    eccentricity: r.number(o, 'eccentricity', ELLIPTIC_ECCENTRICITY),
    inclinationDeg: r.number(o, 'inclinationDeg', INCLINATION_DEG),
    longitudeOfAscendingNodeDeg: r.number(o, 'longitudeOfAscendingNodeDeg', ANGLE_0_360_DEG),
    argumentOfPerihelionDeg: r.number(o, 'argumentOfPerihelionDeg', ANGLE_0_360_DEG),
    meanAnomalyDeg: Number.NaN,
    meanAnomalyDerived: false,
    source: readSource(r, o),
  };
  const q = set.semiMajorAxisAu * (1 - set.eccentricity);
  if (Number.isFinite(q) && !inRange(q, PERIHELION_DISTANCE_AU)) {
    r.report(childPath(path, 'eccentricity'), `a perihelion distance a·(1 − e) ${describeRange(PERIHELION_DISTANCE_AU).replace('a number ', '')} au`,
      `${describeValue(set.eccentricity)} (a·(1 − e) = ${q.toPrecision(3)} au)`);
  }
  const meanMotion = r.optionalNumber(o, 'meanMotionDegPerDay', MEAN_MOTION_DEG_PER_DAY);
  const perihelionDistance = r.optionalNumber(o, 'perihelionDistanceAu', PERIHELION_DISTANCE_AU);
  const note = r.optionalString(o, 'note');
  if (meanMotion !== undefined) set.meanMotionDegPerDay = meanMotion;
  if (perihelionDistance !== undefined) set.perihelionDistanceAu = perihelionDistance;
  if (perihelion) set.perihelionTimeJdTdb = perihelion.jdTdb;
  if (note !== undefined) set.note = note;

  if (r.has(o, 'meanAnomalyDeg')) {
    set.meanAnomalyDeg = r.number(o, 'meanAnomalyDeg', ANGLE_0_360_DEG);
  } else if (perihelion) {
    set.meanAnomalyDeg = meanAnomalyFromPerihelionDeg(set, perihelion.jdTdb);
    set.meanAnomalyDerived = true;
  } else {
    r.report(childPath(path, 'meanAnomalyDeg'), 'a number in [0, 360) (or a perihelion time to derive it from)',
      describeValue(undefined));
  }
  return set;
}

const STATE_VECTOR_FIELDS = {
  required: ['elementSetId', 'epochJdTdb', 'frame', 'center', 'positionAu', 'velocityAuPerDay', 'source'],
} as const;

export function readStateVector(r: JsonReader, value: unknown, path: string): PublishedStateVector | undefined {
  const o = r.object(value, path, STATE_VECTOR_FIELDS);
  if (!o) return undefined;
  return {
    elementSetId: r.string(o, 'elementSetId'),
    epochJdTdb: r.number(o, 'epochJdTdb', JULIAN_DATE),
    frame: r.oneOf(o, 'frame', ['ICRF']),
    center: r.oneOf(o, 'center', ['sun']),
    positionAu: r.vector3(o, 'positionAu', STATE_POSITION_AU),
    velocityAuPerDay: r.vector3(o, 'velocityAuPerDay', STATE_VELOCITY_AU_PER_DAY),
    source: readSource(r, o),
  };
}
