/**
 * Orbit and path lines: a track's samples turned into display-frame km (float64), built once per frame switch,
 * then written as float32 scene units relative to a line origin, so the GPU only sees small numbers.
 */
import { TrackCursor } from '../core/track-interpolation.ts';
import type { Track } from '../core/track.ts';
import type { Vec3 } from '../core/vec3.ts';
import { DisplayFrame } from './display-frame.ts';

export interface DisplayPolyline {
  /** 3 per vertex, display-frame km. */
  posKm: Float64Array;
  /** Sample time of each vertex, TDB seconds. */
  tdbSec: Float64Array;
  count: number;
}

export interface PolylineOptions {
  frame: DisplayFrame['mode'];
  /** Needed in the Sun–Earth rotating frame: each sample is rotated with the Earth's state at its own time. */
  earth?: Track;
  /** Only samples inside [startTdbSec, endTdbSec]. */
  startTdbSec?: number;
  endTdbSec?: number;
}

export function buildDisplayPolyline(track: Track, options: PolylineOptions): DisplayPolyline {
  const start = options.startTdbSec ?? -Infinity;
  const end = options.endTdbSec ?? Infinity;
  const frame = new DisplayFrame(options.frame);
  const rotating = options.frame === 'sun-earth-rotating';
  if (rotating && !options.earth) throw new Error('buildDisplayPolyline: the rotating frame needs the Earth track');
  const earthCursor = rotating && options.earth ? new TrackCursor(options.earth) : null;
  const earthPos: Vec3 = [0, 0, 0];
  const earthVel: Vec3 = [0, 0, 0];
  let total = 0;
  for (const segment of track.segments) total += segment.tdbSec.length;
  const posKm = new Float64Array(3 * total);
  const tdbSec = new Float64Array(total);
  const point: Vec3 = [0, 0, 0];
  let count = 0;
  for (const segment of track.segments) {
    for (let i = 0; i < segment.tdbSec.length; i++) {
      const t = segment.tdbSec[i] as number;
      if (t < start || t > end) continue;
      if (earthCursor) {
        if (!earthCursor.stateAt(t, earthPos, earthVel)) continue;
        frame.setEarthState(earthPos, earthVel);
      }
      point[0] = segment.posKm[3 * i] as number;
      point[1] = segment.posKm[3 * i + 1] as number;
      point[2] = segment.posKm[3 * i + 2] as number;
      frame.apply(point, posKm, 3 * count);
      tdbSec[count] = t;
      count++;
    }
  }
  return { posKm: posKm.subarray(0, 3 * count), tdbSec: tdbSec.subarray(0, count), count };
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

/** Display-frame km of one track at one time into out; false outside the track (or the Earth's) coverage. */
export function displayPositionAt(track: Track, tdbSec: number, options: PolylineOptions, out: Float64Array): boolean {
  const frame = new DisplayFrame(options.frame);
  const pos: Vec3 = [0, 0, 0];
  const vel: Vec3 = [0, 0, 0];
  if (options.frame === 'sun-earth-rotating') {
    if (!options.earth || !new TrackCursor(options.earth).stateAt(tdbSec, pos, vel)) return false;
    frame.setEarthState(pos, vel);
  }
  if (!new TrackCursor(track).stateAt(tdbSec, pos)) return false;
  frame.apply(pos, out);
  return true;
}
