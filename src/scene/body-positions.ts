/**
 * Per-frame positions of every drawn body in display-frame km (float64), allocation-free: one TrackCursor per
 * track, one DisplayFrame for the current frame. The scene reads `posKm[id]` and `valid[id]` after `update`.
 */
import { TrackCursor } from '../core/track-interpolation.ts';
import type { Track } from '../core/track.ts';
import type { Vec3 } from '../core/vec3.ts';
import type { FrameId } from '../state/view-store.ts';
import { BODIES, type BodyId } from '../core/bodies.ts';
import { DisplayFrame } from './display-frame.ts';

const ZERO: Vec3 = [0, 0, 0];

export class BodyPositions {
  readonly posKm = {} as Record<BodyId, Float64Array>;
  /** Heliocentric EQJ km, for distances and lighting-independent checks. */
  readonly helioEqjKm = {} as Record<BodyId, Float64Array>;
  readonly valid = {} as Record<BodyId, boolean>;
  readonly frame = new DisplayFrame();
  private cursors = new Map<BodyId, TrackCursor>();
  private earthCursor: TrackCursor | null = null;
  private readonly scratchPos: Vec3 = [0, 0, 0];
  private readonly scratchVel: Vec3 = [0, 0, 0];

  constructor() {
    for (const look of BODIES) {
      this.posKm[look.id] = new Float64Array(3);
      this.helioEqjKm[look.id] = new Float64Array(3);
      this.valid[look.id] = false;
    }
  }

  setTracks(tracks: readonly Track[]): void {
    for (const track of tracks) {
      if (track.id in this.posKm) this.cursors.set(track.id as BodyId, new TrackCursor(track));
      if (track.id === 'earth') this.earthCursor = new TrackCursor(track);
    }
  }

  hasTrack(id: BodyId): boolean {
    return this.cursors.has(id);
  }

  setFrame(frame: FrameId): void {
    this.frame.setMode(frame);
  }

  /** Returns false when the frame cannot be placed (rotating frame outside the Earth's coverage). */
  update(tdbSec: number): boolean {
    const frame = this.frame;
    if (frame.mode === 'sun-earth-rotating') {
      if (!this.earthCursor || !this.earthCursor.stateAt(tdbSec, this.scratchPos, this.scratchVel)) {
        for (const look of BODIES) this.valid[look.id] = false;
        return false;
      }
      frame.setEarthState(this.scratchPos, this.scratchVel);
    }
    frame.apply(ZERO, this.posKm.sun);
    this.helioEqjKm.sun.fill(0);
    this.valid.sun = true;
    for (const [id, cursor] of this.cursors) {
      const ok = cursor.stateAt(tdbSec, this.scratchPos);
      this.valid[id] = ok;
      if (!ok) continue;
      const helio = this.helioEqjKm[id];
      helio[0] = this.scratchPos[0]; helio[1] = this.scratchPos[1]; helio[2] = this.scratchPos[2];
      frame.apply(this.scratchPos, this.posKm[id]);
    }
    return true;
  }
}
