/**
 * Every body's state at any time, in any view frame: the one object the scene, the camera rig, the readouts, the
 * distance plot, the cards and the exports ask (as CesiumJS's `SampledPositionProperty.getValueInReferenceFrame`).
 * Built once per data change from the worker's sampled tracks; nothing else builds track cursors or merges the
 * planets' tracks with the mission's. Allocation-free per call: results go into the caller's arrays.
 */
import { BODY_IDS, isBodyId, type BodyId as CatalogueBodyId, type TrackedBodyId } from './bodies.ts';
import type { AnyBodyId } from './body-registry.ts';
import type { ImportedBodyId, ImportedTrack } from './imported-track.ts';
import { applyStayPath, type StayPath } from './proximity/proximity-arc.ts';
import type { ProximityState } from './proximity/proximity-path.ts';
import { DRAWN_PLANETS, type DrawnPlanet } from './mission/planet-tracks.ts';
import { helioStateEqjKm } from './planets.ts';
import type { StateVector } from './state-vector.ts';
import type { Track } from './track.ts';
import { TrackCursor, trackCoverage } from './track-interpolation.ts';
import type { Vec3 } from './vec3.ts';
import { ViewFrame, type FrameId } from './view-frame.ts';

/** A view frame, or 'icrf': the tracks' own heliocentric EQJ (equatorial J2000 = ICRF axes). */
export type EphemerisFrame = FrameId | 'icrf';

type Out = { [index: number]: number };

/** A catalogue body or an imported track: everything the ephemeris can give a state for. */
type BodyId = AnyBodyId;

/** A track's samples in a view frame: 3 view-km per vertex and the sample times. */
export interface FramedSamples {
  posKm: Float64Array;
  tdbSec: Float64Array;
  count: number;
  /** Index of each segment's first vertex (a segment boundary is a manoeuvre: lines never join across it). */
  segmentStarts: number[];
}

/** The drawn planets by body id ('mars' → 'Mars'). */
const PLANET_OF: ReadonlyMap<string, DrawnPlanet> = new Map(DRAWN_PLANETS.map((planet) => [planet.toLowerCase(), planet]));

