/** Reads one osculating element set and one published state vector of a body file. */
import { DAY_S, J2000_JD } from '../constants.ts';
import { tdbMinusTtSec } from '../time.ts';
import { childPath, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import {
  ANGLE_0_360_DEG, ELLIPTIC_ECCENTRICITY, INCLINATION_DEG, JULIAN_DATE, POSITIVE,
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
    semiMajorAxisAu: r.number(o, 'semiMajorAxisAu', POSITIVE),
    eccentricity: r.number(o, 'eccentricity', ELLIPTIC_ECCENTRICITY),
    inclinationDeg: r.number(o, 'inclinationDeg', INCLINATION_DEG),
    longitudeOfAscendingNodeDeg: r.number(o, 'longitudeOfAscendingNodeDeg', ANGLE_0_360_DEG),
    argumentOfPerihelionDeg: r.number(o, 'argumentOfPerihelionDeg', ANGLE_0_360_DEG),
    meanAnomalyDeg: Number.NaN,
    meanAnomalyDerived: false,
    source: readSource(r, o),
  };
  const meanMotion = r.optionalNumber(o, 'meanMotionDegPerDay', POSITIVE);
  const perihelionDistance = r.optionalNumber(o, 'perihelionDistanceAu', POSITIVE);
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
    positionAu: r.vector3(o, 'positionAu'),
    velocityAuPerDay: r.vector3(o, 'velocityAuPerDay'),
    source: readSource(r, o),
  };
}
