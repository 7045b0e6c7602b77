/**
 * Position (and velocity) of a sampled track at any time inside its coverage: cubic Hermite between the two
 * samples around `tdbSec`. Allocation-free; meant to be called per frame per body.
 *
 * Segment rules: never interpolate across segments (a boundary is a manoeuvre or a change of dynamics).
 * Where one segment ends at the very time the next begins, the later segment wins: the state just after a
 * manoeuvre is the one that the rest of the trajectory follows. Gaps between segments are outside the coverage.
 */
import { hermiteFromArrays } from './hermite.ts';
import type { Track, TrackSegment } from './track.ts';
import type { Vec3 } from './vec3.ts';

/** First and last sample times of a track, TDB seconds. Throws for a track without samples. */
export function trackCoverage(track: Track): [startTdbSec: number, endTdbSec: number] {
  let start = Infinity;
  let end = -Infinity;
  for (const segment of track.segments) {
    const n = segment.tdbSec.length;
    if (n === 0) continue;
    start = Math.min(start, segment.tdbSec[0] as number);
    end = Math.max(end, segment.tdbSec[n - 1] as number);
  }
  if (start > end) throw new RangeError(`track "${track.id}" has no samples: it covers no time`);
  return [start, end];
}

/**
 * Writes the state at `tdbSec` into `outPosKm` (and `outVelKmS`). Returns false, leaving the outputs untouched,
 * when `tdbSec` is outside every segment. Stateless; for sequential calls use a `TrackCursor`.
 */
export function trackStateAt(track: Track, tdbSec: number, outPosKm: Vec3, outVelKmS?: Vec3): boolean {
  const segmentIndex = findSegment(track.segments, tdbSec);
  if (segmentIndex < 0) return false;
  const segment = track.segments[segmentIndex] as TrackSegment;
  segmentStateAt(segment, findInterval(segment.tdbSec, tdbSec), tdbSec, outPosKm, outVelKmS);
  return true;
}

/**
 * `trackStateAt` with memory: remembers the segment and interval of the last call, so playback (time moving a
 * little each frame, forwards or backwards) costs O(1) instead of a binary search.
 */
export class TrackCursor {
  private segmentIndex = -1;
  private intervalIndex = 0;

  constructor(readonly track: Track) {}

  stateAt(tdbSec: number, outPosKm: Vec3, outVelKmS?: Vec3): boolean {
    const segments = this.track.segments;
    if (!this.cachedSegmentHolds(tdbSec)) {
      this.segmentIndex = findSegment(segments, tdbSec);
      if (this.segmentIndex < 0) return false;
      this.intervalIndex = 0;
    }
    const segment = segments[this.segmentIndex] as TrackSegment;
    this.intervalIndex = findIntervalNear(segment.tdbSec, tdbSec, this.intervalIndex);
    segmentStateAt(segment, this.intervalIndex, tdbSec, outPosKm, outVelKmS);
    return true;
  }

  private cachedSegmentHolds(tdbSec: number): boolean {
    const segment = this.track.segments[this.segmentIndex];
    if (!segment || !covers(segment, tdbSec)) return false;
    const next = this.track.segments[this.segmentIndex + 1];
    return !(next && covers(next, tdbSec));
  }
}

function covers(segment: TrackSegment, tdbSec: number): boolean {
  const times = segment.tdbSec;
  const n = times.length;
  return n > 0 && tdbSec >= (times[0] as number) && tdbSec <= (times[n - 1] as number);
}

/** Index of the latest segment covering `tdbSec`, or -1. Segments are in time order; there are only a few. */
function findSegment(segments: readonly TrackSegment[], tdbSec: number): number {
  for (let k = segments.length - 1; k >= 0; k--) {
    const segment = segments[k] as TrackSegment;
    if (segment.tdbSec.length === 0 || tdbSec < (segment.tdbSec[0] as number)) continue;
    return covers(segment, tdbSec) ? k : -1;
  }
  return -1;
}

/** i with times[i] <= t <= times[i+1] (i = n - 2 at the last sample; 0 for a single-sample segment). */
function findInterval(times: Float64Array, tdbSec: number): number {
  let lo = 0;
  let hi = times.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= tdbSec) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Like findInterval, trying the previous answer and its neighbours first (playback moves a little per frame). */
function findIntervalNear(times: Float64Array, tdbSec: number, guess: number): number {
  const last = times.length - 2;
  if (last < 0) return 0;
  if (guess <= last && intervalHolds(times, guess, tdbSec)) return guess;
  if (guess + 1 <= last && intervalHolds(times, guess + 1, tdbSec)) return guess + 1;
  if (guess >= 1 && guess - 1 <= last && intervalHolds(times, guess - 1, tdbSec)) return guess - 1;
  return findInterval(times, tdbSec);
}

const intervalHolds = (times: Float64Array, i: number, tdbSec: number): boolean =>
  (times[i] as number) <= tdbSec && tdbSec <= (times[i + 1] as number);

function segmentStateAt(segment: TrackSegment, i: number, tdbSec: number, outPosKm: Vec3, outVelKmS?: Vec3): void {
  const times = segment.tdbSec;
  if (times.length === 1) {
    for (let k = 0; k < 3; k++) {
      outPosKm[k] = segment.posKm[k] as number;
      if (outVelKmS) outVelKmS[k] = segment.velKmS[k] as number;
    }
    return;
  }
  const o = 3 * i;
  hermiteFromArrays(
    times[i] as number, times[i + 1] as number,
    segment.posKm, segment.velKmS, o,
    segment.posKm, segment.velKmS, o + 3,
    tdbSec, outPosKm, outVelKmS,
  );
}
