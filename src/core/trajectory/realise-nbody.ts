/**
 * The designed path flown in the full force model (Sun, planets, the Moon, the Sun's 1PN term): the launch
 * injection of the design, then coasts between impulsive burns whose post-burn velocities the N-body correction
 * pass (nbody-correction.ts) chose so that every leg ends on its target. The stay at Kamoʻoalewa follows the
 * proximity plan (approach stops, hover, sampling descents: proximity/proximity-arc.ts), the stay at 311P hovers.
 * Used by the app and the export; the patched-conic realisation (realise.ts) remains the optimiser's fast model.
 */
import { DEG, EARTH_RADIUS_KM, MU_EARTH_KM3_S2 } from '../constants.ts';
import { hyperbolaAtPeriapsis } from '../hyperbola.ts';
import type { ProbePropagator } from '../nbody/probe-propagator.ts';
import type { StateVector, TimedState } from '../state-vector.ts';
import { dot, norm, sub, type Vec3 } from '../vec3.ts';
import { stayArc, type StayPath } from '../proximity/proximity-arc.ts';
import { hoverArc, hoverOffset, type Arc, type BodyStateFunction } from './arcs.ts';
import type { TrajectoryDesign } from './design.ts';
import { nbodyArc, type NbodyArc } from './nbody-arc.ts';
import type { Burn, RealisationEphemerides, RealisedTrajectory } from './realise.ts';

/** The post-burn velocities (heliocentric EQJ, km/s) the correction pass solved for. */
export interface NbodyBurnVelocities {
  deepSpaceManoeuvre1: Vec3;
  kamooalewaDeparture: Vec3;
  capsuleSeparationDivert: Vec3;
  deepSpaceManoeuvre2: Vec3;
}

const state0 = (): StateVector => ({ posKm: [0, 0, 0], velKmS: [0, 0, 0] });

function stateOf(at: BodyStateFunction, tdbSec: number): TimedState {
  const s = state0();
  at(tdbSec, s);
  return { tdbSec, ...s };
}

export function hoverStateOf(target: BodyStateFunction, standoffKm: number, tdbSec: number): TimedState {
  const s = stateOf(target, tdbSec);
  hoverOffset(s, standoffKm);
  return s;
}

function burn(label: string, tdbSec: number, before: Vec3, after: Vec3): Burn {
  const deltaVEqjKmS = sub(after, before);
  return { label, tdbSec, deltaVEqjKmS, magnitudeKmS: norm(deltaVEqjKmS) };
}

/** The upper stage's injection: periapsis of the design's departure hyperbola, heliocentric EQJ. */
export function injectionState(design: TrajectoryDesign, earth: BodyStateFunction): TimedState {
  const tdbSec = design.launch.liftoffTdbSec + design.launch.injectionDelaySec;
  const relative = hyperbolaAtPeriapsis({
    vInfKmS: design.launch.vInfEqjKmS,
    asymptote: 'outgoing',
    periapsisKm: EARTH_RADIUS_KM + design.launch.injectionAltitudeKm,
    periapsisTdbSec: tdbSec,
    muKm3S2: MU_EARTH_KM3_S2,
  });
  const e = stateOf(earth, tdbSec);
  return { tdbSec, posKm: [0, 1, 2].map((i) => relative.posKm[i]! + e.posKm[i]!) as Vec3, velKmS: [0, 1, 2].map((i) => relative.velKmS[i]! + e.velKmS[i]!) as Vec3 };
}

/** Earth-centred state of a heliocentric one. */
export function geocentric(s: TimedState, earth: BodyStateFunction): TimedState {
  const e = stateOf(earth, s.tdbSec);
  return { tdbSec: s.tdbSec, posKm: sub(s.posKm, e.posKm), velKmS: sub(s.velKmS, e.velKmS) };
}

