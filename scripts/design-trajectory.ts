/**
 * Offline design of the illustrative Tianwen-2 trajectory (`npm run design`): minimises the total Δv after launch
 * over the free choices (launch excess velocity, departure and flyby dates, flyby geometry, DSM 2 date, 311P
 * arrival, revolutions), with the published event dates held fixed, and writes ephemeris/trajectory-design.json.
 * Nelder–Mead (scripts/nelder-mead.ts) from many starting points: the problem is low-dimensional and smooth enough.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nelderMead } from './nelder-mead.ts';
import { DAY_S } from '../src/core/constants.ts';
import { bundledMissionFiles } from '../src/core/mission-data/bundled.ts';
import { readMissionFiles } from '../src/core/mission-data/load-mission-data.ts';
import { MISSION_DATA_READERS } from '../src/core/mission-data/registry.ts';
import { earthStateEqj, propagateTargetBodies, trackStateFunction } from '../src/core/mission-ephemerides.ts';
import { tdbSecFromIsoUtc } from '../src/core/time.ts';
import type { LambertBranch, TrajectoryDesign } from '../src/core/trajectory/design.ts';
import { DESIGN_BOUNDS, DESIGN_FIXED, designToJson, TRAJECTORY_DESIGN_FILE } from '../src/core/trajectory/design-file.ts';
import { realiseReturnAndCruise, realiseTrajectory, type RealisationEphemerides } from '../src/core/trajectory/realise.ts';
import { distance, norm, sub, type Vec3 } from '../src/core/vec3.ts';
import { MU_SUN_KM3_S2 } from '../src/core/constants.ts';
import { solveLambert } from '../src/core/lambert.ts';
import { ProbePropagator } from '../src/core/nbody/probe-propagator.ts';
import { correctInNbody } from '../src/core/trajectory/nbody-correction.ts';
import { designedEventTdbSec } from '../src/core/trajectory/designed-event-dates.ts';
import { writeEventPathDates } from './event-path-dates.ts';
import { hoverStateOf, injectionState, realiseNbody } from '../src/core/trajectory/realise-nbody.ts';
import { fixDayTdbSec, fixMissKm, REPORTED_DISTANCE_FIXES } from '../src/core/trajectory/reported-fixes.ts';
import type { StateVector, TimedState } from '../src/core/state-vector.ts';
import { PROPAGATION_SPAN } from '../src/core/trajectory/propagation-span.ts';
import { stayPathOf } from '../src/core/proximity/proximity-arc.ts';

const t = tdbSecFromIsoUtc;
// Only the target bodies: the design file this script writes must not be needed to write it.
const bodyFiles = ['ephemeris/bodies/kamooalewa.json', 'ephemeris/bodies/311p.json'] as const;
const bundled = bundledMissionFiles();
const bodies = readMissionFiles(
  Object.fromEntries(bodyFiles.map((name) => [name, bundled[name]])),
  { [bodyFiles[0]]: MISSION_DATA_READERS[bodyFiles[0]], [bodyFiles[1]]: MISSION_DATA_READERS[bodyFiles[1]] },
);
const tracks = propagateTargetBodies(
  { kamooalewa: bodies[bodyFiles[0]], comet311p: bodies[bodyFiles[1]] }, t(PROPAGATION_SPAN.startUtc), t(PROPAGATION_SPAN.endUtc),
);
const PROXIMITY_FILE = 'ephemeris/proximity-operations.json';
const proximityPlan = readMissionFiles({ [PROXIMITY_FILE]: bundled[PROXIMITY_FILE] }, { [PROXIMITY_FILE]: MISSION_DATA_READERS[PROXIMITY_FILE] })[PROXIMITY_FILE];
const eph: RealisationEphemerides = {
  earth: earthStateEqj, kamooalewa: trackStateFunction(tracks.kamooalewa), comet311p: trackStateFunction(tracks.comet311p),
};

const PENALTY_PER_UNIT = 1e3;
const FAILED = 1e9;
const penaltyOutside = (value: number, [low, high]: readonly [number, number]) =>
  value < low ? (low - value) : value > high ? (value - high) : 0;

/** Total Δv of the legs `realise` builds, or FAILED when no trajectory exists for these choices. */
function deltaVOrFailed(realise: () => { burns: { magnitudeKmS: number }[] }): number {
  try {
    const total = realise().burns.reduce((sum, b) => sum + b.magnitudeKmS, 0);
    return Number.isFinite(total) ? total : FAILED;
  } catch {
    return FAILED;
  }
}

