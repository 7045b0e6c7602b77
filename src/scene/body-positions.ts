/**
 * Per-frame positions of every drawn body in view-frame km (float64), allocation-free, read from the one
 * ephemeris. The scene reads `posKm[id]` and `valid[id]` after `update`.
 */
import { BODIES, type BodyId } from '../core/bodies.ts';
import { Ephemeris } from '../core/ephemeris.ts';
import type { FrameId } from '../core/view-frame.ts';

export class BodyPositions {
  readonly posKm = {} as Record<BodyId, Float64Array>;
  /** Heliocentric EQJ km, for distances and lighting-independent checks. */
  readonly helioEqjKm = {} as Record<BodyId, Float64Array>;
  readonly valid = {} as Record<BodyId, boolean>;
  frame: FrameId = 'heliocentric';
  ephemeris = new Ephemeris();

  constructor() {
    for (const body of BODIES) {
      this.posKm[body.id] = new Float64Array(3);
      this.helioEqjKm[body.id] = new Float64Array(3);
      this.valid[body.id] = false;
    }
  }

  setEphemeris(ephemeris: Ephemeris): void {
    this.ephemeris = ephemeris;
  }

  hasTrack(id: BodyId): boolean {
    return id !== 'sun' && this.ephemeris.has(id);
  }

  setFrame(frame: FrameId): void {
    this.frame = frame;
  }

  /** Returns false when the frame cannot be placed (rotating frame outside the Earth's coverage). */
  update(tdbSec: number): boolean {
    let any = false;
    for (const body of BODIES) {
      const id = body.id;
      const ok = this.ephemeris.stateAt(id, tdbSec, this.frame, this.posKm[id]) && this.ephemeris.stateAt(id, tdbSec, 'icrf', this.helioEqjKm[id]);
      this.valid[id] = ok;
      any ||= ok;
    }
    return any;
  }
}
