/**
 * ephemeris/trajectory-design.json: what is fixed by published facts (with sources), the bounds the optimiser
 * respected (illustrative), and the values it chose (illustrative). Written by `npm run design`.
 */
import { AU_KM, MU_EARTH_KM3_S2, MU_SUN_KM3_S2 } from '../constants.ts';
import { formatTdbCalendar } from '../formats/tdb-calendar.ts';
import { utcMsFromTdbSec } from '../time.ts';
import type { TrajectoryDesign } from './design.ts';
import type { RealisedTrajectory } from './realise.ts';
import { REPORTED_DISTANCE_FIXES } from './reported-fixes.ts';

export const TRAJECTORY_DESIGN_FILE = 'ephemeris/trajectory-design.json';

const isoUtc = (tdbSec: number) => new Date(Math.round(utcMsFromTdbSec(tdbSec))).toISOString();

/** Facts the design keeps fixed. */
export const DESIGN_FIXED = {
  launch: {
    liftoffUtc: '2025-05-28T17:31:00Z',
    injectionDelaySec: 18 * 60,
    injectionAltitudeKm: 200,
  },
  deepSpaceManoeuvre1Utc: '2025-10-30T00:00:00Z',
  kamooalewaArrivalUtc: '2026-06-07T00:00:00Z',
  standoffKm: 20,
  /** Laplace sphere of influence, a (m/M)^(2/5) with a = 1 au. */
  earthSphereOfInfluenceKm: Math.round(AU_KM * (MU_EARTH_KM3_S2 / MU_SUN_KM3_S2) ** 0.4),
  /** Illustrative: Hayabusa2 released its capsule ~12 h before entry (https://en.wikipedia.org/wiki/Hayabusa2). */
  capsule: { separationLeadSec: 12 * 3600, entryInterfaceAltitudeKm: 120, entryFlightPathAngleDeg: -12 },
  // Illustrative: a stay of at least a year after a January 2035 arrival (plans: design life to ~2035–2036).
  missionEndUtc: '2036-02-01T00:00:00Z',
  /**
   * The one reported position fix: the 2025-10-01 "cosmic snapshot" was taken ~43 million km from the Earth and
   * ~45 million km from 2016 HO3 (xyk126.net 2025-10; air-cosmos.com). The design is drawn towards it.
   */
  cosmicSnapshot: { utc: '2025-10-01T00:00:00Z', fromEarthKm: 43e6, fromKamooalewaKm: 45e6 },
} as const;

/** Windows around the published (approximate) dates, and the launcher bound; all illustrative choices. */
export const DESIGN_BOUNDS = {
  launchC3MaxKm2S2: 18,
  kamooalewaDepartureUtc: ['2027-04-01T00:00:00Z', '2027-04-30T00:00:00Z'],
  earthFlybyUtc: ['2027-11-15T00:00:00Z', '2027-11-30T00:00:00Z'],
  earthFlybyAltitudeKm: [300, 50_000],
  // The published plan: arrival "January 2035" (Universe Today); the design keeps to that month.
  comet311pArrivalUtc: ['2035-01-01T00:00:00Z', '2035-01-31T00:00:00Z'],
} as const satisfies Record<string, unknown>;

/** Sources of the fixed values, in the data files' { ref, urls } form. */
export const DESIGN_FIXED_SOURCE = {
  ref: 'lift-off and ~18 min injection: Wikipedia "Tianwen-2" and thecover.cn 2025-05-30; DSM planned 2025-10-30: killbait.com; '
    + 'arrival ~2026-06-07: The Planetary Society; ~20 km standoff: CNSA image from ~20 km, 2026-07-02; '
    + '2025-10-01 snapshot ~43 million km from the Earth and ~45 million km from 2016 HO3: xyk126.net, air-cosmos.com',
  urls: [
    'https://en.wikipedia.org/wiki/Tianwen-2',
    'https://e.thecover.cn/shtml/hxdsb/20250530/230142.shtml',
    'https://killbait.com/en/tianwen-2-mission-after-125-days-in-space-progress-and-secrecy',
    'https://www.planetary.org/articles/chinas-tianwen-2-mission-has-probably-arrived-at-a-quasi-moon-of-earth',
    'https://www.cnsa.gov.cn/n6758823/n6758838/c10760422/content.html',
    'http://www.xyk126.net/html/2025-10/974409.html',
    'https://air-cosmos.com/article/un-selfie-de-tianwen-2-partage-pour-la-fete-nationale-chinoise-70565',
  ],
} as const;

