/**
 * The whole propagation, once per data change: validate the ephemeris files, propagate Kamoʻoalewa and 311P,
 * realise the designed probe path, and sample every body into tracks. Pure; the worker runs it.
 */
import { loadMissionData } from '../mission-data/load-mission-data.ts';
import type { MissionData, MissionEvent } from '../mission-data/types.ts';
import { earthStateEqj, propagateTargetBodies, trackStateFunction } from '../mission-ephemerides.ts';
import { tdbSecFromIsoUtc } from '../time.ts';
import type { Track } from '../track.ts';
import { PROPAGATION_SPAN } from '../trajectory/propagation-span.ts';
import { ProbePropagator } from '../nbody/probe-propagator.ts';
import type { RealisedTrajectory } from '../trajectory/realise.ts';
import { realiseNbody } from '../trajectory/realise-nbody.ts';
import { stayPathOf } from '../proximity/proximity-arc.ts';
import type { RealisationEphemerides } from '../trajectory/realise.ts';
import { sphereMassKg, STATION_KEEPING_ASSUMPTIONS, stationKeepingCost } from '../trajectory/station-keeping.ts';
import type { MissionEventSummary, MissionPhase, PropagationResult } from './mission-result.ts';
import { DRAWN_PLANETS, samplePlanetTrack, type DrawnPlanet } from './planet-tracks.ts';
import { sampleArcs } from './sample-arcs.ts';

export type ProgressListener = (fraction: number, stage: string) => void;

/** Drawing needs far less than the Earth, which distances to the probe are measured from. */
const PLANET_TOLERANCE_KM = { display: 100, earth: 1 };

export function missionSpanTdbSec(): { start: number; end: number } {
  return { start: tdbSecFromIsoUtc(PROPAGATION_SPAN.startUtc), end: tdbSecFromIsoUtc(PROPAGATION_SPAN.endUtc) };
}

export function propagatePlanets(span = missionSpanTdbSec(), planets: readonly DrawnPlanet[] = DRAWN_PLANETS): Track[] {
  return planets.map((planet) =>
    samplePlanetTrack(planet, span.start, span.end, planet === 'Earth' ? PLANET_TOLERANCE_KM.earth : PLANET_TOLERANCE_KM.display),
  );
}

/** The Δv of holding the hover point during a stay (not a burn: a continuous small thrust). */
export interface StationKeepingLine {
  label: string;
  startTdbSec: number;
  endTdbSec: number;
  deltaVKmS: number;
  peakAccelerationKmS2: number;
}

export interface MissionPropagation {
  data: MissionData;
  realised: RealisedTrajectory;
  stationKeeping: StationKeepingLine[];
  result: PropagationResult;
}

export interface PropagateMissionOptions {
  onProgress?: ProgressListener;
  /** The planets sampled into the result; all drawn ones unless told (the worker sends most of them ahead). */
  planets?: readonly DrawnPlanet[];
}

export function propagateMission(files: Readonly<Record<string, unknown>>, options: PropagateMissionOptions = {}): MissionPropagation {
  const onProgress = options.onProgress ?? (() => {});
  onProgress(0, 'validating data');
  const data = loadMissionData(files);
  const span = missionSpanTdbSec();
  onProgress(0.05, 'propagating Kamoʻoalewa and 311P');
  const targets = propagateTargetBodies({ kamooalewa: data.bodies.kamooalewa, comet311p: data.bodies['311p'] }, span.start, span.end);
  onProgress(0.6, 'designing the probe path');
  const design = data.trajectoryDesign.design;
  const eph = { earth: earthStateEqj, kamooalewa: trackStateFunction(targets.kamooalewa), comet311p: trackStateFunction(targets.comet311p) };
  const propagator = new ProbePropagator(span.start, span.end);
  const stay = stayPathOf(data.proximity, design.kamooalewa.departureTdbSec);
  const realised = realiseNbody(design, design.nbodyBurnVelocitiesEqjKmS, eph, propagator, stay);
  const stationKeeping = stationKeepingLines(data, eph, propagator);
  onProgress(0.7, 'sampling the probe path');
  const probe = sampleArcs('probe', realised.probeArcs);
  const capsule = sampleArcs('capsule', realised.capsuleArcs);
  onProgress(0.85, 'sampling the planets');
  const planets = propagatePlanets(span, options.planets);
  onProgress(1, 'done');
  return {
    data,
    realised,
    stationKeeping,
    result: {
      tracks: [probe, capsule, targets.kamooalewa, targets.comet311p, ...planets],
      events: missionEvents(data.events),
      phases: missionPhases(data.trajectoryDesign.design),
      impulses: realised.burns,
      spanTdbSec: span,
      stay,
      facts: { bodies: data.bodies, spacecraft: data.spacecraft },
    },
  };
}

