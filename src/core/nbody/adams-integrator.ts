/**
 * Fixed-step Adams–Bashforth–Moulton predictor–corrector (PECE) for y' = f(t, y).
 *
 * Why a fixed-step multistep method: the small bodies we propagate stay far from every planet, so their
 * right-hand side is smooth on the scale of the output sampling (the cubic-Hermite sample spacing, ~1 day).
 * At that step an order-10 Adams pair is accurate to ~1e-15 per step and costs two evaluations per step,
 * which beats any one-step method of the same order; each node is an output sample, so no dense output is
 * needed. Not meant for close planetary encounters (no step control).
 */
import { adamsBashforthWeights, adamsMoultonWeights } from './adams-coefficients.ts';
import type { Derivative } from './force-model.ts';

export interface AdamsOptions {
  /** Predictor order k (corrector order k + 1). */
  order?: number;
  /** RK4 substeps per node while starting the multistep history. */
  starterSubsteps?: number;
}

export const DEFAULT_ADAMS_ORDER = 10;
const DEFAULT_STARTER_SUBSTEPS = 16;

/**
 * Integrates `steps` steps of size `stepSec` (negative: backward) from (t0, y0).
 * Returns the (steps + 1) node states, y at t0 + i·stepSec in row i (row length = y0.length).
 */
export function integrateAdams(
  derivative: Derivative,
  t0: number,
  y0: Float64Array,
  stepSec: number,
  steps: number,
  options: AdamsOptions = {},
): Float64Array {
  const k = options.order ?? DEFAULT_ADAMS_ORDER;
  const substeps = options.starterSubsteps ?? DEFAULT_STARTER_SUBSTEPS;
  const n = y0.length;
  const nodes = new Float64Array((steps + 1) * n);
  nodes.set(y0, 0);
  const h = stepSec;

  // f history as a ring of k rows: f at node i lives in row i mod k.
  const history = new Float64Array(k * n);
  const row = (i: number): Float64Array => history.subarray((i % k) * n, (i % k + 1) * n);

  const starterNodes = Math.min(k - 1, steps);
  const rk = new RungeKutta4(derivative, n);
  for (let i = 0; i < starterNodes; i++) {
    const y = nodes.subarray(i * n, (i + 1) * n);
    const next = nodes.subarray((i + 1) * n, (i + 2) * n);
    rk.advance(t0 + i * h, y, h, substeps, next);
  }
  for (let i = 0; i <= starterNodes; i++) derivative(t0 + i * h, nodes.subarray(i * n, (i + 1) * n), row(i));

  const b = adamsBashforthWeights(k);
  const c = adamsMoultonWeights(k);
  const predicted = new Float64Array(n);
  const fPredicted = new Float64Array(n);
  for (let i = starterNodes; i < steps; i++) {
    const y = nodes.subarray(i * n, (i + 1) * n);
    const next = nodes.subarray((i + 1) * n, (i + 2) * n);
    const t1 = t0 + (i + 1) * h;
    for (let d = 0; d < n; d++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += b[j]! * history[((i - j) % k) * n + d]!;
      predicted[d] = y[d]! + h * sum;
    }
    derivative(t1, predicted, fPredicted);
    for (let d = 0; d < n; d++) {
      let sum = c[0]! * fPredicted[d]!;
      for (let j = 1; j <= k; j++) sum += c[j]! * history[((i + 1 - j) % k) * n + d]!;
      next[d] = y[d]! + h * sum;
    }
    derivative(t1, next, row(i + 1));
  }
  return nodes;
}

/** Classical fourth-order Runge–Kutta, used only to start the Adams history with small substeps. */
class RungeKutta4 {
  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly stage: Float64Array;
  private readonly y: Float64Array;

  constructor(private readonly derivative: Derivative, n: number) {
    this.k1 = new Float64Array(n); this.k2 = new Float64Array(n); this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n); this.stage = new Float64Array(n); this.y = new Float64Array(n);
  }

  advance(t: number, from: Float64Array, h: number, substeps: number, out: Float64Array): void {
    const { k1, k2, k3, k4, stage, y } = this;
    const n = y.length;
    const dt = h / substeps;
    y.set(from);
    for (let s = 0; s < substeps; s++) {
      const ts = t + s * dt;
      this.derivative(ts, y, k1);
      for (let d = 0; d < n; d++) stage[d] = y[d]! + 0.5 * dt * k1[d]!;
      this.derivative(ts + 0.5 * dt, stage, k2);
      for (let d = 0; d < n; d++) stage[d] = y[d]! + 0.5 * dt * k2[d]!;
      this.derivative(ts + 0.5 * dt, stage, k3);
      for (let d = 0; d < n; d++) stage[d] = y[d]! + dt * k3[d]!;
      this.derivative(ts + dt, stage, k4);
      for (let d = 0; d < n; d++) y[d] = y[d]! + (dt / 6) * (k1[d]! + 2 * k2[d]! + 2 * k3[d]! + k4[d]!);
    }
    out.set(y);
  }
}