export class Ephemeris {
  private readonly tracks = new Map<TrackedBodyId | ImportedBodyId, Track>();
  private readonly cursors = new Map<TrackedBodyId | ImportedBodyId, TrackCursor>();
  private readonly importedIds: ImportedBodyId[] = [];
  private readonly frames: Record<FrameId, ViewFrame> = {
    heliocentric: new ViewFrame('heliocentric'),
    'sun-earth-rotating': new ViewFrame('sun-earth-rotating'),
  };
  /** The time the rotating frame's basis was last set for (the Earth's state is needed once per time, not per body). */
  private rotatingAtTdbSec = Number.NaN;
  private rotatingValid = false;
  private readonly pos: Vec3 = [0, 0, 0];
  private readonly vel: Vec3 = [0, 0, 0];
  private readonly earthPos: Vec3 = [0, 0, 0];
  private readonly earthVel: Vec3 = [0, 0, 0];
  private readonly centre = new Float64Array(6);
  private readonly stayState = { posKm: [0, 0, 0] as Vec3, velKmS: [0, 0, 0] as Vec3 };
  private readonly stayScratch: ProximityState = { stage: 'hover', distanceKm: 0, distanceRateKmS: 0, event: null };
  private readonly planetState: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };

  /**
   * Tracks of ids the catalogue does not know are refused; a user's file comes as an ImportedTrack, whose id
   * (`import:<slug>`) cannot clash with the catalogue's. During `stay` the probe is placed by its body-relative path
   * from the centre body's state, not by its own track (the same path, sampled to 0.1 km): beside a 70 m rock
   * the two heliocentric tracks' interpolation errors would not cancel.
   */
  constructor(tracks: readonly Track[] = [], imported: readonly ImportedTrack[] = [], private readonly stay: StayPath | null = null) {
    for (const track of tracks) {
      if (!isBodyId(track.id) || track.id === 'sun') throw new Error(`Ephemeris: no catalogue body "${track.id}" to give this track to`);
      this.tracks.set(track.id, track);
      this.cursors.set(track.id, new TrackCursor(track));
    }
    for (const entry of imported) {
      if (this.tracks.has(entry.id)) throw new Error(`Ephemeris: two imported tracks have the id "${entry.id}"`);
      this.tracks.set(entry.id, entry.track);
      this.cursors.set(entry.id, new TrackCursor(entry.track));
      this.importedIds.push(entry.id);
    }
  }

  /** The stay's body-relative path of the probe, if the mission has one. */
  stayPath(): StayPath | null {
    return this.stay;
  }

  /** The catalogue ids with a state somewhere (the Sun always: it is the heliocentric origin). */
  bodies(): CatalogueBodyId[] {
    return BODY_IDS.filter((id) => this.has(id));
  }

  /** The imported tracks' ids, in the order given. */
  imported(): readonly ImportedBodyId[] {
    return this.importedIds;
  }

  has(id: BodyId): boolean {
    return id === 'sun' || this.tracks.has(id);
  }

  /** First and last time with a state, TDB seconds; null for a body without a track (the Sun: always). */
  coverage(id: BodyId): { startTdbSec: number; endTdbSec: number } | null {
    const track = id === 'sun' ? undefined : this.tracks.get(id);
    if (!track) return null;
    const [startTdbSec, endTdbSec] = trackCoverage(track);
    return { startTdbSec, endTdbSec };
  }

  /** The sampled track itself (for lines drawn along it). */
  track(id: BodyId): Track | undefined {
    return id === 'sun' ? undefined : this.tracks.get(id);
  }

  /**
   * Writes the state of `id` at `tdbSec` in `frame` into `outPosKm` (and `outVelKmS`), km and km/s, relative to
   * `centre` when given (a body-centred frame with the frame's axes). Returns false, leaving the outputs as they
   * were, where the body, the centre or the frame (the rotating frame needs the Earth) has no state at that time.
   */
  stateAt(id: BodyId, tdbSec: number, frame: EphemerisFrame, outPosKm: Out, outVelKmS?: Out, centre?: BodyId): boolean {
    if (centre === undefined || centre === 'sun') return this.framedStateAt(id, tdbSec, frame, outPosKm, outVelKmS);
    // The frames are rigid (one rotation and one shift per time): a body-centred state is a difference of states.
    const c = this.centre;
    if (!this.framedStateAt(centre, tdbSec, frame, c, c, 3)) return false;
    if (!this.framedStateAt(id, tdbSec, frame, outPosKm, outVelKmS)) return false;
    for (let k = 0; k < 3; k++) {
      outPosKm[k] = (outPosKm[k] as number) - c[k]!;
      if (outVelKmS) outVelKmS[k] = (outVelKmS[k] as number) - c[k + 3]!;
    }
    return true;
  }

  /** Whether `id` has a state at `tdbSec` (the probe before launch, the capsule after landing: not). */
  hasStateAt(id: BodyId, tdbSec: number): boolean {
    return this.icrfStateAt(id, tdbSec, this.pos);
  }

  /** Distance between two bodies, km; NaN where either has no state. */
  distanceKm(a: BodyId, b: BodyId, tdbSec: number): number {
    if (!this.icrfStateAt(a, tdbSec, this.pos)) return Number.NaN;
    const ax = this.pos[0], ay = this.pos[1], az = this.pos[2];
    if (!this.icrfStateAt(b, tdbSec, this.pos)) return Number.NaN;
    return Math.hypot(ax - this.pos[0], ay - this.pos[1], az - this.pos[2]);
  }

  /**
   * The samples of `id`'s track within [startTdbSec, endTdbSec], in `frame` (each sample turned with the frame at
   * its own time). Null for a body without a track. For lines: built once per frame change, not per frame.
   */
  samplesIn(id: BodyId, frame: FrameId, startTdbSec = -Infinity, endTdbSec = Infinity): FramedSamples | null {
    const track = id === 'sun' ? undefined : this.tracks.get(id);
    if (!track) return null;
    const earth = frame === 'sun-earth-rotating' ? this.cursors.get('earth') : undefined;
    if (frame === 'sun-earth-rotating' && !earth) return null;
    const view = new ViewFrame(frame);
    let total = 0;
    for (const segment of track.segments) total += segment.tdbSec.length;
    const posKm = new Float64Array(3 * total);
    const tdbSec = new Float64Array(total);
    const point: Vec3 = [0, 0, 0], earthPos: Vec3 = [0, 0, 0], earthVel: Vec3 = [0, 0, 0];
    const segmentStarts: number[] = [];
    let count = 0;
    for (const segment of track.segments) {
      let started = false;
      for (let i = 0; i < segment.tdbSec.length; i++) {
        const t = segment.tdbSec[i] as number;
        if (t < startTdbSec || t > endTdbSec) continue;
        if (earth) {
          if (!earth.stateAt(t, earthPos, earthVel)) continue;
          view.setEarthState(earthPos, earthVel);
        }
        if (!started) {
          segmentStarts.push(count);
          started = true;
        }
        point[0] = segment.posKm[3 * i] as number;
        point[1] = segment.posKm[3 * i + 1] as number;
        point[2] = segment.posKm[3 * i + 2] as number;
        view.apply(point, posKm, 3 * count);
        tdbSec[count] = t;
        count++;
      }
    }
    return { posKm: posKm.subarray(0, 3 * count), tdbSec: tdbSec.subarray(0, count), count, segmentStarts };
  }

  /**
   * The frame's rotation of an ICRF direction into view axes at `tdbSec` (no shift of origin): for orientations
   * (the Earth's spin axis, the Sun's direction). False where the frame has no state.
   */
  rotateDirection(frame: FrameId, tdbSec: number, dirIcrf: ArrayLike<number>, out: Out): boolean {
    const view = this.viewFrame(frame, tdbSec);
    if (!view) return false;
    view.rotate(dirIcrf, out);
    return true;
  }

  /** The state in a frame; velocities go to outVel[velOffset..] (so one array can take both). */
  private framedStateAt(id: BodyId, tdbSec: number, frame: EphemerisFrame, outPos: Out, outVel?: Out, velOffset = 0): boolean {
    if (!this.icrfStateAt(id, tdbSec, this.pos, this.vel)) return false;
    if (frame === 'icrf') {
      for (let k = 0; k < 3; k++) {
        outPos[k] = this.pos[k]!;
        if (outVel) outVel[velOffset + k] = this.vel[k]!;
      }
      return true;
    }
    const view = this.viewFrame(frame, tdbSec);
    if (!view) return false;
    view.apply(this.pos, outPos);
    if (outVel) view.applyVelocity(this.pos, this.vel, outVel, velOffset);
    return true;
  }

  private icrfStateAt(id: BodyId, tdbSec: number, outPos: Vec3, outVel?: Vec3): boolean {
    if (id === 'sun') {
      outPos[0] = 0; outPos[1] = 0; outPos[2] = 0;
      if (outVel) { outVel[0] = 0; outVel[1] = 0; outVel[2] = 0; }
      return true;
    }
    const stay = this.stay;
    if (id === 'probe' && stay && tdbSec >= stay.startTdbSec && tdbSec <= stay.endTdbSec && this.cursors.has('probe')) {
      const s = this.stayState;
      if (this.cursors.get(stay.centre)?.stateAt(tdbSec, s.posKm, s.velKmS) && applyStayPath(stay, tdbSec, s, this.stayScratch)) {
        for (let k = 0; k < 3; k++) {
          outPos[k] = s.posKm[k]!;
          if (outVel) outVel[k] = s.velKmS[k]!;
        }
        return true;
      }
    }
    const cursor = this.cursors.get(id);
    if (cursor?.stateAt(tdbSec, outPos, outVel)) return true;
    // A planet outside its sampled span (a clock extended to an imported track's 1996): astronomy-engine directly,
    // as the samples came from it. Only once its track has come, so the opening still waits for the worker.
    const planet = cursor ? PLANET_OF.get(id) : undefined;
    if (planet) {
      const s = helioStateEqjKm(planet, tdbSec, this.planetState);
      for (let k = 0; k < 3; k++) {
        outPos[k] = s.posKm[k]!;
        if (outVel) outVel[k] = s.velKmS[k]!;
      }
      return true;
    }
    // Until its release the capsule rides on the probe: its track starts where it separates.
    if (id === 'capsule' && cursor) {
      const release = this.coverage('capsule');
      if (release && tdbSec < release.startTdbSec) return this.icrfStateAt('probe', tdbSec, outPos, outVel);
    }
    return false;
  }

  private viewFrame(frame: FrameId, tdbSec: number): ViewFrame | null {
    const view = this.frames[frame];
    if (frame !== 'sun-earth-rotating') return view;
    if (tdbSec !== this.rotatingAtTdbSec) {
      this.rotatingAtTdbSec = tdbSec;
      const earth = this.cursors.get('earth');
      this.rotatingValid = earth !== undefined && earth.stateAt(tdbSec, this.earthPos, this.earthVel);
      if (this.rotatingValid) view.setEarthState(this.earthPos, this.earthVel);
    }
    return this.rotatingValid ? view : null;
  }
}
