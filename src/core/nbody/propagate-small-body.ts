/**
 * Propagation of massless small bodies (asteroids, comets) under the Sun and planets, forward and backward from
 * an osculating state, into sampled tracks for cubic Hermite interpolation.
 */
import type { TimedState } from '../state-vector.ts';
import type { TrackSegment } from '../track.ts';
import { integrateAdams, type AdamsOptions } from './adams-integrator.ts';
import { HeliocentricForceModel, type ForceModelOptions } from './force-model.ts';
import { hermiteSamplingStepSec } from './sampling-step.ts';

export interface SmallBodyPropagationOptions extends ForceModelOptions, AdamsOptions {
  /** Integration step = sample spacing. Default: the Hermite sampling step for `hermiteToleranceKm`. */
  stepSec?: number;
  /** Largest error of cubic Hermite interpolation between samples; default 0.1 km. */
  hermiteToleranceKm?: number;
  /** A force model built by the caller over a span covering this propagation (to share planet tables). */
  forceModel?: HeliocentricForceModel;
}

export interface PropagationStats {
  stepSec: number;
  /** Integration steps, both directions. */
  steps: number;
  /** Right-hand-side evaluations for this body. */
  evaluations: number;
  samples: number;
}

export interface SmallBodyPropagation {
  segment: TrackSegment;
  stats: PropagationStats;
}

const DEFAULT_HERMITE_TOLERANCE_KM = 0.1;
/**
 * A bound on the work, so bad input fails at once instead of computing for minutes: the mission's bodies need
 * ~7,500 steps; a validated body file (perihelion ≥ 0.3 au, epoch 2000–2050) at most ~70,000.
 */
export const MAX_PROPAGATION_STEPS = 200_000;


/**
 * Samples covering [startTdbSec, endTdbSec] (first sample at or before the start, last at or after the end),
 * on the grid epoch + k·step. The epoch may lie inside or outside the range.
 */
export function propagateSmallBody(
  initial: TimedState,
  startTdbSec: number,
  endTdbSec: number,
  options: SmallBodyPropagationOptions = {},
): TrackSegment {
  return propagateSmallBodyWithStats(initial, startTdbSec, endTdbSec, options).segment;
}

export function propagateSmallBodyWithStats(
  initial: TimedState,
  startTdbSec: number,
  endTdbSec: number,
  options: SmallBodyPropagationOptions = {},
): SmallBodyPropagation {
  if (!(endTdbSec > startTdbSec)) throw new RangeError(`propagation range [${startTdbSec}, ${endTdbSec}] is empty`);
  const finite = [initial.tdbSec, ...initial.posKm, ...initial.velKmS, startTdbSec, endTdbSec].every(Number.isFinite);
  if (!finite) throw new RangeError('propagation needs a finite initial state and range');
  const stepSec = options.stepSec ?? defaultStepSec(initial, options);
  if (!(stepSec > 0 && Number.isFinite(stepSec))) throw new RangeError(`propagation step ${stepSec} s is not a positive number`);
  const epoch = initial.tdbSec;
  const kMin = Math.floor((startTdbSec - epoch) / stepSec);
  const kMax = Math.ceil((endTdbSec - epoch) / stepSec);
  const steps = Math.max(kMax, 0) + Math.max(-kMin, 0);
  if (steps > MAX_PROPAGATION_STEPS) {
    throw new RangeError(`propagation would take ${steps} steps of ${(stepSec / 86400).toPrecision(3)} day (more than ${MAX_PROPAGATION_STEPS}): `
      + 'an orbit grazing the Sun or an epoch far from the range');
  }
  const forceModel = options.forceModel
    ?? new HeliocentricForceModel(Math.min(epoch, startTdbSec) - stepSec, Math.max(epoch, endTdbSec) + stepSec, options);
  const evaluationsBefore = forceModel.evaluations;

  const y0 = Float64Array.of(...initial.posKm, ...initial.velKmS);
  const forwardSteps = Math.max(kMax, 0);
  const backwardSteps = Math.max(-kMin, 0);
  const forward = forwardSteps > 0 ? integrateAdams(forceModel.derivative, epoch, y0, stepSec, forwardSteps, options) : y0;
  const backward = backwardSteps > 0 ? integrateAdams(forceModel.derivative, epoch, y0, -stepSec, backwardSteps, options) : y0;

  const samples = kMax - kMin + 1;
  const segment: TrackSegment = {
    tdbSec: new Float64Array(samples),
    posKm: new Float64Array(3 * samples),
    velKmS: new Float64Array(3 * samples),
  };
  for (let i = 0; i < samples; i++) {
    const k = kMin + i;
    const source = k >= 0 ? forward : backward;
    const row = 6 * Math.abs(k);
    segment.tdbSec[i] = epoch + k * stepSec;
    for (let d = 0; d < 3; d++) {
      segment.posKm[3 * i + d] = source[row + d]!;
      segment.velKmS[3 * i + d] = source[row + 3 + d]!;
    }
  }
  return {
    segment,
    stats: {
      stepSec,
      steps: forwardSteps + backwardSteps,
      evaluations: forceModel.evaluations - evaluationsBefore,
      samples,
    },
  };
}

/**
 * Several bodies over one range, sharing one set of planet tables (the tables are most of the cost; sharing the
 * integration itself would force one step on all and pays less: see bench/propagation.bench.ts).
 */
export function propagateSmallBodies(
  initials: readonly TimedState[],
  startTdbSec: number,
  endTdbSec: number,
  options: Omit<SmallBodyPropagationOptions, 'forceModel'> = {},
): SmallBodyPropagation[] {
  const steps = initials.map((s) => options.stepSec ?? defaultStepSec(s, options));
  const margin = 2 * Math.max(...steps);
  const epochs = initials.map((s) => s.tdbSec);
  const forceModel = new HeliocentricForceModel(
    Math.min(startTdbSec, ...epochs) - margin,
    Math.max(endTdbSec, ...epochs) + margin,
    options,
  );
  return initials.map((initial, i) =>
    propagateSmallBodyWithStats(initial, startTdbSec, endTdbSec, { ...options, stepSec: steps[i]!, forceModel }),
  );
}

function defaultStepSec(initial: TimedState, options: SmallBodyPropagationOptions): number {
  return hermiteSamplingStepSec(initial, options.hermiteToleranceKm ?? DEFAULT_HERMITE_TOLERANCE_KM);
}
