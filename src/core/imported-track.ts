/**
 * A trajectory a user brings (an OEM, a Horizons table, a CSV) as a body like the catalogue's: an id `import:<slug>`,
 * a name from the file (OEM OBJECT_NAME, Horizons target, CSV object), a colour, and a heliocentric EQJ track. The
 * file's centre is added here, once, from astronomy-engine's states at each sample time (planets.ts); segments stay
 * segments, so nothing interpolates across a boundary. Catalogue lookups and the ephemeris consult these entries
 * beside BODIES; nothing here redefines a catalogue body.
 */
import type { StateVector } from './state-vector.ts';
import { helioStateEqjKm, ssbHelioStateEqjKm } from './planets.ts';
import type { Track, TrackSegment } from './track.ts';
import type { TrajectoryCentre } from './formats/trajectory-centre.ts';
import type { TrajectoryFile, TrajectoryFileObject } from './formats/trajectory-file.ts';

export const IMPORTED_ID_PREFIX = 'import:';
export type ImportedBodyId = `${typeof IMPORTED_ID_PREFIX}${string}`;

export interface ImportedTrack {
  id: ImportedBodyId;
  /** The object's name as the file gives it. */
  name: string;
  /** The file it came from (named in the list of imports and in notices). */
  sourceName: string;
  color: string;
  /** Heliocentric EQJ, km, km/s, TDB seconds: the app's track shape. */
  track: Track;
  startTdbSec: number;
  endTdbSec: number;
}

/** Distinct from the catalogue's colours and from each other on the dark sky (illustrative choice). */
const IMPORT_COLORS = ['#5ee0c8', '#ff7ab8', '#a4e05e', '#ffb347', '#8fa8ff', '#e05ee0'];

export function isImportedBodyId(value: unknown): value is ImportedBodyId {
  return typeof value === 'string' && value.startsWith(IMPORTED_ID_PREFIX) && value.length > IMPORTED_ID_PREFIX.length;
}

/** 'MRO (MARS RECON)' → 'mro-mars-recon'; never empty. */
export function importSlug(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return slug === '' ? 'track' : slug;
}

export type ImportResult = { ok: true; tracks: ImportedTrack[] } | { ok: false; message: string };

/**
 * The file's objects as imported tracks, ids unique against `takenIds` (a second file with the same object gets
 * '-2'). Refuses the whole file when one object's segments overlap in time (the file would say two things at once).
 */
export function importedTracksOf(
  file: TrajectoryFile, takenIds: ReadonlySet<string> = new Set(), colorOffset = 0, onProgress?: (fraction: number) => void,
): ImportResult {
  const tracks: ImportedTrack[] = [];
  const taken = new Set(takenIds);
  const total = file.objects.reduce((n, o) => n + o.segments.length, 0);
  let done = 0;
  for (const [index, object] of file.objects.entries()) {
    const overlap = overlappingSegment(object);
    if (overlap !== undefined) {
      return { ok: false, message: `${file.sourceName}: segment ${overlap + 1} of "${object.name}" starts before segment ${overlap} ends: expected segments in time order, not overlapping` };
    }
    const base = `${IMPORTED_ID_PREFIX}${importSlug(object.name)}`;
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    const segments = object.segments.map((segment) => {
      onProgress?.(done++ / total);
      return heliocentricSegment(segment.samples, segment.centre);
    });
    const first = segments[0] as TrackSegment;
    const last = segments[segments.length - 1] as TrackSegment;
    tracks.push({
      id: id as ImportedBodyId,
      name: object.name,
      sourceName: file.sourceName,
      color: IMPORT_COLORS[(colorOffset + index) % IMPORT_COLORS.length] as string,
      track: { id, segments },
      startTdbSec: first.tdbSec[0] as number,
      endTdbSec: last.tdbSec[last.tdbSec.length - 1] as number,
    });
  }
  return { ok: true, tracks };
}

function overlappingSegment(object: TrajectoryFileObject): number | undefined {
  for (let k = 1; k < object.segments.length; k++) {
    const previous = (object.segments[k - 1] as TrajectoryFileObject['segments'][number]).samples.tdbSec;
    const next = (object.segments[k] as TrajectoryFileObject['segments'][number]).samples.tdbSec;
    // Sharing the boundary epoch is allowed: the later segment wins there (track-interpolation.ts).
    if ((next[0] as number) < (previous[previous.length - 1] as number)) return k;
  }
  return undefined;
}

/** The samples plus the centre's heliocentric state at each sample time (a copy; the Sun's samples are as given). */
export function heliocentricSegment(samples: TrackSegment, centre: TrajectoryCentre): TrackSegment {
  if (centre === 'SUN') return samples;
  const n = samples.tdbSec.length;
  const posKm = new Float64Array(3 * n);
  const velKmS = new Float64Array(3 * n);
  const state: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  for (let i = 0; i < n; i++) {
    const t = samples.tdbSec[i] as number;
    if (centre === 'SSB') ssbHelioStateEqjKm(state, t);
    else helioStateEqjKm(centre, t, state);
    for (let k = 0; k < 3; k++) {
      posKm[3 * i + k] = (samples.posKm[3 * i + k] as number) + (state.posKm[k] as number);
      velKmS[3 * i + k] = (samples.velKmS[3 * i + k] as number) + (state.velKmS[k] as number);
    }
  }
  return { tdbSec: samples.tdbSec, posKm, velKmS };
}
