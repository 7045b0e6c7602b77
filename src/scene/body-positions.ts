/**
 * Per-frame positions of every drawn body in view-frame km (float64), allocation-free, read from the one
 * ephemeris. The scene reads `posKm[id]` and `valid[id]` after `update`.
 */
import { BODIES, type BodyId } from '../core/bodies.ts';
import { Ephemeris } from '../core/ephemeris.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import type { FrameId } from '../core/view-frame.ts';

/**
 * Imported tracks placed per frame (their labels and trails read these): more would crowd the names out; further
 * files are still drawn as lines and listed, just not named (illustrative cap).
 */
export const MAX_PLACED_IMPORTS = 16;

export class BodyPositions {
  readonly posKm = {} as Record<BodyId, Float64Array>;
  /** Heliocentric EQJ km, for distances and lighting-independent checks. */
  readonly helioEqjKm = {} as Record<BodyId, Float64Array>;
  readonly valid = {} as Record<BodyId, boolean>;
  /** The ephemeris' imported tracks (at most MAX_PLACED_IMPORTS), their view-frame km and whether each has a state now. */
  importedIds: readonly ImportedBodyId[] = [];
  readonly importedPosKm: Float64Array[] = Array.from({ length: MAX_PLACED_IMPORTS }, () => new Float64Array(3));
  readonly importedValid = new Uint8Array(MAX_PLACED_IMPORTS);
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
    if (ephemeris === this.ephemeris) return;
    this.ephemeris = ephemeris;
    this.importedIds = ephemeris.imported().slice(0, MAX_PLACED_IMPORTS);
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
    for (let k = 0; k < this.importedIds.length; k++) {
      this.importedValid[k] = this.ephemeris.stateAt(this.importedIds[k]!, tdbSec, this.frame, this.importedPosKm[k]!) ? 1 : 0;
    }
    return any;
  }
}
