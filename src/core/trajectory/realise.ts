/**
 * Turns the design's free choices into the probe's and the capsule's arcs and burns (patched conics).
 * Launch hyperbola → coast → DSM 1 → rendezvous with Kamoʻoalewa → hover → departure burn aimed at the Earth's
 * B-plane for the capsule's entry → capsule separation and probe divert → Earth flyby → coast → DSM 2 →
 * rendezvous with 311P → hover. Every burn is solved here, so arcs meet exactly.
 */
import { DEG, EARTH_RADIUS_KM, MU_EARTH_KM3_S2, MU_SUN_KM3_S2 } from '../constants.ts';
import { excessVelocity, hyperbolaAtPeriapsis, timeToRadius } from '../hyperbola.ts';
import { meanMotionRadS, propagateKepler, stateToElements } from '../kepler.ts';
import { solveLambert, type LambertSolution } from '../lambert.ts';
import type { StateVector, TimedState } from '../state-vector.ts';
import { cross, dot, norm, sub, type Vec3 } from '../vec3.ts';
import { aimAtBPlane } from './approach-targeting.ts';
import { heliocentricConicArc, hoverArc, hoverOffset, planetCentredConicArc, type Arc, type BodyStateFunction } from './arcs.ts';
import { bPlaneFrame, impactParameterForFlightPathKm, orbitNormalForBPlaneAngle } from './b-plane.ts';
import type { TrajectoryDesign } from './design.ts';

export interface RealisationEphemerides {
  earth: BodyStateFunction;
  kamooalewa: BodyStateFunction;
  comet311p: BodyStateFunction;
}

export interface Burn {
  label: string;
  tdbSec: number;
  deltaVEqjKmS: Vec3;
  magnitudeKmS: number;
}

export interface RealisationSummary {
  launchC3Km2S2: number;
  earthFlybyPeriapsisKm: number;
  earthFlybyPeriapsisTdbSec: number;
  earthFlybyVInfKmS: number;
  capsuleEntrySpeedKmS: number;
  capsuleEntryFlightPathAngleDeg: number;
  totalDeltaVKmS: number;
}

export interface RealisedTrajectory {
  probeArcs: Arc[];
  capsuleArcs: Arc[];
  burns: Burn[];
  summary: RealisationSummary;
}

const state0 = (): StateVector => ({ posKm: [0, 0, 0], velKmS: [0, 0, 0] });

function stateOf(at: BodyStateFunction, tdbSec: number): TimedState {
  const s = state0();
  at(tdbSec, s);
  return { tdbSec, ...s };
}

function hoverStateOf(target: BodyStateFunction, standoffKm: number, tdbSec: number): TimedState {
  const s = stateOf(target, tdbSec);
  hoverOffset(s, standoffKm);
  return s;
}

function burn(label: string, tdbSec: number, before: Vec3, after: Vec3): Burn {
  const deltaVEqjKmS = sub(after, before);
  return { label, tdbSec, deltaVEqjKmS, magnitudeKmS: norm(deltaVEqjKmS) };
}

function pickLambert(solutions: LambertSolution[], revolutions: number, branch: string, what: string): LambertSolution {
  const chosen = solutions.find((s) => s.revolutions === revolutions && s.branch === branch);
  if (!chosen) throw new Error(`${what}: no Lambert solution with ${revolutions} revolutions on the ${branch} branch`);
  return chosen;
}

/** Seconds from `relative` to the periapsis passage of its Earth-centred hyperbola. */
function timeToPeriapsisSec(relative: StateVector): number {
  const el = stateToElements(relative, MU_EARTH_KM3_S2, 0);
  return -el.meanAnomalyRad / meanMotionRadS(el.semiMajorAxisKm, MU_EARTH_KM3_S2);
}

function soiCrossingSec(relative: StateVector, soiRadiusKm: number, direction: 'inbound' | 'outbound'): number {
  const crossing = timeToRadius(relative, soiRadiusKm, MU_EARTH_KM3_S2);
  if (!crossing) throw new Error(`the Earth-centred conic never reaches the sphere of influence (${soiRadiusKm} km)`);
  return direction === 'inbound' ? crossing.inboundSec : crossing.outboundSec;
}