export function designToJson(design: TrajectoryDesign, realised: RealisedTrajectory) {
  return {
    description: 'Illustrative Tianwen-2 trajectory: CNSA publishes no ephemeris. Published event dates are held fixed; '
      + 'everything marked illustrative was chosen by `npm run design` (scripts/design-trajectory.ts) to minimise the total Δv.',
    dynamics: 'Optimised in patched conics (Sun-only arcs outside the Earth\'s sphere of influence, Earth-only inside), then '
      + 'corrected in N-body: every coast is propagated with the Sun, Mercury–Neptune, the Earth and the Moon apart, and '
      + 'the Sun\'s 1PN term (src/core/nbody/probe-propagator.ts), and each targeted leg is closed by shooting '
      + '(src/core/trajectory/nbody-correction.ts). Hovers co-move with Kamoʻoalewa and 311P at a fixed sunward standoff. '
      + 'Burns are impulsive; the solar-electric cruise thrusting is approximated by the deep-space manoeuvres.',
    frame: 'heliocentric EQJ (ICRF axes); times UTC',
    fixed: {
      liftoffUtc: DESIGN_FIXED.launch.liftoffUtc,
      injectionDelaySec: DESIGN_FIXED.launch.injectionDelaySec,
      deepSpaceManoeuvre1Utc: DESIGN_FIXED.deepSpaceManoeuvre1Utc,
      kamooalewaArrivalUtc: DESIGN_FIXED.kamooalewaArrivalUtc,
      standoffKm: DESIGN_FIXED.standoffKm,
      cosmicSnapshot: DESIGN_FIXED.cosmicSnapshot,
      reportedDistanceFixes: REPORTED_DISTANCE_FIXES,
      source: DESIGN_FIXED_SOURCE,
    },
    assumed: {
      injectionAltitudeKm: DESIGN_FIXED.launch.injectionAltitudeKm,
      earthSphereOfInfluenceKm: DESIGN_FIXED.earthSphereOfInfluenceKm,
      capsuleSeparationLeadSec: DESIGN_FIXED.capsule.separationLeadSec,
      capsuleEntryInterfaceAltitudeKm: DESIGN_FIXED.capsule.entryInterfaceAltitudeKm,
      capsuleEntryFlightPathAngleDeg: DESIGN_FIXED.capsule.entryFlightPathAngleDeg,
      comet311pStandoffKm: design.comet311p.standoffKm,
      missionEndUtc: DESIGN_FIXED.missionEndUtc,
      bounds: DESIGN_BOUNDS,
      source: 'illustrative',
    },
    chosen: {
      launchVInfEqjKmS: design.launch.vInfEqjKmS,
      kamooalewaDepartureUtc: isoUtc(design.kamooalewa.departureTdbSec),
      earthFlybyPeriapsisUtc: isoUtc(design.earthFlyby.periapsisTdbSec),
      earthFlybyPeriapsisAltitudeKm: design.earthFlyby.periapsisAltitudeKm,
      earthFlybyBPlaneAngleDeg: design.earthFlyby.bPlaneAngleDeg,
      deepSpaceManoeuvre2Utc: isoUtc(design.cruise.deepSpaceManoeuvre2TdbSec),
      cruiseRevolutions: design.cruise.revolutions,
      cruiseLambertBranch: design.cruise.branch,
      comet311pArrivalUtc: isoUtc(design.comet311p.arrivalTdbSec),
      nbodyBurnVelocitiesEqjKmS: design.nbodyBurnVelocitiesEqjKmS,
      source: 'illustrative',
    },
    result: {
      launchC3Km2S2: realised.summary.launchC3Km2S2,
      earthFlybyPeriapsisKm: realised.summary.earthFlybyPeriapsisKm,
      earthFlybyPeriapsisTdb: formatTdbCalendar(realised.summary.earthFlybyPeriapsisTdbSec, 3),
      capsuleEntrySpeedKmS: realised.summary.capsuleEntrySpeedKmS,
      capsuleEntryFlightPathAngleDeg: realised.summary.capsuleEntryFlightPathAngleDeg,
      burns: realised.burns.map((b) => ({ label: b.label, utc: isoUtc(b.tdbSec), deltaVKmS: b.magnitudeKmS })),
      totalDeltaVKmS: realised.summary.totalDeltaVKmS,
      source: 'illustrative: computed by src/core/trajectory/realise-nbody.ts (N-body) from the values above',
    },
  };
}
