/** Validates ephemeris/trajectory-design.json (written by `npm run design`) into the realisation's inputs. */
import { tdbSecFromUtcMs } from '../time.ts';
import type { LambertBranch, TrajectoryDesign } from '../trajectory/design.ts';
import { childPath, describeValue, type JsonReader } from './json-reader.ts';
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
  if (!fixed || !assumed || !chosen || !result) return undefined;
  readSource(r, fixed, { requireUrl: true });
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
    design, cosmicSnapshot, reportedDistanceFixes, recordedTotalDeltaVKmS: r.number(result, 'totalDeltaVKmS', POSITIVE),
    recordedCapsuleEntryFlightPathAngleDeg: r.number(result, 'capsuleEntryFlightPathAngleDeg', range(-90, 0)),
  };
}
