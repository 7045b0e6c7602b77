import { describe, expect, it } from 'vitest';
import { adamsBashforthWeights, adamsMoultonWeights } from '../../src/core/nbody/adams-coefficients.ts';
import { integrateAdams } from '../../src/core/nbody/adams-integrator.ts';
import type { Derivative } from '../../src/core/nbody/force-model.ts';

/** y'' = −y as a first-order system; exact solution cos t, −sin t. */
const oscillator: Derivative = (_t, y, dy) => {
  dy[0] = y[1]!;
  dy[1] = -y[0]!;
};

function oscillatorError(order: number, step: number, span: number): number {
  const steps = Math.round(span / step);
  const nodes = integrateAdams(oscillator, 0, Float64Array.of(1, 0), step, steps, { order });
  return Math.hypot(nodes[2 * steps]! - Math.cos(steps * step), nodes[2 * steps + 1]! + Math.sin(steps * step));
}

describe('Adams–Bashforth–Moulton', () => {
  it('reproduces the textbook 4-step weights (Hairer–Nørsett–Wanner I, Tables III.1.1 and III.1.2)', () => {
    const ab = adamsBashforthWeights(4);
    [55 / 24, -59 / 24, 37 / 24, -9 / 24].forEach((w, i) => expect(ab[i]).toBeCloseTo(w, 14));
    const am = adamsMoultonWeights(3);
    [9 / 24, 19 / 24, -5 / 24, 1 / 24].forEach((w, i) => expect(am[i]).toBeCloseTo(w, 14));
  });

  it('weights integrate polynomials of their order exactly (property, orders 1–12)', () => {
    // Σ w_i (s_i/k)^p = ∫_0^1 (s/k)^p ds = 1/((p+1) k^p), nodes s_i = −i (AB) and 1 − i (AM); scaling by k keeps
    // the terms near the size of the weights, and the tolerance scales with them.
    const expectExact = (weights: number[], node: (i: number) => number, p: number) => {
      const k = weights.length;
      const terms = weights.map((w, i) => w * (node(i) / k) ** p);
      const scale = terms.reduce((sum, t) => sum + Math.abs(t), 0);
      expect(Math.abs(terms.reduce((sum, t) => sum + t, 0) - 1 / ((p + 1) * k ** p))).toBeLessThan(1e-14 * scale);
    };
    for (let k = 1; k <= 12; k++) {
      const ab = adamsBashforthWeights(k);
      const am = adamsMoultonWeights(k);
      for (let p = 0; p < k; p++) expectExact(ab, (i) => -i, p);
      for (let p = 0; p <= k; p++) expectExact(am, (i) => 1 - i, p);
    }
  });

  it('converges at the order of the corrector: halving the step divides the error by ~2^(k+1)', () => {
    for (const order of [3, 5]) {
      const ratio = oscillatorError(order, 0.02, 20) / oscillatorError(order, 0.01, 20);
      expect(Math.log2(ratio)).toBeGreaterThan(order + 0.6);
      expect(Math.log2(ratio)).toBeLessThan(order + 1.4);
    }
  });

  it('integrates backward with a negative step as accurately as forward', () => {
    const steps = 1000;
    const nodes = integrateAdams(oscillator, 0, Float64Array.of(1, 0), -0.05, steps);
    expect(Math.abs(nodes[2 * steps]! - Math.cos(-50))).toBeLessThan(1e-12);
    expect(Math.abs(nodes[2 * steps + 1]! + Math.sin(-50))).toBeLessThan(1e-12);
  });
});
