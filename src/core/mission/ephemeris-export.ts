/**
 * The mission as a CCSDS OEM (or CSV) for users who check our work in GMAT, Orekit or Cosmographia: one segment
 * per object and per arc (a burn starts a new segment), Sun-centred EME2000, TDB, km and km/s.
 */
import { bodiesOfKind } from '../bodies.ts';
import { formatTdbCalendar } from '../formats/tdb-calendar.ts';
import type { OemMessage, OemSegment } from '../formats/oem-message.ts';
import type { Track } from '../track.ts';
import type { Arc, ArcDynamics } from '../trajectory/arcs.ts';
import { samplePlanetTrack } from './planet-tracks.ts';
import type { MissionPropagation } from './propagate-mission.ts';

/** Planets are resampled tighter than for drawing, so the file keeps its 1 km promise. */
const EXPORT_PLANET_TOLERANCE_KM = 0.5;

const ILLUSTRATIVE_NOTE = [
  'The Tianwen-2 probe and capsule paths are ILLUSTRATIVE: CNSA publishes no ephemeris. They are reconstructed',
  'from public event dates (launch 2025-05-28 17:31 UTC; DSM reported 2025-10-30; arrival at Kamo`oalewa ~2026-06-07;',
  'Earth flyby and capsule return late Nov 2027; 311P arrival ~2035) and corrected in N-body (Sun, planets, Earth and Moon',
  'apart, solar 1PN term) so that every leg closes on its target; burns are impulsive.',
];

const OBJECTS: Record<string, { name: string; id: string; note: string }> = {
  probe: { name: 'TIANWEN-2 (ILLUSTRATIVE)', id: 'TIANWEN-2', note: 'Illustrative designed path; segments split at burns and at the start and end of the stays.' },
  capsule: { name: 'TIANWEN-2 RETURN CAPSULE (ILLUSTRATIVE)', id: 'TIANWEN-2-SRC', note: 'From separation to entry interface (120 km altitude).' },
  kamooalewa: { name: '469219 KAMOOALEWA (2016 HO3)', id: '469219', note: 'N-body (Sun + planets) from JPL Horizons osculating elements, epoch 2026-02-11 TDB.' },
  '311p': { name: '311P/PANSTARRS', id: '311P', note: 'N-body (Sun + planets) from S. Nakano elements NK 2770, epoch 2017-07-26 TT.' },
  earth: { name: 'EARTH', id: '399', note: 'astronomy-engine (VSOP87-based) heliocentric Earth centre.' },
  moon: { name: 'MOON', id: '301', note: 'astronomy-engine (lunar theory) heliocentric Moon, a perturber of the probe.' },
  mars: { name: 'MARS', id: '499', note: 'astronomy-engine (VSOP87-based) heliocentric Mars.' },
};

const DYNAMICS_NOTE: Record<ArcDynamics, string> = {
  'n-body': 'free flight in N-body (Sun, planets, Earth, Moon, solar 1PN)',
  hover: 'station-keeping: co-moves with the body at a fixed sunward standoff (not free flight)',
  proximity: 'station-keeping along the Sun line: approach stops, hover and sampling descents of ephemeris/proximity-operations.json (not free flight)',
  'sun-two-body': 'Sun-only conic',
  'earth-two-body': 'Earth-only conic',
};

function segmentsOf(track: Track, arcs?: readonly Arc[]): OemSegment[] {
  const object = OBJECTS[track.id];
  if (!object) throw new Error(`no OEM object description for track "${track.id}"`);
  return track.segments.map((samples, index) => ({
    objectName: object.name,
    objectId: object.id,
    centerName: 'SUN',
    refFrame: 'EME2000',
    timeSystem: 'TDB',
    comments: [object.note, `Arc ${index + 1} of ${track.segments.length}${arcs?.[index]
      ? `: ${arcs[index]!.label.replace('ʻ', '`')}, ${DYNAMICS_NOTE[arcs[index]!.dynamics] ?? arcs[index]!.dynamics}` : ''}.`],
    interpolation: 'HERMITE',
    interpolationDegree: 3,
    samples,
  }));
}

/** The delta-v budget, one line per impulsive burn (TDB epoch, EME2000 vector and size). */
function budgetComments(mission: MissionPropagation): string[] {
  const s = mission.realised.summary;
  return [
    `DELTA-V BUDGET (impulsive burns; probe state jumps between segments by these vectors, km/s, EME2000):`,
    ...mission.realised.burns.map((b) => `  ${formatTdbCalendar(b.tdbSec, 3)} TDB  ${b.label.replace('ʻ', '`').padEnd(32)} `
      + `dv = ${(b.magnitudeKmS * 1000).toFixed(1)} m/s  [${b.deltaVEqjKmS.map((v) => v.toFixed(9)).join(', ')}]`),
    ...mission.stationKeeping.map((k) => `  ${formatTdbCalendar(k.startTdbSec, 0)} to ${formatTdbCalendar(k.endTdbSec, 0)} TDB  `
      + `${k.label.replace('ʻ', '`')}: dv = ${(k.deltaVKmS * 1000).toFixed(2)} m/s (continuous; hover 20 km sunward against solar`
      + ` radiation pressure and the body's pull, estimate, not in the state jumps)`),
    `Launch C3 ${s.launchC3Km2S2.toFixed(3)} km2/s2; capsule entry ${s.capsuleEntrySpeedKmS.toFixed(3)} km/s at flight-path angle `
      + `${s.capsuleEntryFlightPathAngleDeg.toFixed(3)} deg (120 km altitude); Earth flyby periapsis ${s.earthFlybyPeriapsisKm.toFixed(0)} km from the centre.`,
  ];
}

export function missionOemMessage(mission: MissionPropagation, creationDateUtc: string): OemMessage {
  const byId = new Map(mission.result.tracks.map((track) => [track.id, track]));
  const { start, end } = mission.result.spanTdbSec;
  const tracks: Track[] = [
    ...bodiesOfKind('spacecraft', 'capsule', 'asteroid', 'comet').map((id) => {
      const track = byId.get(id);
      if (!track) throw new Error(`the propagation has no "${id}" track`);
      return track;
    }),
    samplePlanetTrack('Earth', start, end, EXPORT_PLANET_TOLERANCE_KM),
    samplePlanetTrack('Moon', start, end, EXPORT_PLANET_TOLERANCE_KM),
    samplePlanetTrack('Mars', start, end, EXPORT_PLANET_TOLERANCE_KM),
  ];
  const totalDeltaV = mission.realised.summary.totalDeltaVKmS;
  return {
    header: {
      originator: 'TIANWEN-2 TRAJECTORY EXPLORER',
      creationDate: creationDateUtc,
      comments: [
        ...ILLUSTRATIVE_NOTE,
        ...budgetComments(mission),
        `Designed total delta-v after launch: ${(totalDeltaV * 1000).toFixed(1)} m/s (impulsive approximation).`,
        'Sources: see ephemeris/README.md and ephemeris/trajectory-design.json in the explorer repository.',
      ],
    },
    segments: tracks.flatMap((track) => segmentsOf(
      track, track.id === 'probe' ? mission.realised.probeArcs : track.id === 'capsule' ? mission.realised.capsuleArcs : undefined,
    )),
  };
}
