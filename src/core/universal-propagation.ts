import type { StateVector } from './state-vector.ts';
import { stumpffC2, stumpffC3 } from './stumpff.ts';

/**
 * Two-body propagation in universal variables (Vallado, "Fundamentals of Astrodynamics and Applications",
 * Algorithm 8; Curtis, Algorithms 3.3/3.4): one code path for ellipses, parabolas and hyperbolas, forward and
 * backward in time. Hot path: no allocation except the result when `out` is omitted; `out` may be `state` itself.
 */

const TWO_PI = 2 * Math.PI;
const MAX_ITERATIONS = 60;
/** Relative step in the universal anomaly at which the iteration stops (a few ulps). */
const X_TOLERANCE = 4e-15;

/**
 * Propagates `state` by `dtSec` seconds under the point mass `muKm3S2`.
 * Ellipses are first reduced by whole periods, so a multi-revolution dt costs the same and keeps its accuracy.
 * The universal Kepler equation F(x) = 0 is solved by Laguerre's method (Conway 1986), guarded by a bracket:
 * F is increasing (F'(x) = r > 0), so each iterate narrows an interval that holds the root and a step that
 * leaves it is replaced by bisection.
 */
export function propagateKepler(
  state: StateVector,
  dtSec: number,
  muKm3S2: number,
  out: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] },
): StateVector {
  const rx = state.posKm[0], ry = state.posKm[1], rz = state.posKm[2];
  const vx = state.velKmS[0], vy = state.velKmS[1], vz = state.velKmS[2];
  const r0 = Math.sqrt(rx * rx + ry * ry + rz * rz);
  const v0Sq = vx * vx + vy * vy + vz * vz;
  const sqrtMu = Math.sqrt(muKm3S2);
  const sigma0 = (rx * vx + ry * vy + rz * vz) / sqrtMu; // r.v / sqrt(mu)
  const alpha = 2 / r0 - v0Sq / muKm3S2; // 1/a
  const oneMinusAlphaR0 = 1 - alpha * r0;

  let dt = dtSec;
  if (alpha > 0) {
    const a = 1 / alpha;
    const periodSec = TWO_PI * Math.sqrt((a * a * a) / muKm3S2);
    if (Math.abs(dt) > 0.5 * periodSec) dt -= periodSec * Math.round(dt / periodSec);
  }
  if (dt === 0) {
    out.posKm[0] = rx; out.posKm[1] = ry; out.posKm[2] = rz;
    out.velKmS[0] = vx; out.velKmS[1] = vy; out.velKmS[2] = vz;
    return out;
  }
  // Bracket for x: F(0) = -sqrt(mu) dt and F'(x) = r >= r_periapsis, so |x| <= sqrt(mu) |dt| / r_periapsis.
  const pKm = (r0 * r0 * v0Sq - sigma0 * sigma0 * muKm3S2) / muKm3S2; // h^2 / mu, with h^2 = r^2 v^2 - (r.v)^2
  const ecc = Math.sqrt(Math.max(0, 1 - pKm * alpha));
  const rPeriapsis = Math.max(pKm / (1 + ecc), 1e-300);
  let xMax = (sqrtMu * Math.abs(dt)) / rPeriapsis;
  let x: number;
  if (alpha > 0) {
    // Within half a period the eccentric anomaly changes by less than 2 pi, and x = dE / sqrt(alpha).
    xMax = Math.min(xMax, TWO_PI / Math.sqrt(alpha));
    x = sqrtMu * dt * alpha;
  } else {
    x = hyperbolicStartingGuess(alpha, sigma0 * sqrtMu, oneMinusAlphaR0, muKm3S2, dt);
  }
  let lo = dt >= 0 ? 0 : -xMax;
  let hi = dt >= 0 ? xMax : 0;
  if (!(x > lo && x < hi)) x = (sqrtMu * dt) / r0;
  if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);

  const target = sqrtMu * dt;
  let c2 = 0.5, c3 = 1 / 6, psi = 0, r = r0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const xSq = x * x;
    psi = alpha * xSq;
    c2 = stumpffC2(psi);
    c3 = stumpffC3(psi);
    const f = sigma0 * xSq * c2 + oneMinusAlphaR0 * xSq * x * c3 + r0 * x - target;
    r = xSq * c2 + sigma0 * x * (1 - psi * c3) + r0 * (1 - psi * c2); // F'(x)
    if (!Number.isFinite(f)) {
      // Far outside the root on a hyperbola (sinh overflow): |x| is too large.
      if (x > 0) hi = x; else lo = x;
      x = 0.5 * (lo + hi);
      continue;
    }
    if (f === 0) break;
    if (f < 0) lo = x; else hi = x;
    const fSecond = sigma0 * (1 - psi * c2) + oneMinusAlphaR0 * x * (1 - psi * c3); // dr/dx
    // Laguerre step with n = 5.
    const disc = Math.sqrt(Math.abs(16 * r * r - 20 * f * fSecond));
    let next = x - (5 * f) / (r + (r >= 0 ? disc : -disc));
    // Converged when the step is down to rounding: accept it even if it lands on a bracket end.
    if (Math.abs(next - x) <= X_TOLERANCE * Math.abs(x)) {
      x = next;
      break;
    }
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    x = next;
    if (hi - lo <= X_TOLERANCE * Math.abs(x)) break;
  }
  // Final Stumpff values and radius at the converged x.
  const xSq = x * x;
  psi = alpha * xSq;
  c2 = stumpffC2(psi);
  c3 = stumpffC3(psi);
  r = xSq * c2 + sigma0 * x * (1 - psi * c3) + r0 * (1 - psi * c2);

  // Lagrange coefficients; g uses the equivalent form g = (sigma0 x^2 c2 + r0 x (1 - psi c3)) / sqrt(mu),
  // which avoids the cancellation of dt - x^3 c3 / sqrt(mu) near a whole revolution.
  const f = 1 - (xSq * c2) / r0;
  const g = (sigma0 * xSq * c2 + r0 * x * (1 - psi * c3)) / sqrtMu;
  const fDot = (sqrtMu / (r * r0)) * x * (psi * c3 - 1);
  const gDot = 1 - (xSq * c2) / r;

  out.posKm[0] = f * rx + g * vx;
  out.posKm[1] = f * ry + g * vy;
  out.posKm[2] = f * rz + g * vz;
  out.velKmS[0] = fDot * rx + gDot * vx;
  out.velKmS[1] = fDot * ry + gDot * vy;
  out.velKmS[2] = fDot * rz + gDot * vz;
  return out;
}

/** Vallado's hyperbolic starter (Algorithm 8); NaN when its logarithm is undefined. */
function hyperbolicStartingGuess(
  alpha: number,
  rDotV: number,
  oneMinusAlphaR0: number,
  muKm3S2: number,
  dt: number,
): number {
  if (alpha === 0) return NaN;
  const a = 1 / alpha;
  const s = dt >= 0 ? 1 : -1;
  const arg = (-2 * muKm3S2 * alpha * dt) / (rDotV + s * Math.sqrt(-muKm3S2 * a) * oneMinusAlphaR0);
  return arg > 0 ? s * Math.sqrt(-a) * Math.log(arg) : NaN;
}