function baseDesign(): TrajectoryDesign {
  return {
    launch: { ...DESIGN_FIXED.launch, liftoffTdbSec: t(DESIGN_FIXED.launch.liftoffUtc), vInfEqjKmS: [0, 0, 0] },
    deepSpaceManoeuvre1TdbSec: t(DESIGN_FIXED.deepSpaceManoeuvre1Utc),
    kamooalewa: {
      arrivalTdbSec: t(DESIGN_FIXED.kamooalewaArrivalUtc), departureTdbSec: t('2027-04-15T00:00:00Z'),
      standoffKm: DESIGN_FIXED.standoffKm,
    },
    earthFlyby: {
      periapsisTdbSec: t('2027-11-25T00:00:00Z'), periapsisAltitudeKm: 5000, bPlaneAngleDeg: 0,
      sphereOfInfluenceKm: DESIGN_FIXED.earthSphereOfInfluenceKm,
    },
    capsule: { ...DESIGN_FIXED.capsule },
    cruise: { deepSpaceManoeuvre2TdbSec: t('2029-01-01T00:00:00Z'), revolutions: 1, branch: 'left' },
    comet311p: {
      arrivalTdbSec: t('2035-01-15T00:00:00Z'), standoffKm: DESIGN_FIXED.standoffKm,
      missionEndTdbSec: t(DESIGN_FIXED.missionEndUtc),
    },
    nbodyBurnVelocitiesEqjKmS: { deepSpaceManoeuvre1: [0, 0, 0], kamooalewaDeparture: [0, 0, 0], capsuleSeparationDivert: [0, 0, 0], deepSpaceManoeuvre2: [0, 0, 0] },
  };
}

// Leg 1: launch excess velocity (3 free components), flown in N-body from the injection (the reported distance fixes
// all fall on this coast), DSM 1 on its reported date, rendezvous on the reported date.
const propagator = new ProbePropagator(t(PROPAGATION_SPAN.startUtc), t(PROPAGATION_SPAN.endUtc));
/** Δv-equivalent cost of missing a reported distance band: 0.1 km/s per 100,000 km. */
const FIX_WEIGHT_KM_S_PER_KM = 0.1 / 1e5;

interface LaunchLeg { deltaVKmS: number; fixMissesKm: number[]; fixDistancesKm: [number, number][] }

/** The launch coast in N-body: distances at the fix days' ends, and DSM 1 + rendezvous Δv by Lambert from its end. */
function launchLeg(design: TrajectoryDesign): LaunchLeg {
  const marks = REPORTED_DISTANCE_FIXES.flatMap((fix, i) => {
    const day = fixDayTdbSec(fix);
    return [{ tdbSec: day.start, fix: i, end: 0 }, { tdbSec: day.end, fix: i, end: 1 }];
  }).sort((a, b) => a.tdbSec - b.tdbSec);
  const distances: [number, number][] = REPORTED_DISTANCE_FIXES.map(() => [0, 0]);
  let s: TimedState = injectionState(design, eph.earth);
  const other: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  for (const mark of marks) {
    s = propagator.propagate(s, mark.tdbSec);
    const fix = REPORTED_DISTANCE_FIXES[mark.fix]!;
    (fix.from === 'earth' ? eph.earth : eph.kamooalewa)(mark.tdbSec, other);
    distances[mark.fix]![mark.end] = distance(s.posKm, other.posKm);
  }
  s = propagator.propagate(s, design.deepSpaceManoeuvre1TdbSec);
  // The rendezvous: the proximity plan's first stop (its distance sunward of the rock at the arrival date).
  const arrival = hoverStateOf(eph.kamooalewa, proximityPlan.approach[0]!.distanceKm, design.kamooalewa.arrivalTdbSec);
  const [toKamo] = solveLambert(s.posKm, arrival.posKm, arrival.tdbSec - s.tdbSec, MU_SUN_KM3_S2);
  if (!toKamo) throw new Error('no Lambert arc from DSM 1 to Kamoʻoalewa');
  const deltaVKmS = norm(sub(toKamo.v1KmS, s.velKmS)) + norm(sub(arrival.velKmS, toKamo.v2KmS));
  return {
    deltaVKmS,
    fixDistancesKm: distances,
    fixMissesKm: REPORTED_DISTANCE_FIXES.map((fix, i) => fixMissKm(fix, distances[i]![0], distances[i]![1])),
  };
}

