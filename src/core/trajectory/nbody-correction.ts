/**
 * The N-body correction pass: starting from the patched-conic realisation, re-solves every targeted leg in the
 * full force model by shooting, so that each leg ends on its target (the hover point at Kamoʻoalewa and at 311P,
 * the capsule's entry point at 120 km with its flight-path angle, the flyby periapsis). Run by `npm run design`.
 */
import { DEG, MU_SUN_KM3_S2 } from '../constants.ts';
import { solveLambert } from '../lambert.ts';
import type { ProbePropagator } from '../nbody/probe-propagator.ts';
import type { StateVector, TimedState } from '../state-vector.ts';
import { add, cross, dot, norm, normalize, sub, type Vec3 } from '../vec3.ts';
import type { Arc } from './arcs.ts';
import type { TrajectoryDesign } from './design.ts';
import type { StayPath } from '../proximity/proximity-arc.ts';
import {
  earthRadiusCrossingState, flightPathAngleDeg, geocentric, hoverStateOf, injectionState, kamooalewaStayArc, type NbodyBurnVelocities,
} from './realise-nbody.ts';
import type { RealisationEphemerides, RealisedTrajectory } from './realise.ts';
import { shootResidual, shootVelocity } from './shooting.ts';

/** Closing tolerance of every leg, km: far inside the 10 km an independent check allows. */
export const LEG_CLOSING_TOLERANCE_KM = 0.01;

function arcState(arcs: readonly Arc[], label: string, tdbSec: number): StateVector {
  const arc = arcs.find((a) => a.label === label);
  if (!arc) throw new Error(`the patched-conic path has no arc "${label}"`);
  const s: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  arc.stateAt(tdbSec, s);
  return s;
}

function arcEnd(arcs: readonly Arc[], label: string): TimedState {
  const arc = arcs.find((a) => a.label === label);
  if (!arc) throw new Error(`the patched-conic path has no arc "${label}"`);
  return { tdbSec: arc.endTdbSec, ...arcState(arcs, label, arc.endTdbSec) };
}

function burnVector(conic: RealisedTrajectory, label: string): Vec3 {
  const b = conic.burns.find((x) => x.label === label);
  if (!b) throw new Error(`the patched-conic path has no burn "${label}"`);
  return b.deltaVEqjKmS;
}

export type CorrectionLog = (line: string) => void;

/** The rendezvous point closes to this, km: the probe's track and the stay's body-relative path meet to < 1 m. */
export const RENDEZVOUS_CLOSING_TOLERANCE_KM = 1e-4;