type Design = MissionData['trajectoryDesign']['design'];

/** Station-keeping at both stays: sunlit area of the two solar wings and the main body's face, launch mass. */
function stationKeepingLines(data: MissionData, eph: RealisationEphemerides, propagator: ProbePropagator): StationKeepingLine[] {
  const design = data.trajectoryDesign.design;
  const { solarWings, launchMassKg, bodySizeM } = data.spacecraft;
  const side = bodySizeM.value ?? bodySizeM.min ?? 2;
  const areaM2 = solarWings.count * Math.PI * (solarWings.diameterM / 2) ** 2 + side * side;
  const massKg = launchMassKg.value ?? 2100;
  const kamo = data.bodies.kamooalewa.physical.diameterM;
  const comet = data.bodies['311p'].physical.radiusM;
  const stays = [
    { label: 'station-keeping at Kamoʻoalewa', at: eph.kamooalewa, standoffKm: design.kamooalewa.standoffKm,
      start: design.kamooalewa.arrivalTdbSec, end: design.kamooalewa.departureTdbSec, radiusM: (kamo?.max ?? kamo?.value ?? 100) / 2 },
    { label: 'station-keeping at 311P', at: eph.comet311p, standoffKm: design.comet311p.standoffKm,
      start: design.comet311p.arrivalTdbSec, end: design.comet311p.missionEndTdbSec, radiusM: comet?.value ?? 190 },
  ];
  return stays.map((stay) => {
    const cost = stationKeepingCost(stay.at, stay.standoffKm, stay.start, stay.end, {
      areaM2, massKg, reflectivityCoefficient: STATION_KEEPING_ASSUMPTIONS.reflectivityCoefficient, bodyMassKg: sphereMassKg(stay.radiusM),
    }, propagator);
    return { label: stay.label, startTdbSec: stay.start, endTdbSec: stay.end, ...cost };
  });
}

/**
 * Every event at the designed path's date (the data file's `pathDateUtc`), with its reported or planned date kept
 * beside it so the cards can say which is which.
 */
function missionEvents(events: readonly MissionEvent[]): MissionEventSummary[] {
  return events
    .map((event) => ({
      id: event.id,
      nameEn: event.names.en,
      nameZh: event.names.zh,
      descriptionEn: event.description.en,
      descriptionZh: event.description.zh,
      tdbSec: event.pathTdbSec,
      plannedTdbSec: event.tdbSec,
      plannedPrecision: event.datePrecision,
      dateIllustrative: event.dateIsIllustrative || event.pathTdbSec !== event.tdbSec,
      status: event.status,
      sources: event.source === 'illustrative' ? [] : [...event.source.urls],
    }))
    .sort((a, b) => a.tdbSec - b.tdbSec);
}

function missionPhases(design: Design): MissionPhase[] {
  const launch = design.launch.liftoffTdbSec;
  return [
    { id: 'cruise-to-kamooalewa', nameEn: 'Cruise to Kamoʻoalewa', nameZh: '飞往2016HO3', startTdbSec: launch, endTdbSec: design.kamooalewa.arrivalTdbSec, targetId: 'kamooalewa' },
    { id: 'at-kamooalewa', nameEn: 'At Kamoʻoalewa', nameZh: '2016HO3 伴飞与采样', startTdbSec: design.kamooalewa.arrivalTdbSec, endTdbSec: design.kamooalewa.departureTdbSec, targetId: 'kamooalewa' },
    { id: 'return-to-earth', nameEn: 'Return to Earth', nameZh: '返回地球', startTdbSec: design.kamooalewa.departureTdbSec, endTdbSec: design.earthFlyby.periapsisTdbSec, targetId: 'earth' },
    { id: 'cruise-to-311p', nameEn: 'Cruise to 311P', nameZh: '飞往311P', startTdbSec: design.earthFlyby.periapsisTdbSec, endTdbSec: design.comet311p.arrivalTdbSec, targetId: '311p' },
    { id: 'at-311p', nameEn: 'At 311P', nameZh: '311P 伴飞探测', startTdbSec: design.comet311p.arrivalTdbSec, endTdbSec: design.comet311p.missionEndTdbSec, targetId: '311p' },
  ];
}
