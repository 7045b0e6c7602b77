/**
 * The probe's motion in the same force model as the small bodies (Sun, the planets, the Sun's 1PN term), with the
 * Earth and the Moon as separate bodies because the probe passes within a few hundred km of the Earth.
 *
 * Integrator: odex (E. Hairer's Gragg–Bulirsch–Stoer extrapolation code, ported to JavaScript): variable order and
 * step, so one call handles a 200 km-altitude injection, an Earth flyby and years of cruise, which the fixed-step
 * Adams integrator used for the small bodies cannot. A maintained port of a reference code beats a hand-written one.
 */
import { Solver } from 'odex';
import { AU_KM } from '../constants.ts';
import type { PlanetName } from '../planets.ts';
import type { StateVector, TimedState } from '../state-vector.ts';
import { HeliocentricForceModel } from './force-model.ts';

/** Every planet, with the Earth and the Moon split (their barycentre is no model for a probe at 6,600 km). */
export const PROBE_PERTURBERS: readonly PlanetName[] = [
  'Mercury', 'Venus', 'Earth', 'Moon', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune',
];

/**
 * Local error per step, relative and absolute (km, km/s). Measured against 100× tighter settings over the
 * whole mission: < 0.05 km at every leg end (tests/unit/probe-nbody.test.ts).
 */
const RELATIVE_TOLERANCE = 1e-13;
const ABSOLUTE_TOLERANCE = 1e-9;
/** A bound on the work, so a state that dives into the Sun fails with a message instead of running for minutes. */
const MAX_STEPS = 200_000;
/** The mission never comes within 0.8 au of the Sun: a path inside 0.1 au is bad input (say, a zero velocity). */
const MIN_SUN_DISTANCE_KM = 0.1 * AU_KM;

export interface ProbePropagationOptions {
  relativeTolerance?: number;
  absoluteTolerance?: number;
}

export class ProbePropagator {
  readonly forceModel: HeliocentricForceModel;
  readonly startTdbSec: number;
  readonly endTdbSec: number;
  private readonly solver: Solver;
  private readonly y = new Float64Array(6);
  private readonly dy = new Float64Array(6);
  private readonly f = (tdbSec: number, y: number[]): number[] => {
    this.y.set(y);
    this.forceModel.derivative(tdbSec, this.y, this.dy);
    return Array.from(this.dy);
  };

  /** Valid over [startTdbSec, endTdbSec]; the planet tables are built once here. */
  constructor(startTdbSec: number, endTdbSec: number, options: ProbePropagationOptions = {}) {
    this.startTdbSec = Math.min(startTdbSec, endTdbSec);
    this.endTdbSec = Math.max(startTdbSec, endTdbSec);
    this.forceModel = new HeliocentricForceModel(this.startTdbSec, this.endTdbSec, { perturbers: PROBE_PERTURBERS });
    this.solver = new Solver(6);
    this.solver.relativeTolerance = options.relativeTolerance ?? RELATIVE_TOLERANCE;
    this.solver.absoluteTolerance = options.absoluteTolerance ?? ABSOLUTE_TOLERANCE;
    this.solver.maxSteps = MAX_STEPS;
    this.solver.initialStepSize = 60;
  }

  /**
   * The state at `toTdbSec` (either direction) from `from`. `onStep` sees every accepted step's end state, so a
   * caller can keep checkpoints to restart from.
   */
  propagate(from: TimedState, toTdbSec: number, onStep?: (tdbSec: number, y: readonly number[]) => void): TimedState {
    this.checkSpan(from.tdbSec, toTdbSec);
    const y0 = [...from.posKm, ...from.velKmS];
    if (toTdbSec === from.tdbSec) return { tdbSec: toTdbSec, posKm: [...from.posKm], velKmS: [...from.velKmS] };
    this.solver.maxStepSize = 0;
    this.solver.initialStepSize = Math.sign(toTdbSec - from.tdbSec) * Math.min(60, Math.abs(toTdbSec - from.tdbSec));
    let grazedAt = Number.NaN;
    const result = this.solver.solve(this.f, from.tdbSec, y0, toTdbSec, (_n, _xOld, x, y) => {
      if (Math.hypot(y[0]!, y[1]!, y[2]!) < MIN_SUN_DISTANCE_KM) { grazedAt = x; return false; }
      onStep?.(x, y);
      return undefined;
    });
    if (!Number.isNaN(grazedAt)) {
      throw new RangeError(`probe propagation from TDB second ${from.tdbSec} came within 0.1 au of the Sun at TDB second ${grazedAt}: the start state is not a mission state`);
    }
    if (result.outcome !== 0) {
      throw new RangeError(`probe propagation from TDB second ${from.tdbSec} to ${toTdbSec} stopped after ${result.nStep} steps`);
    }
    const y = result.y;
    return { tdbSec: toTdbSec, posKm: [y[0]!, y[1]!, y[2]!], velKmS: [y[3]!, y[4]!, y[5]!] };
  }

  /** Gravitational acceleration of the force model at a heliocentric EQJ state, km/s². */
  accelerationKmS2(tdbSec: number, state: StateVector): [number, number, number] {
    this.y.set([...state.posKm, ...state.velKmS]);
    this.forceModel.derivative(tdbSec, this.y, this.dy);
    return [this.dy[3]!, this.dy[4]!, this.dy[5]!];
  }

  private checkSpan(a: number, b: number): void {
    const finite = Number.isFinite(a) && Number.isFinite(b);
    if (!finite || Math.min(a, b) < this.startTdbSec || Math.max(a, b) > this.endTdbSec) {
      throw new RangeError(`probe propagation [${a}, ${b}] lies outside the force model's span [${this.startTdbSec}, ${this.endTdbSec}]`);
    }
  }
}
