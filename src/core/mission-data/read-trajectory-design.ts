/** Validates ephemeris/trajectory-design.json (written by `npm run design`) into the realisation's inputs. */
import { tdbSecFromUtcMs } from '../time.ts';
import type { LambertBranch, TrajectoryDesign } from '../trajectory/design.ts';
import { childPath, DATA_ERA, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import { range, POSITIVE, NON_NEGATIVE } from './number-range.ts';
import { readSource } from './read-provenance.ts';
import type { ReportedDistanceFix } from '../trajectory/reported-fixes.ts';

/** A reported position fix the design was drawn towards: distances from the Earth and from Kamoʻoalewa at a time. */
export interface ReportedFix {
  tdbSec: number;
  fromEarthKm: number;
  fromKamooalewaKm: number;
}

export interface TrajectoryDesignFile {
  design: TrajectoryDesign;
  cosmicSnapshot: ReportedFix;
  /** The total Δv the design script computed: a realisation must reproduce it (a stale file shows here). */
  recordedTotalDeltaVKmS: number;
  /** The reported distances of the probe the design meets (each with its source). */
  reportedDistanceFixes: ReportedDistanceFix[];
  /** The capsule's entry flight-path angle the design script computed in N-body, degrees. */
  recordedCapsuleEntryFlightPathAngleDeg: number;
}

const BRANCHES: readonly LambertBranch[] = ['single', 'left', 'right'];

export function readTrajectoryDesignFile(r: JsonReader, json: unknown): TrajectoryDesignFile | undefined {
  const file = r.object(json, '', { required: ['description', 'dynamics', 'frame', 'fixed', 'assumed', 'chosen', 'result'] });
  if (!file) return undefined;
  const fixed = r.object(file.fields.fixed, 'fixed', {
    required: ['liftoffUtc', 'injectionDelaySec', 'deepSpaceManoeuvre1Utc', 'kamooalewaArrivalUtc', 'standoffKm', 'cosmicSnapshot',
      'reportedDistanceFixes', 'source'],
  });
  const assumed = r.object(file.fields.assumed, 'assumed', {
    required: ['injectionAltitudeKm', 'earthSphereOfInfluenceKm', 'capsuleSeparationLeadSec', 'capsuleEntryInterfaceAltitudeKm',
      'capsuleEntryFlightPathAngleDeg', 'comet311pStandoffKm', 'missionEndUtc', 'bounds', 'source'],
  });
  const chosen = r.object(file.fields.chosen, 'chosen', {
    required: ['launchVInfEqjKmS', 'kamooalewaDepartureUtc', 'earthFlybyPeriapsisUtc', 'earthFlybyPeriapsisAltitudeKm',
      'earthFlybyBPlaneAngleDeg', 'deepSpaceManoeuvre2Utc', 'cruiseRevolutions', 'cruiseLambertBranch', 'comet311pArrivalUtc',
      'nbodyBurnVelocitiesEqjKmS', 'source'],
  });
  const result = r.object(file.fields.result, 'result', {
    required: ['launchC3Km2S2', 'earthFlybyPeriapsisKm', 'earthFlybyPeriapsisTdb', 'capsuleEntrySpeedKmS', 'capsuleEntryFlightPathAngleDeg', 'burns', 'totalDeltaVKmS', 'source'],
  });
  for (const key of ['description', 'dynamics', 'frame']) r.string(file, key);
  if (!fixed || !assumed || !chosen || !result) return undefined;
  readSource(r, fixed, { requireUrl: true });
  readDesignBounds(r, assumed);
  const recordedTotalDeltaVKmS = readRecordedResult(r, result);
  for (const group of [assumed, chosen]) {
    if (group.fields.source !== 'illustrative') r.report(childPath(group.path, 'source'), '"illustrative"', describeValue(group.fields.source));
  }
  const utc = (o: Parameters<JsonReader['isoUtcMs']>[0], key: string) => tdbSecFromUtcMs(r.isoUtcMs(o, key));
  const branch = chosen.fields.cruiseLambertBranch as LambertBranch;
  if (!BRANCHES.includes(branch)) {
    r.report('chosen.cruiseLambertBranch', `one of ${BRANCHES.join(', ')}`, describeValue(chosen.fields.cruiseLambertBranch));
  }
  const standoffKm = r.number(fixed, 'standoffKm', POSITIVE);
  const velocities = r.object(chosen.fields.nbodyBurnVelocitiesEqjKmS, 'chosen.nbodyBurnVelocitiesEqjKmS', {
    required: ['deepSpaceManoeuvre1', 'kamooalewaDeparture', 'capsuleSeparationDivert', 'deepSpaceManoeuvre2'],
  });
  const velocity = (key: string): [number, number, number] => (velocities ? r.vector3(velocities, key) : [Number.NaN, Number.NaN, Number.NaN]);
  const design: TrajectoryDesign = {
    launch: {
      liftoffTdbSec: utc(fixed, 'liftoffUtc'),
      injectionDelaySec: r.number(fixed, 'injectionDelaySec', NON_NEGATIVE),
      injectionAltitudeKm: r.number(assumed, 'injectionAltitudeKm', range(100, 2000)),
      vInfEqjKmS: r.vector3(chosen, 'launchVInfEqjKmS'),
    },
    deepSpaceManoeuvre1TdbSec: utc(fixed, 'deepSpaceManoeuvre1Utc'),
    kamooalewa: { arrivalTdbSec: utc(fixed, 'kamooalewaArrivalUtc'), departureTdbSec: utc(chosen, 'kamooalewaDepartureUtc'), standoffKm },
    earthFlyby: {
      periapsisTdbSec: utc(chosen, 'earthFlybyPeriapsisUtc'),
      periapsisAltitudeKm: r.number(chosen, 'earthFlybyPeriapsisAltitudeKm', range(100, 1e6)),
      bPlaneAngleDeg: r.number(chosen, 'earthFlybyBPlaneAngleDeg', range(-360, 360)),
      sphereOfInfluenceKm: r.number(assumed, 'earthSphereOfInfluenceKm', range(1e5, 2e6)),
    },
    capsule: {
      separationLeadSec: r.number(assumed, 'capsuleSeparationLeadSec', range(60, 30 * 86400)),
      entryInterfaceAltitudeKm: r.number(assumed, 'capsuleEntryInterfaceAltitudeKm', range(50, 500)),
      entryFlightPathAngleDeg: r.number(assumed, 'capsuleEntryFlightPathAngleDeg', range(-90, 0)),
    },
    cruise: {
      deepSpaceManoeuvre2TdbSec: utc(chosen, 'deepSpaceManoeuvre2Utc'),
      revolutions: r.integer(chosen, 'cruiseRevolutions', range(0, 10)),
      branch,
    },
    comet311p: {
      arrivalTdbSec: utc(chosen, 'comet311pArrivalUtc'),
      standoffKm: r.number(assumed, 'comet311pStandoffKm', POSITIVE),
      missionEndTdbSec: utc(assumed, 'missionEndUtc'),
    },
    nbodyBurnVelocitiesEqjKmS: {
      deepSpaceManoeuvre1: velocity('deepSpaceManoeuvre1'),
      kamooalewaDeparture: velocity('kamooalewaDeparture'),
      capsuleSeparationDivert: velocity('capsuleSeparationDivert'),
      deepSpaceManoeuvre2: velocity('deepSpaceManoeuvre2'),
    },
  };
  const order: [string, number][] = [
    ['fixed.liftoffUtc', design.launch.liftoffTdbSec], ['fixed.deepSpaceManoeuvre1Utc', design.deepSpaceManoeuvre1TdbSec],
    ['fixed.kamooalewaArrivalUtc', design.kamooalewa.arrivalTdbSec], ['chosen.kamooalewaDepartureUtc', design.kamooalewa.departureTdbSec],
    ['chosen.earthFlybyPeriapsisUtc', design.earthFlyby.periapsisTdbSec], ['chosen.deepSpaceManoeuvre2Utc', design.cruise.deepSpaceManoeuvre2TdbSec],
    ['chosen.comet311pArrivalUtc', design.comet311p.arrivalTdbSec], ['assumed.missionEndUtc', design.comet311p.missionEndTdbSec],
  ];
  for (let i = 1; i < order.length; i++) {
    const [path, tdbSec] = order[i]!;
    const [previousPath, previousTdbSec] = order[i - 1]!;
    if (tdbSec <= previousTdbSec) r.report(path, `a date after ${previousPath}`, 'an earlier or equal date');
  }
  const fix = r.object(fixed.fields.cosmicSnapshot, 'fixed.cosmicSnapshot', { required: ['utc', 'fromEarthKm', 'fromKamooalewaKm'] });
  const cosmicSnapshot: ReportedFix = fix
    ? { tdbSec: utc(fix, 'utc'), fromEarthKm: r.number(fix, 'fromEarthKm', POSITIVE), fromKamooalewaKm: r.number(fix, 'fromKamooalewaKm', POSITIVE) }
    : { tdbSec: Number.NaN, fromEarthKm: Number.NaN, fromKamooalewaKm: Number.NaN };
  const list = r.array(fixed, 'reportedDistanceFixes', { min: 1, max: 50 });
  const reportedDistanceFixes = list.items.flatMap((item, i): ReportedDistanceFix[] => {
    const o = r.object(item, childPath(list.path, i), { required: ['id', 'dayBeijing', 'from', 'kind', 'distanceKm', 'source'] });
    if (!o) return [];
    const source = readSource(r, o, { requireUrl: true });
    if (source === 'illustrative') r.report(childPath(o.path, 'source'), 'a published source with URLs (a reported fix)', '"illustrative"');
    return [{
      id: r.string(o, 'id'),
      dayBeijing: r.string(o, 'dayBeijing', { regex: /^20[0-4]\d-[01]\d-[0-3]\d$/, description: 'a date YYYY-MM-DD' }),
      from: r.oneOf(o, 'from', ['earth', 'kamooalewa'] as const),
      kind: r.oneOf(o, 'kind', ['about', 'more-than'] as const),
      distanceKm: r.number(o, 'distanceKm', range(1e3, 1e9)),
      source: source === 'illustrative' ? { ref: 'illustrative', urls: [] } : source,
    }];
  });
  return {
    design, cosmicSnapshot, reportedDistanceFixes, recordedTotalDeltaVKmS,
    recordedCapsuleEntryFlightPathAngleDeg: r.number(result, 'capsuleEntryFlightPathAngleDeg', range(-90, 0)),
  };
}

/** An array of exactly two items at `key`, each read by `read` at its own path; a window must not run backwards. */
function readPair(r: JsonReader, o: JsonObject, key: string, read: (item: JsonObject, itemKey: string) => number): void {
  const { items } = r.array(o, key, { min: 2, max: 2 });
  if (items.length !== 2) return;
  // Read as fields named "key[i]" of the same object, so the reader's messages carry the item's path.
  const [first, second] = items.map((item, i) => read({ path: o.path, fields: { [`${key}[${i}]`]: item } }, `${key}[${i}]`)) as [number, number];
  if (second < first) r.report(childPath(childPath(o.path, key), 1), `a value not before ${childPath(childPath(o.path, key), 0)}`, 'an earlier one');
}

/**
 * The optimiser's search windows (design-file.ts DESIGN_BOUNDS): not read by the realisation, but part of the file
 * a reader trusts, so typed and ranged like the rest. C3 up to 100 km²/s² is beyond any launcher's reach with this
 * probe; altitudes from 100 km (the atmosphere) to 1e6 km (past the Earth's sphere of influence).
 */
function readDesignBounds(r: JsonReader, assumed: JsonObject): void {
  const bounds = r.object(assumed.fields.bounds, 'assumed.bounds', {
    required: ['launchC3MaxKm2S2', 'kamooalewaDepartureUtc', 'earthFlybyUtc', 'earthFlybyAltitudeKm', 'comet311pArrivalUtc'],
  });
  if (!bounds) return;
  r.number(bounds, 'launchC3MaxKm2S2', range(0, 100, { minOpen: true }));
  const date = (item: JsonObject, key: string) => r.isoUtcMs(item, key);
  for (const key of ['kamooalewaDepartureUtc', 'earthFlybyUtc', 'comet311pArrivalUtc']) readPair(r, bounds, key, date);
  readPair(r, bounds, 'earthFlybyAltitudeKm', (item, key) => r.number(item, key, range(100, 1e6)));
}

/** A TDB calendar instant as design-file.ts writes it ('2027-11-27T21:07:53.709': TDB, so no zone), within DATA_ERA. */
const TDB_CALENDAR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/;

function readTdbCalendar(r: JsonReader, o: JsonObject, key: string): void {
  const value = o.fields[key];
  const expected = `a TDB date-time like "2027-11-27T21:07:53.709" (no time zone) ${DATA_ERA.description}`;
  const ms = typeof value === 'string' && TDB_CALENDAR.test(value) ? Date.parse(`${value}Z`) : Number.NaN;
  if (!(ms >= DATA_ERA.startUtcMs && ms < DATA_ERA.endUtcMs)) r.report(childPath(o.path, key), expected, describeValue(value));
}

/**
 * What `npm run design` recorded of its realisation. Only the total Δv is compared with a fresh realisation; the
 * rest is checked for type and physical range, and the burns must add up to the total. Ranges: C3 0–100 km²/s²;
 * flyby periapsis from the Earth's radius (6,378 km) to 2e6 km; an entry from a heliocentric return at 10–20 km/s
 * (the escape speed, 11.2 km/s, plus a few km/s of arrival speed); a burn at most 20 km/s, a total at most 30 km/s
 * (all illustrative bounds, far beyond a chemical probe's reach, that a typo or a stale scale still fails).
 */
function readRecordedResult(r: JsonReader, result: JsonObject): number {
  r.string(result, 'source');
  r.number(result, 'launchC3Km2S2', range(0, 100));
  r.number(result, 'earthFlybyPeriapsisKm', range(6378, 2e6));
  readTdbCalendar(r, result, 'earthFlybyPeriapsisTdb');
  r.number(result, 'capsuleEntrySpeedKmS', range(10, 20));
  const { path, items } = r.array(result, 'burns', { min: 1, max: 20 });
  let sumKmS = 0;
  items.forEach((item, i) => {
    const burn = r.object(item, childPath(path, i), { required: ['label', 'utc', 'deltaVKmS'] });
    if (!burn) return;
    r.string(burn, 'label');
    r.isoUtcMs(burn, 'utc');
    sumKmS += r.number(burn, 'deltaVKmS', range(0, 20));
  });
  const totalKmS = r.number(result, 'totalDeltaVKmS', range(0, 30, { minOpen: true }));
  if (items.length > 0 && Math.abs(sumKmS - totalKmS) > 1e-9 * Math.max(1, totalKmS)) {
    r.report('result.totalDeltaVKmS', `the sum of result.burns[].deltaVKmS (${sumKmS} km/s)`, describeValue(totalKmS));
  }
  return totalKmS;
}
