/**
 * Adaptive sampling of a smooth motion into a TrackSegment that cubic Hermite interpolation reproduces within a
 * position tolerance. Dense where the path curves fast (a planetary flyby), sparse on quiet cruise arcs.
 *
 * Method: start from a uniform grid no coarser than maxStepSec; for each interval compare the Hermite cubic of its
 * end states with the true state at the quarter, half and three-quarter points, and bisect while any of them is off
 * by more than the tolerance. The quarter points become the children's midpoints, so each test costs two new
 * evaluations. Intervals that reach minStepSec are kept as they are (counted in the stats).
 */
import { hermiteState } from './hermite.ts';
import type { StateVector } from './state-vector.ts';
import type { TrackSegment } from './track.ts';
import { distance, type Vec3 } from './vec3.ts';

/**
 * The motion to sample: writes the state at `tdbSec` into `out`. Calls are not in time order, but they never go
 * back before the last accepted sample and never reach further than maxStepSec beyond it, so a propagator can
 * serve them from a short window of dense output.
 */
export type StateFunction = (tdbSec: number, out: StateVector) => void;

export interface AdaptiveSamplingOptions {
  /** Largest allowed distance between the interpolated and the true position, km. */
  toleranceKm: number;
  /** No interval longer than this, whatever the curvature: also bounds what a test at 3 points can miss. */
  maxStepSec: number;
  /** Intervals are not split below this length. */
  minStepSec: number;
}

export interface AdaptiveSamplingResult {
  segment: TrackSegment;
  /** Calls of the state function. */
  evaluations: number;
  /** Intervals kept at minStepSec although still off by more than the tolerance. */
  unresolvedIntervals: number;
}

interface Sample { tdbSec: number; posKm: Vec3; velKmS: Vec3 }

/**
 * The three test points can sit a little below the interval's true worst error (the remainder peaks near, not
 * exactly at, mid-interval): test against 90 % of the tolerance so the promise holds between them too.
 */
const TEST_MARGIN = 0.9;

export function sampleAdaptive(
  stateAt: StateFunction, startTdbSec: number, endTdbSec: number, options: AdaptiveSamplingOptions,
): TrackSegment {
  return sampleAdaptiveWithStats(stateAt, startTdbSec, endTdbSec, options).segment;
}

export function sampleAdaptiveWithStats(
  stateAt: StateFunction, startTdbSec: number, endTdbSec: number, options: AdaptiveSamplingOptions,
): AdaptiveSamplingResult {
  checkArguments(startTdbSec, endTdbSec, options);
  const sampler = new Sampler(stateAt, options);
  const first = sampler.evaluate(startTdbSec);
  sampler.output.push(first);
  if (endTdbSec === startTdbSec) return sampler.result();
  const intervals = Math.ceil((endTdbSec - startTdbSec) / options.maxStepSec);
  let left = first;
  for (let i = 1; i <= intervals; i++) {
    const t = i === intervals ? endTdbSec : startTdbSec + ((endTdbSec - startTdbSec) * i) / intervals;
    const right = sampler.evaluate(t);
    sampler.refine(left, right, sampler.evaluate(0.5 * (left.tdbSec + right.tdbSec)));
    left = right;
  }
  return sampler.result();
}

class Sampler {
  readonly output: Sample[] = [];
  private evaluations = 0;
  private unresolved = 0;
  private readonly scratch: Vec3 = [0, 0, 0];

  constructor(private readonly stateAt: StateFunction, private readonly options: AdaptiveSamplingOptions) {}

  evaluate(tdbSec: number): Sample {
    const sample: Sample = { tdbSec, posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    this.stateAt(tdbSec, sample);
    this.evaluations++;
    return sample;
  }

  /** Appends the samples of (a, b] to the output, a being already there; `mid` is the state at their midpoint. */
  refine(a: Sample, b: Sample, mid: Sample): void {
    const quarter = this.evaluate(0.75 * a.tdbSec + 0.25 * b.tdbSec);
    const threeQuarters = this.evaluate(0.25 * a.tdbSec + 0.75 * b.tdbSec);
    const fits = this.fits(a, b, quarter) && this.fits(a, b, mid) && this.fits(a, b, threeQuarters);
    if (fits || 0.5 * (b.tdbSec - a.tdbSec) < this.options.minStepSec) {
      if (!fits) this.unresolved++;
      this.output.push(b);
      return;
    }
    this.refine(a, mid, quarter);
    this.refine(mid, b, threeQuarters);
  }

  private fits(a: Sample, b: Sample, truth: Sample): boolean {
    hermiteState(a.tdbSec, a.posKm, a.velKmS, b.tdbSec, b.posKm, b.velKmS, truth.tdbSec, this.scratch);
    return distance(this.scratch, truth.posKm) <= TEST_MARGIN * this.options.toleranceKm;
  }

  result(): AdaptiveSamplingResult {
    const n = this.output.length;
    const segment: TrackSegment = {
      tdbSec: new Float64Array(n), posKm: new Float64Array(3 * n), velKmS: new Float64Array(3 * n),
    };
    this.output.forEach((sample, i) => {
      segment.tdbSec[i] = sample.tdbSec;
      segment.posKm.set(sample.posKm, 3 * i);
      segment.velKmS.set(sample.velKmS, 3 * i);
    });
    return { segment, evaluations: this.evaluations, unresolvedIntervals: this.unresolved };
  }
}

function checkArguments(startTdbSec: number, endTdbSec: number, options: AdaptiveSamplingOptions): void {
  const { toleranceKm, maxStepSec, minStepSec } = options;
  if (!Number.isFinite(startTdbSec) || !Number.isFinite(endTdbSec) || endTdbSec < startTdbSec) {
    throw new RangeError(`sampleAdaptive: expected finite start <= end, got [${startTdbSec}, ${endTdbSec}] (TDB s)`);
  }
  if (!(toleranceKm > 0)) throw new RangeError(`sampleAdaptive: toleranceKm must be > 0, got ${toleranceKm}`);
  if (!(minStepSec > 0) || !(maxStepSec >= minStepSec) || !Number.isFinite(maxStepSec)) {
    throw new RangeError(`sampleAdaptive: expected 0 < minStepSec <= maxStepSec, got ${minStepSec} and ${maxStepSec}`);
  }
}