export function correctInNbody(
  design: TrajectoryDesign, conic: RealisedTrajectory, eph: RealisationEphemerides, propagator: ProbePropagator, stay: StayPath,
  log: CorrectionLog = () => {},
): NbodyBurnVelocities {
  const tol = { toleranceKm: LEG_CLOSING_TOLERANCE_KM };
  const from = (s: TimedState, velKmS: Vec3, toTdbSec: number) => propagator.propagate({ ...s, velKmS }, toTdbSec);
  const report = (leg: string, r: { missKm: number; iterations: number }) =>
    log(`  ${leg}: closed to ${(r.missKm * 1000).toFixed(1)} m in ${r.iterations} Newton steps`);

  // Leg 1: launch coast in N-body; DSM 1 aimed at the stay's first point (the rendezvous, ~2,000 km sunward).
  const { arrivalTdbSec, departureTdbSec } = design.kamooalewa;
  const stayKamooalewa = kamooalewaStayArc(design, stay, eph);
  const atDsm1 = propagator.propagate(injectionState(design, eph.earth), design.deepSpaceManoeuvre1TdbSec);
  const kamoArrival: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  stayKamooalewa.stateAt(arrivalTdbSec, kamoArrival);
  const [lambert1] = solveLambert(atDsm1.posKm, kamoArrival.posKm, arrivalTdbSec - atDsm1.tdbSec, MU_SUN_KM3_S2);
  if (!lambert1) throw new Error('DSM 1: no Lambert first guess');
  const dsm1 = shootVelocity(
    (v) => from(atDsm1, v, arrivalTdbSec).posKm, lambert1.v1KmS, kamoArrival.posKm, { toleranceKm: RENDEZVOUS_CLOSING_TOLERANCE_KM },
  );
  report('DSM 1 → Kamoʻoalewa', dsm1);

  // Leg 2: departure aimed at the conic's entry point at its time, then at the entry's time, cross-track position
  // and flight-path angle (residuals scaled to km).
  const kamoDeparture: TimedState = { tdbSec: departureTdbSec, posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  stayKamooalewa.stateAt(departureTdbSec, kamoDeparture);
  const guess = add(kamoDeparture.velKmS, burnVector(conic, 'Kamoʻoalewa departure'));
  const entry = arcEnd(conic.capsuleArcs, 'capsule entry arc');
  const entryGeo = geocentric(entry, eph.earth);
  const entryRadiusKm = norm(entryGeo.posKm);
  const toEntryPoint = shootVelocity((v) => from(kamoDeparture, v, entry.tdbSec).posKm, guess, entry.posKm, { toleranceKm: 1 });
  // Entry time, cross-track position and flight-path angle fix the approach (the down-range point follows from the angle).
  const normal = normalize(cross(entryGeo.posKm, entryGeo.velKmS));
  const speedKmS = norm(entryGeo.velKmS);
  const gammaDeg = design.capsule.entryFlightPathAngleDeg;
  const separationTdbSec = design.earthFlyby.periapsisTdbSec - design.capsule.separationLeadSec;
  const departure = shootResidual((v) => {
    const atSep = from(kamoDeparture, v, separationTdbSec);
    const crossingHelio = earthRadiusCrossingState(propagator, atSep, entry.tdbSec - 600, entryRadiusKm, eph.earth);
    const crossing = geocentric(crossingHelio, eph.earth);
    return [
      dot(sub(crossing.posKm, entryGeo.posKm), normal),
      (crossingHelio.tdbSec - entry.tdbSec) * speedKmS,
      (flightPathAngleDeg(crossing) - gammaDeg) * DEG * entryRadiusKm,
    ];
  }, toEntryPoint.velKmS, tol);
  report('Kamoʻoalewa → capsule entry (point and flight-path angle)', departure);

  // Leg 3: divert at separation aimed at the conic's flyby periapsis.
  const atSeparation = from(kamoDeparture, departure.velKmS, separationTdbSec);
  const periapsisTdbSec = design.earthFlyby.periapsisTdbSec;
  const periapsis = arcState(conic.probeArcs, 'Earth flyby', periapsisTdbSec);
  const divert = shootVelocity(
    (v) => from(atSeparation, v, periapsisTdbSec).posKm, add(atSeparation.velKmS, burnVector(conic, 'divert after capsule separation')),
    periapsis.posKm, tol,
  );
  report('divert → flyby periapsis', divert);

  // Leg 4: coast from the flyby in N-body; DSM 2 aimed at the hover point beside 311P.
  const dsm2TdbSec = design.cruise.deepSpaceManoeuvre2TdbSec;
  const atDsm2 = from(atSeparation, divert.velKmS, dsm2TdbSec);
  const comet = design.comet311p;
  const cometArrival = hoverStateOf(eph.comet311p, comet.standoffKm, comet.arrivalTdbSec);
  const lambert2 = solveLambert(atDsm2.posKm, cometArrival.posKm, comet.arrivalTdbSec - dsm2TdbSec, MU_SUN_KM3_S2, { maxRevolutions: design.cruise.revolutions })
    .find((s) => s.revolutions === design.cruise.revolutions && s.branch === design.cruise.branch);
  if (!lambert2) throw new Error('DSM 2: no Lambert first guess');
  const dsm2 = shootVelocity((v) => from(atDsm2, v, comet.arrivalTdbSec).posKm, lambert2.v1KmS, cometArrival.posKm, tol);
  report('DSM 2 → 311P', dsm2);

  return {
    deepSpaceManoeuvre1: dsm1.velKmS,
    kamooalewaDeparture: departure.velKmS,
    capsuleSeparationDivert: divert.velKmS,
    deepSpaceManoeuvre2: dsm2.velKmS,
  };
}