interface LegsResult { probeArcs: Arc[]; capsuleArcs: Arc[]; burns: Burn[] }

/** Launch to the end of the stay at Kamoʻoalewa. */
export function realiseOutbound(design: TrajectoryDesign, eph: RealisationEphemerides): LegsResult {
  const probeArcs: Arc[] = [];
  const burns: Burn[] = [];
  const soiKm = design.earthFlyby.sphereOfInfluenceKm;
  // Launch: the upper stage injects the probe at the periapsis of its departure hyperbola.
  const injection = hyperbolaAtPeriapsis({
    vInfKmS: design.launch.vInfEqjKmS,
    asymptote: 'outgoing',
    periapsisKm: EARTH_RADIUS_KM + design.launch.injectionAltitudeKm,
    periapsisTdbSec: design.launch.liftoffTdbSec + design.launch.injectionDelaySec,
    muKm3S2: MU_EARTH_KM3_S2,
  });
  const launchSoiExit = injection.tdbSec + soiCrossingSec(injection, soiKm, 'outbound');
  const launchArc = planetCentredConicArc('departure hyperbola', injection, launchSoiExit, MU_EARTH_KM3_S2, eph.earth);
  probeArcs.push(launchArc);

  // Coast, then DSM 1 aimed at the hover point beside Kamoʻoalewa.
  const { arrivalTdbSec, departureTdbSec, standoffKm } = design.kamooalewa;
  const afterLaunch = stateOf(launchArc.stateAt, launchSoiExit);
  probeArcs.push(heliocentricConicArc('cruise to Kamoʻoalewa', afterLaunch, design.deepSpaceManoeuvre1TdbSec));
  const atDsm1 = stateOf(probeArcs.at(-1)!.stateAt, design.deepSpaceManoeuvre1TdbSec);
  const kamoArrival = hoverStateOf(eph.kamooalewa, standoffKm, arrivalTdbSec);
  const toKamo = pickLambert(
    solveLambert(atDsm1.posKm, kamoArrival.posKm, arrivalTdbSec - atDsm1.tdbSec, MU_SUN_KM3_S2),
    0, 'single', 'DSM 1',
  );
  burns.push(burn('DSM 1', atDsm1.tdbSec, atDsm1.velKmS, toKamo.v1KmS));
  probeArcs.push(heliocentricConicArc('approach to Kamoʻoalewa', { ...atDsm1, velKmS: toKamo.v1KmS }, arrivalTdbSec));
  burns.push(burn('Kamoʻoalewa rendezvous', arrivalTdbSec, toKamo.v2KmS, kamoArrival.velKmS));
  probeArcs.push(hoverArc('stay at Kamoʻoalewa', eph.kamooalewa, standoffKm, arrivalTdbSec, departureTdbSec));

  return { probeArcs, capsuleArcs: [], burns };
}