function optimiseLaunch(design: TrajectoryDesign, startVInf: Vec3): void {
  const cost = (x: number[]) => {
    design.launch.vInfEqjKmS = x as Vec3;
    const c3 = norm(design.launch.vInfEqjKmS) ** 2;
    try {
      const leg = launchLeg(design);
      const total = leg.deltaVKmS + FIX_WEIGHT_KM_S_PER_KM * leg.fixMissesKm.reduce((a, b) => a + b, 0)
        + PENALTY_PER_UNIT * Math.max(0, c3 - DESIGN_BOUNDS.launchC3MaxKm2S2);
      return Number.isFinite(total) ? total : FAILED;
    } catch {
      return FAILED;
    }
  };
  // Starting guesses: the previous design's direction at several launch energies.
  const unit = startVInf.map((v) => v / norm(startVInf));
  let best = { x: [...startVInf] as number[], fx: cost([...startVInf]) };
  for (const c3 of [14, 16, 17]) {
    const result = nelderMead(cost, unit.map((u) => u * Math.sqrt(c3)), { maxIterations: 300, initialStep: 0.2 });
    if (result.fx < best.fx) best = result;
  }
  const polished = nelderMead(cost, best.x, { maxIterations: 600, initialStep: 0.02 });
  design.launch.vInfEqjKmS = polished.x as Vec3;
  const leg = launchLeg(design);
  console.log(`leg 1: C3 = ${(norm(design.launch.vInfEqjKmS) ** 2).toFixed(2)} km²/s², DSM 1 + rendezvous ${leg.deltaVKmS.toFixed(3)} km/s (Lambert estimate)`);
  REPORTED_DISTANCE_FIXES.forEach((fix, i) => {
    const [a, b] = leg.fixDistancesKm[i]!;
    console.log(`  ${fix.id} (${fix.dayBeijing}, ${fix.kind} ${fix.distanceKm / 1e6} million km from ${fix.from}): `
      + `${(a / 1e6).toFixed(3)}–${(b / 1e6).toFixed(3)} million km over the day, miss ${(leg.fixMissesKm[i]! / 1e3).toFixed(0)} thousand km`);
  });
}

// Legs 2–3: departure date, flyby date/altitude/B-plane angle, DSM 2 date, 311P arrival; revolutions searched.
function optimiseReturnAndCruise(design: TrajectoryDesign): void {
  const b = DESIGN_BOUNDS;
  const apply = (x: number[], revolutions: number, branch: LambertBranch) => {
    const [dep, flyby, altitudeKkm, angleDeg, dsm2Fraction, arrival] = x as [number, number, number, number, number, number];
    design.kamooalewa.departureTdbSec = t(b.kamooalewaDepartureUtc[0]) + dep * DAY_S;
    design.earthFlyby.periapsisTdbSec = t(b.earthFlybyUtc[0]) + flyby * DAY_S;
    design.earthFlyby.periapsisAltitudeKm = altitudeKkm * 1000;
    design.earthFlyby.bPlaneAngleDeg = angleDeg;
    design.comet311p.arrivalTdbSec = t(b.comet311pArrivalUtc[0]) + arrival * DAY_S;
    const cruiseStart = design.earthFlyby.periapsisTdbSec + 30 * DAY_S;
    design.cruise.deepSpaceManoeuvre2TdbSec = cruiseStart + dsm2Fraction * (design.comet311p.arrivalTdbSec - 200 * DAY_S - cruiseStart);
    design.cruise.revolutions = revolutions;
    design.cruise.branch = branch;
  };
  const spanDays = (range: readonly [string, string]) => (t(range[1]) - t(range[0])) / DAY_S;
  const penalties = (x: number[]) => {
    const [dep, flyby, altitudeKkm, , dsm2Fraction, arrival] = x as number[];
    return penaltyOutside(dep!, [0, spanDays(b.kamooalewaDepartureUtc)]) + penaltyOutside(flyby!, [0, spanDays(b.earthFlybyUtc)])
      + penaltyOutside(altitudeKkm! * 1000, b.earthFlybyAltitudeKm) / 1000 + penaltyOutside(dsm2Fraction!, [0, 1])
      + penaltyOutside(arrival!, [0, spanDays(b.comet311pArrivalUtc)]);
  };
  const legCost = (revolutions: number, branch: LambertBranch) => (x: number[]) => {
    const penalty = penalties(x);
    if (penalty > 0) return FAILED * 1e-3 + PENALTY_PER_UNIT * penalty;
    apply(x, revolutions, branch);
    return deltaVOrFailed(() => realiseReturnAndCruise(design, eph));
  };
  let best = { x: [] as number[], fx: Infinity, revolutions: 0, branch: 'single' as LambertBranch };
  const options: [number, LambertBranch][] = [[0, 'single'], [1, 'left'], [1, 'right'], [2, 'left'], [2, 'right'], [3, 'left'], [3, 'right']];
  for (const [revolutions, branch] of options) {
    const cost = legCost(revolutions, branch);
    for (const angle of [0, 90, 180, 270]) {
      for (const dsm2 of [0.1, 0.4, 0.7]) {
        for (const arrival of [0.15, 0.5, 0.85].map((f) => f * spanDays(b.comet311pArrivalUtc))) {
          const start = [15, 10, 10, angle, dsm2, arrival];
          if (cost(start) >= FAILED * 1e-3) continue;
          const result = nelderMead(cost, start, { maxIterations: 800, initialStep: 5 });
          if (result.fx < best.fx) best = { ...result, revolutions, branch };
        }
      }
    }
    console.log(`  ${revolutions} rev ${branch}: best so far ${best.fx.toFixed(4)} km/s (${best.revolutions} rev ${best.branch})`);
  }
  const polished = nelderMead(legCost(best.revolutions, best.branch), best.x, { maxIterations: 3000, initialStep: 1 });
  apply(polished.x, best.revolutions, best.branch);
  console.log(`legs 2–3: departure + divert + DSM 2 + 311P rendezvous = ${polished.fx.toFixed(4)} km/s`);
}