/** First time on `arc` at which the distance from the Earth's centre falls to `radiusKm` (bisection on the last approach). */
export function earthRadiusCrossing(arc: Arc, earth: BodyStateFunction, radiusKm: number): number {
  const s = state0();
  const rangeAt = (tdbSec: number) => {
    arc.stateAt(tdbSec, s);
    return norm(geocentric({ tdbSec, ...s }, earth).posKm) - radiusKm;
  };
  let lo = arc.startTdbSec, hi = arc.endTdbSec;
  if (rangeAt(lo) <= 0) throw new Error(`${arc.label}: starts inside ${radiusKm} km`);
  if (rangeAt(hi) > 0) throw new Error(`${arc.label}: never comes within ${radiusKm} km of the Earth's centre`);
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    const mid = 0.5 * (lo + hi);
    if (rangeAt(mid) > 0) lo = mid; else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * The state where the motion from `from` first falls to `radiusKm` from the Earth's centre, starting the search
 * at `guessTdbSec` (before the crossing): Newton steps in time on the geocentric range, dt = -(r - R)/ṙ.
 */
export function earthRadiusCrossingState(
  propagator: ProbePropagator, from: TimedState, guessTdbSec: number, radiusKm: number, earth: BodyStateFunction,
): TimedState {
  let s = propagator.propagate(from, guessTdbSec);
  for (let i = 0; i < 20; i++) {
    const g = geocentric(s, earth);
    const r = norm(g.posKm);
    const rDot = dot(g.posKm, g.velKmS) / r;
    if (!(rDot < 0)) throw new Error(`the path is not descending towards ${radiusKm} km at TDB second ${s.tdbSec}`);
    const dt = -(r - radiusKm) / rDot;
    if (Math.abs(dt) < 1e-6) return s;
    s = propagator.propagate(s, s.tdbSec + dt);
  }
  return s;
}

/** Flight-path angle of a geocentric state, degrees (negative descending). */
export function flightPathAngleDeg(g: StateVector): number {
  return Math.asin(dot(g.posKm, g.velKmS) / (norm(g.posKm) * norm(g.velKmS))) / DEG;
}

/** Closest approach to the Earth on an arc: golden-section search around the best of a coarse scan. */
export function earthClosestApproach(arc: Arc, earth: BodyStateFunction, fromTdbSec: number, toTdbSec: number): { tdbSec: number; rangeKm: number } {
  const s = state0();
  const rangeAt = (tdbSec: number) => {
    arc.stateAt(tdbSec, s);
    return norm(geocentric({ tdbSec, ...s }, earth).posKm);
  };
  const n = 200;
  let best = fromTdbSec;
  for (let i = 0; i <= n; i++) {
    const tdbSec = fromTdbSec + ((toTdbSec - fromTdbSec) * i) / n;
    if (rangeAt(tdbSec) < rangeAt(best)) best = tdbSec;
  }
  const step = (toTdbSec - fromTdbSec) / n;
  let a = Math.max(fromTdbSec, best - step), b = Math.min(toTdbSec, best + step);
  const g = (Math.sqrt(5) - 1) / 2;
  while (b - a > 1e-3) {
    const c = b - g * (b - a), d = a + g * (b - a);
    if (rangeAt(c) < rangeAt(d)) b = d; else a = c;
  }
  const tdbSec = 0.5 * (a + b);
  return { tdbSec, rangeKm: rangeAt(tdbSec) };
}

/** The legs' end states before their burns, for the correction pass and the tests. */
export interface NbodyLegs {
  launchCoast: NbodyArc;
  approachKamooalewa: NbodyArc;
  returnToEarth: NbodyArc;
  capsule: NbodyArc;
  flybyCoast: NbodyArc;
  cruiseTo311p: NbodyArc;
}

/**
 * The stay at Kamoʻoalewa as an arc; its first state is where DSM 1 aims (the rendezvous burn at the approach's
 * first stop, ~2,000 km out) and its last the departure burn's start (at the standoff).
 */
export function kamooalewaStayArc(design: TrajectoryDesign, stay: StayPath, eph: RealisationEphemerides): Arc {
  const { arrivalTdbSec, departureTdbSec } = design.kamooalewa;
  if (stay.startTdbSec !== arrivalTdbSec || stay.endTdbSec !== departureTdbSec) {
    throw new Error('the proximity plan\'s stay does not run from the design\'s rendezvous to its departure');
  }
  return stayArc('stay at Kamoʻoalewa', stay, eph.kamooalewa);
}

export function realiseNbody(
  design: TrajectoryDesign, velocities: NbodyBurnVelocities, eph: RealisationEphemerides, propagator: ProbePropagator, stay: StayPath,
): RealisedTrajectory & { legs: NbodyLegs } {
  const burns: Burn[] = [];
  const { arrivalTdbSec, departureTdbSec } = design.kamooalewa;
  const launchCoast = nbodyArc('launch and cruise to DSM 1', injectionState(design, eph.earth), design.deepSpaceManoeuvre1TdbSec, propagator);
  burns.push(burn('DSM 1', design.deepSpaceManoeuvre1TdbSec, launchCoast.end.velKmS, velocities.deepSpaceManoeuvre1));
  const approachKamooalewa = nbodyArc('approach to Kamoʻoalewa', { ...launchCoast.end, velKmS: velocities.deepSpaceManoeuvre1 }, arrivalTdbSec, propagator);
  const stayKamooalewa = kamooalewaStayArc(design, stay, eph);
  burns.push(burn('Kamoʻoalewa rendezvous', arrivalTdbSec, approachKamooalewa.end.velKmS, stateOf(stayKamooalewa.stateAt, arrivalTdbSec).velKmS));

  const kamoDeparture = stateOf(stayKamooalewa.stateAt, departureTdbSec);
  burns.push(burn('Kamoʻoalewa departure', departureTdbSec, kamoDeparture.velKmS, velocities.kamooalewaDeparture));
  const separationTdbSec = design.earthFlyby.periapsisTdbSec - design.capsule.separationLeadSec;
  const returnToEarth = nbodyArc('return to Earth with capsule', { ...kamoDeparture, velKmS: velocities.kamooalewaDeparture }, separationTdbSec, propagator);
  const entryRadiusKm = EARTH_RADIUS_KM + design.capsule.entryInterfaceAltitudeKm;
  // The capsule coasts on; its arc ends at the entry interface (it cannot take longer than the separation lead).
  const capsuleSearch = nbodyArc('capsule entry search', returnToEarth.end, separationTdbSec + design.capsule.separationLeadSec, propagator);
  const entryTdbSec = earthRadiusCrossing(capsuleSearch, eph.earth, entryRadiusKm);
  const capsule = nbodyArc('capsule entry arc', returnToEarth.end, entryTdbSec, propagator);
  const entry = geocentric(capsule.end, eph.earth);
  const entrySpeedKmS = norm(entry.velKmS);
  const entryFlightPathDeg = flightPathAngleDeg(entry);

  burns.push(burn('divert after capsule separation', separationTdbSec, returnToEarth.end.velKmS, velocities.capsuleSeparationDivert));
  const dsm2TdbSec = design.cruise.deepSpaceManoeuvre2TdbSec;
  const flybyCoast = nbodyArc('Earth flyby and cruise', { ...returnToEarth.end, velKmS: velocities.capsuleSeparationDivert }, dsm2TdbSec, propagator);
  const periapsis = earthClosestApproach(flybyCoast, eph.earth, separationTdbSec, separationTdbSec + 2 * design.capsule.separationLeadSec);
  burns.push(burn('DSM 2', dsm2TdbSec, flybyCoast.end.velKmS, velocities.deepSpaceManoeuvre2));
  const comet = design.comet311p;
  const cruiseTo311p = nbodyArc('cruise to 311P', { ...flybyCoast.end, velKmS: velocities.deepSpaceManoeuvre2 }, comet.arrivalTdbSec, propagator);
  burns.push(burn('311P rendezvous', comet.arrivalTdbSec, cruiseTo311p.end.velKmS, hoverStateOf(eph.comet311p, comet.standoffKm, comet.arrivalTdbSec).velKmS));
  const stay311p = hoverArc('stay at 311P', eph.comet311p, comet.standoffKm, comet.arrivalTdbSec, comet.missionEndTdbSec);

  const launchVInf = norm(design.launch.vInfEqjKmS);
  const atPeriapsis = geocentric(stateOf(flybyCoast.stateAt, periapsis.tdbSec), eph.earth);
  const flybyVInfKmS = Math.sqrt(Math.max(0, dot(atPeriapsis.velKmS, atPeriapsis.velKmS) - (2 * MU_EARTH_KM3_S2) / periapsis.rangeKm));
  return {
    probeArcs: [launchCoast, approachKamooalewa, stayKamooalewa, returnToEarth, flybyCoast, cruiseTo311p, stay311p],
    capsuleArcs: [capsule],
    burns,
    legs: { launchCoast, approachKamooalewa, returnToEarth, capsule, flybyCoast, cruiseTo311p },
    summary: {
      launchC3Km2S2: launchVInf * launchVInf,
      earthFlybyPeriapsisKm: periapsis.rangeKm,
      earthFlybyPeriapsisTdbSec: periapsis.tdbSec,
      earthFlybyVInfKmS: flybyVInfKmS,
      capsuleEntrySpeedKmS: entrySpeedKmS,
      capsuleEntryFlightPathAngleDeg: entryFlightPathDeg,
      totalDeltaVKmS: burns.reduce((sum, b) => sum + b.magnitudeKmS, 0),
    },
  };
}
