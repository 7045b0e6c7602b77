/**
 * Offline design of the illustrative Tianwen-2 trajectory (`npm run design`): minimises the total Δv after launch
 * over the free choices (launch excess velocity, departure and flyby dates, flyby geometry, DSM 2 date, 311P
 * arrival, revolutions), with the published event dates held fixed, and writes ephemeris/trajectory-design.json.
 * Nelder–Mead (scripts/nelder-mead.ts) from many starting points: the problem is low-dimensional and smooth enough.
 */
import { writeFileSync } from 'node:fs';
import { nelderMead } from './nelder-mead.ts';
import { DAY_S } from '../src/core/constants.ts';
import { bundledMissionFiles } from '../src/core/mission-data/bundled.ts';
import { readMissionFiles } from '../src/core/mission-data/load-mission-data.ts';
import { MISSION_DATA_READERS } from '../src/core/mission-data/registry.ts';
import { earthStateEqj, propagateTargetBodies, trackStateFunction } from '../src/core/mission-ephemerides.ts';
import { tdbSecFromIsoUtc } from '../src/core/time.ts';
import type { LambertBranch, TrajectoryDesign } from '../src/core/trajectory/design.ts';
import { DESIGN_BOUNDS, DESIGN_FIXED, designToJson, TRAJECTORY_DESIGN_FILE } from '../src/core/trajectory/design-file.ts';
import {
  realiseOutbound, realiseReturnAndCruise, realiseTrajectory, type RealisationEphemerides,
} from '../src/core/trajectory/realise.ts';
import { distance, norm, type Vec3 } from '../src/core/vec3.ts';
import type { StateVector } from '../src/core/state-vector.ts';
import type { Arc } from '../src/core/trajectory/arcs.ts';
import { PROPAGATION_SPAN } from '../src/core/trajectory/propagation-span.ts';

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
  };
}

// Leg 1: launch excess velocity (3 free components), DSM 1 on its reported date, rendezvous on the reported date.
/** Δv-equivalent cost of missing the reported snapshot distances: 0.1 km/s per million km. */
const SNAPSHOT_WEIGHT_KM_S_PER_KM = 0.1 / 1e6;

/** Distances of the probe from the Earth and Kamoʻoalewa at the snapshot time, km. */
function snapshotDistancesKm(arcs: readonly Arc[]): { fromEarthKm: number; fromKamooalewaKm: number } {
  const tdbSec = t(DESIGN_FIXED.cosmicSnapshot.utc);
  const arc = arcs.find((a) => a.startTdbSec <= tdbSec && tdbSec <= a.endTdbSec);
  if (!arc) throw new Error('no outbound arc covers the snapshot date');
  const probe: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  const other: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  arc.stateAt(tdbSec, probe);
  eph.earth(tdbSec, other);
  const fromEarthKm = distance(probe.posKm, other.posKm);
  eph.kamooalewa(tdbSec, other);
  return { fromEarthKm, fromKamooalewaKm: distance(probe.posKm, other.posKm) };
}

function optimiseLaunch(design: TrajectoryDesign): void {
  const cost = (x: number[]) => {
    const vInf = x as Vec3;
    design.launch.vInfEqjKmS = vInf;
    const c3 = norm(vInf) ** 2;
    try {
      const outbound = realiseOutbound(design, eph);
      const deltaV = outbound.burns.reduce((sum, b) => sum + b.magnitudeKmS, 0);
      const fix = snapshotDistancesKm(outbound.probeArcs);
      const miss = Math.abs(fix.fromEarthKm - DESIGN_FIXED.cosmicSnapshot.fromEarthKm)
        + Math.abs(fix.fromKamooalewaKm - DESIGN_FIXED.cosmicSnapshot.fromKamooalewaKm);
      const total = deltaV + SNAPSHOT_WEIGHT_KM_S_PER_KM * miss + PENALTY_PER_UNIT * Math.max(0, c3 - DESIGN_BOUNDS.launchC3MaxKm2S2);
      return Number.isFinite(total) ? total : FAILED;
    } catch {
      return FAILED;
    }
  };
  // Starting guesses: the Earth's own velocity direction and its neighbours, several speeds.
  const earth = { posKm: [0, 0, 0] as Vec3, velKmS: [0, 0, 0] as Vec3 };
  eph.earth(design.launch.liftoffTdbSec, earth);
  const starts: number[][] = [];
  for (const speed of [1, 2, 3]) {
    for (let i = 0; i < 24; i++) {
      const theta = (i / 24) * 2 * Math.PI;
      const phi = ((i % 3) - 1) * 0.5;
      starts.push([speed * Math.cos(theta) * Math.cos(phi), speed * Math.sin(theta) * Math.cos(phi), speed * Math.sin(phi)]);
    }
  }
  let best = { x: starts[0]!, fx: Infinity };
  for (const start of starts) {
    const result = nelderMead(cost, start, { maxIterations: 600, initialStep: 0.3 });
    if (result.fx < best.fx) best = result;
  }
  const polished = nelderMead(cost, best.x, { maxIterations: 2000, initialStep: 0.01 });
  design.launch.vInfEqjKmS = polished.x as Vec3;
  const fix = snapshotDistancesKm(realiseOutbound(design, eph).probeArcs);
  console.log(`leg 1: v∞ = ${norm(design.launch.vInfEqjKmS).toFixed(3)} km/s, cost ${polished.fx.toFixed(4)} km/s; on `
    + `${DESIGN_FIXED.cosmicSnapshot.utc.slice(0, 10)}: ${(fix.fromEarthKm / 1e6).toFixed(1)} million km from the Earth `
    + `(reported ~43), ${(fix.fromKamooalewaKm / 1e6).toFixed(1)} from Kamoʻoalewa (reported ~45)`);
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
        for (const arrival of [30, 100, 160]) {
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

const design = baseDesign();
optimiseLaunch(design);
optimiseReturnAndCruise(design);
const realised = realiseTrajectory(design, eph);
writeFileSync(TRAJECTORY_DESIGN_FILE, `${JSON.stringify(designToJson(design, realised), null, 2)}\n`);
console.log('\nΔv budget after launch (impulsive approximation):');
for (const burn of realised.burns) console.log(`  ${burn.label.padEnd(34)} ${(burn.magnitudeKmS * 1000).toFixed(1).padStart(8)} m/s`);
console.log(`  ${'total'.padEnd(34)} ${(realised.summary.totalDeltaVKmS * 1000).toFixed(1).padStart(8)} m/s`);
console.log(`launch C3 ${realised.summary.launchC3Km2S2.toFixed(3)} km²/s²; Earth flyby periapsis ${realised.summary.earthFlybyPeriapsisKm.toFixed(0)} km from the centre`);
console.log(`wrote ${TRAJECTORY_DESIGN_FILE}`);