const previous = JSON.parse(readFileSync(TRAJECTORY_DESIGN_FILE, 'utf8')) as { chosen?: { launchVInfEqjKmS?: Vec3 } };
const design = baseDesign();
const started = performance.now();
optimiseLaunch(design, previous.chosen?.launchVInfEqjKmS ?? [1, 3, -1]);
if (!process.argv.includes('--launch-only')) optimiseReturnAndCruise(design);
else Object.assign(design, { ...readMissionFiles({ [TRAJECTORY_DESIGN_FILE]: bundled[TRAJECTORY_DESIGN_FILE] }, { [TRAJECTORY_DESIGN_FILE]: MISSION_DATA_READERS[TRAJECTORY_DESIGN_FILE] })[TRAJECTORY_DESIGN_FILE].design, launch: design.launch });
// The file keeps times to the millisecond and the flyby magnifies a millisecond into kilometres: correct the design
// as the app will read it back, not as it sits in memory.
const asStored = (d: TrajectoryDesign): TrajectoryDesign => {
  const json = designToJson(d, realiseTrajectory(d, eph));
  const file = TRAJECTORY_DESIGN_FILE;
  return { ...readMissionFiles({ [file]: JSON.parse(JSON.stringify(json)) }, { [file]: MISSION_DATA_READERS[file] })[file].design };
};
Object.assign(design, asStored(design));
const conic = realiseTrajectory(design, eph);
console.log('N-body correction pass:');
const stay = stayPathOf(proximityPlan, design.kamooalewa.departureTdbSec);
design.nbodyBurnVelocitiesEqjKmS = correctInNbody(design, conic, eph, propagator, stay, console.log);
const realised = realiseNbody(design, design.nbodyBurnVelocitiesEqjKmS, eph, propagator, stay);
writeFileSync(TRAJECTORY_DESIGN_FILE, `${JSON.stringify(designToJson(design, realised), null, 2)}\n`);
writeEventPathDates(designedEventTdbSec(design, realised));
console.log(`\nΔv budget after launch (impulsive, N-body), patched-conic total ${(conic.summary.totalDeltaVKmS * 1000).toFixed(1)} m/s:`);
for (const burn of realised.burns) console.log(`  ${burn.label.padEnd(34)} ${(burn.magnitudeKmS * 1000).toFixed(1).padStart(8)} m/s`);
console.log(`  ${'total'.padEnd(34)} ${(realised.summary.totalDeltaVKmS * 1000).toFixed(1).padStart(8)} m/s`);
console.log(`launch C3 ${realised.summary.launchC3Km2S2.toFixed(3)} km²/s²; Earth flyby periapsis ${realised.summary.earthFlybyPeriapsisKm.toFixed(0)} km from the centre`);
console.log(`capsule entry: ${realised.summary.capsuleEntrySpeedKmS.toFixed(3)} km/s at ${realised.summary.capsuleEntryFlightPathAngleDeg.toFixed(3)}°`);
console.log(`wrote ${TRAJECTORY_DESIGN_FILE} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