/** Departure from Kamoʻoalewa to the end of the stay at 311P, with the capsule's arc. */
export function realiseReturnAndCruise(
  design: TrajectoryDesign, eph: RealisationEphemerides,
): LegsResult & { summary: Omit<RealisationSummary, 'launchC3Km2S2' | 'totalDeltaVKmS'> } {
  const probeArcs: Arc[] = [];
  const capsuleArcs: Arc[] = [];
  const burns: Burn[] = [];
  const soiKm = design.earthFlyby.sphereOfInfluenceKm;
  const { departureTdbSec, standoffKm } = design.kamooalewa;
  // Return to Earth: aim at the capsule's entry corridor, with the B vector along the flyby's B-plane angle.
  const flyby = design.earthFlyby;
  const kamoDeparture = hoverStateOf(eph.kamooalewa, standoffKm, departureTdbSec);
  const earthAtFlyby = stateOf(eph.earth, flyby.periapsisTdbSec);
  const [direct] = solveLambert(kamoDeparture.posKm, earthAtFlyby.posKm, flyby.periapsisTdbSec - departureTdbSec, MU_SUN_KM3_S2);
  if (!direct) throw new Error('return leg: no Lambert solution from Kamoʻoalewa to the Earth');
  const frame = bPlaneFrame(sub(direct.v2KmS, earthAtFlyby.velKmS));
  const bAngle = flyby.bPlaneAngleDeg * DEG;
  const entryRadiusKm = EARTH_RADIUS_KM + design.capsule.entryInterfaceAltitudeKm;

  const aimWithVInf = (vInfKmS: number, soiEntryTdbSec: number) => {
    const bKm = impactParameterForFlightPathKm(entryRadiusKm, design.capsule.entryFlightPathAngleDeg * DEG, vInfKmS, MU_EARTH_KM3_S2);
    return aimAtBPlane({
      departure: kamoDeparture, soiEntryTdbSec, planetAt: eph.earth, planetMuKm3S2: MU_EARTH_KM3_S2, soiRadiusKm: soiKm,
      frame, bTKm: bKm * Math.cos(bAngle), bRKm: bKm * Math.sin(bAngle),
    });
  };
  // The SOI entry time and the excess speed depend on each other: a few fixed-point passes settle both.
  let vInfKmS = norm(sub(direct.v2KmS, earthAtFlyby.velKmS));
  let soiEntryTdbSec = flyby.periapsisTdbSec - soiKm / vInfKmS;
  let approach = aimWithVInf(vInfKmS, soiEntryTdbSec);
  for (let pass = 0; pass < 3; pass++) {
    vInfKmS = norm(excessVelocity(approach.relativeAtSoi, MU_EARTH_KM3_S2, 'incoming'));
    soiEntryTdbSec += flyby.periapsisTdbSec - (soiEntryTdbSec + timeToPeriapsisSec(approach.relativeAtSoi));
    approach = aimWithVInf(vInfKmS, soiEntryTdbSec);
  }
  const vInfIn = excessVelocity(approach.relativeAtSoi, MU_EARTH_KM3_S2, 'incoming');
  burns.push(burn('Kamoʻoalewa departure', departureTdbSec, kamoDeparture.velKmS, approach.departureVelKmS));
  probeArcs.push(heliocentricConicArc('return to Earth', { ...kamoDeparture, velKmS: approach.departureVelKmS }, soiEntryTdbSec));

  // Inside the sphere of influence: probe and capsule together on the entry conic until separation.
  const separationTdbSec = flyby.periapsisTdbSec - design.capsule.separationLeadSec;
  const inbound = approach.relativeAtSoi;
  probeArcs.push(planetCentredConicArc('Earth approach with capsule', inbound, separationTdbSec, MU_EARTH_KM3_S2, eph.earth));
  const atSeparation = propagateKepler(inbound, separationTdbSec - inbound.tdbSec, MU_EARTH_KM3_S2);
  const entryOffsetSec = soiCrossingSec(atSeparation, entryRadiusKm, 'inbound');
  const entryInterfaceTdbSec = separationTdbSec + entryOffsetSec;
  capsuleArcs.push(planetCentredConicArc(
    'capsule entry arc', { tdbSec: separationTdbSec, ...atSeparation }, entryInterfaceTdbSec, MU_EARTH_KM3_S2, eph.earth,
  ));
  const atEntry = propagateKepler(atSeparation, entryOffsetSec, MU_EARTH_KM3_S2);
  const entrySpeedKmS = norm(atEntry.velKmS);
  const entryFlightPathRad = Math.asin(dot(atEntry.posKm, atEntry.velKmS) / (norm(atEntry.posKm) * entrySpeedKmS));

  // The probe diverts onto the flyby hyperbola: same approach, periapsis raised to the flyby altitude.
  const flybyPeriapsis = hyperbolaAtPeriapsis({
    vInfKmS: vInfIn,
    asymptote: 'incoming',
    periapsisKm: EARTH_RADIUS_KM + flyby.periapsisAltitudeKm,
    periapsisTdbSec: flyby.periapsisTdbSec,
    muKm3S2: MU_EARTH_KM3_S2,
    planeNormal: orbitNormalForBPlaneAngle(frame, bAngle),
  });
  const divertPrograde = cross(atSeparation.posKm, flybyPeriapsis.posKm)[2] >= 0;
  const [divert] = solveLambert(
    atSeparation.posKm, flybyPeriapsis.posKm, design.capsule.separationLeadSec, MU_EARTH_KM3_S2, { prograde: divertPrograde },
  );
  if (!divert) throw new Error('capsule separation: no divert solution onto the flyby hyperbola');
  burns.push(burn('divert after capsule separation', separationTdbSec, atSeparation.velKmS, divert.v1KmS));
  const probeAfterDivert: TimedState = { tdbSec: separationTdbSec, posKm: atSeparation.posKm, velKmS: divert.v1KmS };
  const flybyElements = stateToElements(probeAfterDivert, MU_EARTH_KM3_S2, separationTdbSec);
  const flybyPeriapsisKm = flybyElements.semiMajorAxisKm * (1 - flybyElements.eccentricity);
  const soiExitTdbSec = separationTdbSec + soiCrossingSec(probeAfterDivert, soiKm, 'outbound');
  const flybyArc = planetCentredConicArc('Earth flyby', probeAfterDivert, soiExitTdbSec, MU_EARTH_KM3_S2, eph.earth);
  probeArcs.push(flybyArc);
  const periapsisTdbSec = separationTdbSec + timeToPeriapsisSec(probeAfterDivert);

  // Cruise to 311P: coast, DSM 2 (a multi-revolution Lambert arc), rendezvous, hover.
  const afterFlyby = stateOf(flybyArc.stateAt, soiExitTdbSec);
  const { deepSpaceManoeuvre2TdbSec, revolutions, branch } = design.cruise;
  probeArcs.push(heliocentricConicArc('cruise after the Earth flyby', afterFlyby, deepSpaceManoeuvre2TdbSec));
  const atDsm2 = stateOf(probeArcs.at(-1)!.stateAt, deepSpaceManoeuvre2TdbSec);
  const comet = design.comet311p;
  const cometArrival = hoverStateOf(eph.comet311p, comet.standoffKm, comet.arrivalTdbSec);
  const toComet = pickLambert(
    solveLambert(atDsm2.posKm, cometArrival.posKm, comet.arrivalTdbSec - deepSpaceManoeuvre2TdbSec, MU_SUN_KM3_S2, { maxRevolutions: revolutions }),
    revolutions, branch, 'DSM 2',
  );
  burns.push(burn('DSM 2', deepSpaceManoeuvre2TdbSec, atDsm2.velKmS, toComet.v1KmS));
  probeArcs.push(heliocentricConicArc('cruise to 311P', { ...atDsm2, velKmS: toComet.v1KmS }, comet.arrivalTdbSec));
  burns.push(burn('311P rendezvous', comet.arrivalTdbSec, toComet.v2KmS, cometArrival.velKmS));
  probeArcs.push(hoverArc('stay at 311P', eph.comet311p, comet.standoffKm, comet.arrivalTdbSec, comet.missionEndTdbSec));

  return {
    probeArcs,
    capsuleArcs,
    burns,
    summary: {
      earthFlybyPeriapsisKm: flybyPeriapsisKm,
      earthFlybyPeriapsisTdbSec: periapsisTdbSec,
      earthFlybyVInfKmS: norm(vInfIn),
      capsuleEntrySpeedKmS: entrySpeedKmS,
      capsuleEntryFlightPathAngleDeg: entryFlightPathRad / DEG,
    },
  };
}

export function realiseTrajectory(design: TrajectoryDesign, eph: RealisationEphemerides): RealisedTrajectory {
  const outbound = realiseOutbound(design, eph);
  const onward = realiseReturnAndCruise(design, eph);
  const burns = [...outbound.burns, ...onward.burns];
  const launchVInf = norm(design.launch.vInfEqjKmS);
  return {
    probeArcs: [...outbound.probeArcs, ...onward.probeArcs],
    capsuleArcs: onward.capsuleArcs,
    burns,
    summary: {
      ...onward.summary,
      launchC3Km2S2: launchVInf * launchVInf,
      totalDeltaVKmS: burns.reduce((sum, b) => sum + b.magnitudeKmS, 0),
    },
  };
}
