/**
 * Orbit and path lines: a track's samples turned into display-frame km (float64), built once per frame switch,
 * then written as float32 scene units relative to a line origin, so the GPU only sees small numbers.
 */
import type { BodyId } from '../core/bodies.ts';
import type { Ephemeris, FramedSamples } from '../core/ephemeris.ts';
import type { FrameId } from '../core/view-frame.ts';

export interface PolylineOptions {
  frame: FrameId;
  /** Only samples inside [startTdbSec, endTdbSec]. */
  startTdbSec?: number;
  endTdbSec?: number;
}

/** A body's track as view-frame km (each sample turned with the frame at its own time); null without a track. */
export function buildDisplayPolyline(ephemeris: Ephemeris, id: BodyId, options: PolylineOptions): FramedSamples | null {
  return ephemeris.samplesIn(id, options.frame, options.startTdbSec, options.endTdbSec);
}

/** dst[k] = (src[k] - origin[k mod 3]) / kmPerUnit, for `count` vertices. */
export function writeRelativeUnits(srcKm: Float64Array, count: number, originKm: ArrayLike<number>, kmPerUnit: number, dst: Float32Array): void {
  const ox = originKm[0] as number, oy = originKm[1] as number, oz = originKm[2] as number;
  for (let i = 0; i < count; i++) {
    const k = 3 * i;
    dst[k] = ((srcKm[k] as number) - ox) / kmPerUnit;
    dst[k + 1] = ((srcKm[k + 1] as number) - oy) / kmPerUnit;
    dst[k + 2] = ((srcKm[k + 2] as number) - oz) / kmPerUnit;
  }
}

/** Number of vertices with time <= tdbSec (binary search; times increasing, duplicates allowed). */
export function countUpTo(tdbSec: Float64Array, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tdbSec[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** View-frame km of one body at one time into out; false outside its (or, co-rotating, the Earth's) coverage. */
export function displayPositionAt(ephemeris: Ephemeris, id: BodyId, tdbSec: number, frame: FrameId, out: Float64Array): boolean {
  return ephemeris.stateAt(id, tdbSec, frame, out);
}
