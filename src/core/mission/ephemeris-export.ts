/**
 * The mission as a CCSDS OEM (or CSV) for users who check our work in GMAT, Orekit or Cosmographia: one segment
 * per object and per arc (a burn starts a new segment), Sun-centred EME2000, TDB, km and km/s.
 */
import { bodiesOfKind } from '../bodies.ts';
import type { OemMessage, OemSegment } from '../formats/oem-message.ts';
import type { Track } from '../track.ts';
import { samplePlanetTrack } from './planet-tracks.ts';
import type { MissionPropagation } from './propagate-mission.ts';

/** Planets are resampled tighter than for drawing, so the file keeps its 1 km promise. */
const EXPORT_PLANET_TOLERANCE_KM = 0.5;

const ILLUSTRATIVE_NOTE = [
  'The Tianwen-2 probe and capsule paths are ILLUSTRATIVE: CNSA publishes no ephemeris. They are reconstructed',
  'from public event dates (launch 2025-05-28 17:31 UTC; DSM reported 2025-10-30; arrival at Kamo`oalewa ~2026-06-07;',
  'Earth flyby and capsule return late Nov 2027; 311P arrival ~2035) with patched conics and impulsive burns.',
];

const OBJECTS: Record<string, { name: string; id: string; note: string }> = {
  probe: { name: 'TIANWEN-2 (ILLUSTRATIVE)', id: 'TIANWEN-2', note: 'Illustrative designed path; segments split at burns and sphere-of-influence crossings.' },
  capsule: { name: 'TIANWEN-2 RETURN CAPSULE (ILLUSTRATIVE)', id: 'TIANWEN-2-SRC', note: 'From separation to entry interface (120 km altitude).' },
  kamooalewa: { name: '469219 KAMOOALEWA (2016 HO3)', id: '469219', note: 'N-body (Sun + planets) from JPL Horizons osculating elements, epoch 2026-02-11 TDB.' },
  '311p': { name: '311P/PANSTARRS', id: '311P', note: 'N-body (Sun + planets) from S. Nakano elements NK 2770, epoch 2017-07-26 TT.' },
  earth: { name: 'EARTH', id: '399', note: 'astronomy-engine (VSOP87-based) heliocentric Earth centre.' },
  mars: { name: 'MARS', id: '499', note: 'astronomy-engine (VSOP87-based) heliocentric Mars.' },
};

function segmentsOf(track: Track): OemSegment[] {
  const object = OBJECTS[track.id];
  if (!object) throw new Error(`no OEM object description for track "${track.id}"`);
  return track.segments.map((samples, index) => ({
    objectName: object.name,
    objectId: object.id,
    centerName: 'SUN',
    refFrame: 'EME2000',
    timeSystem: 'TDB',
    comments: [object.note, `Arc ${index + 1} of ${track.segments.length}.`],
    interpolation: 'HERMITE',
    interpolationDegree: 3,
    samples,
  }));
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
    samplePlanetTrack('Mars', start, end, EXPORT_PLANET_TOLERANCE_KM),
  ];
  const totalDeltaV = mission.realised.summary.totalDeltaVKmS;
  return {
    header: {
      originator: 'TIANWEN-2 TRAJECTORY EXPLORER',
      creationDate: creationDateUtc,
      comments: [
        ...ILLUSTRATIVE_NOTE,
        `Designed total delta-v after launch: ${(totalDeltaV * 1000).toFixed(1)} m/s (impulsive approximation).`,
        'Sources: see ephemeris/README.md and ephemeris/trajectory-design.json in the explorer repository.',
      ],
    },
    segments: tracks.flatMap(segmentsOf),
  };
}
