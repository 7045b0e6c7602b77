import type { Vec3 } from './vec3.ts';

/**
 * Lambert's problem, all revolutions: D. Izzo, "Revisiting Lambert's problem", Celest. Mech. Dyn. Astron. 121
 * (2015) 1-15. The geometry is reduced to one parameter lambda and the non-dimensional time of flight T(x), solved
 * for x by Householder iterations (4th order) from the paper's starting guesses; T(x) is evaluated by
 * Lancaster-Blanchard, by Lagrange's form for 0.01 < |x - 1| < 0.2 and by Battin's hypergeometric series for
 * |x - 1| < 0.01, where the other forms lose precision.
 */

export interface LambertOptions {
  /** true (default): the transfer's angular momentum has a positive +z component in the caller's frame. */
  prograde?: boolean;
  /** Largest number of complete revolutions to look for (default 0: only the direct transfer). */
  maxRevolutions?: number;
}

/**
 * One conic from r1 to r2 in the given time. `revolutions` whole turns are made before arriving.
 * `branch`: 'single' for the 0-revolution solution; for N >= 1 two ellipses share the time of flight, named as in
 * Izzo's paper by which side of the minimum-time point x(T_min) their parameter x lies on: 'left' (smaller x) and
 * 'right' (larger x). The right one is the ellipse with the larger semi-major axis (a property test checks this).
 */
export interface LambertSolution {
  revolutions: number;
  branch: 'single' | 'left' | 'right';
  v1KmS: Vec3;
  v2KmS: Vec3;
}

/** Below this |sin| of the transfer angle (0 or 180 degrees) the transfer plane is undefined: no solution. */
const COLLINEAR_SIN_ANGLE = 1e-12;
const MAX_HOUSEHOLDER_ITERATIONS = 25;
const X_TOLERANCE = 1e-13;

/**
 * All solutions with up to `maxRevolutions` complete revolutions (0: the single direct one; for each N >= 1 that
 * the time of flight allows, a 'left' and a 'right' one). Returns [] when r1 and r2 are collinear with the centre
 * (0 or 180 degrees: plane undefined). Throws on tof <= 0 or non-finite input.
 */
export function solveLambert(
  r1Km: Vec3,
  r2Km: Vec3,
  tofSec: number,
  muKm3S2: number,
  opts: LambertOptions = {},
): LambertSolution[] {
  if (!(tofSec > 0) || !Number.isFinite(tofSec)) {
    throw new RangeError(`solveLambert: time of flight must be a positive finite number of seconds, got ${tofSec}`);
  }
  if (!(muKm3S2 > 0)) throw new RangeError(`solveLambert: mu must be positive, got ${muKm3S2}`);
  const prograde = opts.prograde ?? true;
  const maxRevolutions = Math.max(0, Math.floor(opts.maxRevolutions ?? 0));

  const r1 = Math.hypot(r1Km[0], r1Km[1], r1Km[2]);
  const r2 = Math.hypot(r2Km[0], r2Km[1], r2Km[2]);
  if (!(r1 > 0 && r2 > 0) || !Number.isFinite(r1 + r2)) {
    throw new RangeError('solveLambert: positions must be finite and non-zero');
  }
  const c = Math.hypot(r2Km[0] - r1Km[0], r2Km[1] - r1Km[1], r2Km[2] - r1Km[2]);
  const s = 0.5 * (r1 + r2 + c);
  const u1x = r1Km[0] / r1, u1y = r1Km[1] / r1, u1z = r1Km[2] / r1;
  const u2x = r2Km[0] / r2, u2y = r2Km[1] / r2, u2z = r2Km[2] / r2;
  let hx = u1y * u2z - u1z * u2y, hy = u1z * u2x - u1x * u2z, hz = u1x * u2y - u1y * u2x;
  const hNorm = Math.hypot(hx, hy, hz);
  if (hNorm < COLLINEAR_SIN_ANGLE) return [];
  hx /= hNorm; hy /= hNorm; hz /= hNorm;

  // lambda^2 = 1 - c/s, written as sqrt(r1 r2) cos(theta/2) / s so it keeps its precision near 180 degrees
  // (where c -> r1 + r2 and 1 - c/s cancels).
  const cosTheta = u1x * u2x + u1y * u2y + u1z * u2z;
  const cosHalf = cosTheta >= 0 ? Math.sqrt(0.5 * (1 + cosTheta)) : hNorm / Math.sqrt(2 * (1 - cosTheta));
  let lambda = Math.min(1, (Math.sqrt(r1 * r2) * cosHalf) / s);
  // Tangential unit vectors t = h x u (direction of motion), with h chosen by the requested sense of motion.
  let sense = 1;
  if (hz < 0) { lambda = -lambda; sense = -1; }
  if (!prograde) { lambda = -lambda; sense = -sense; }
  const t1x = sense * (hy * u1z - hz * u1y), t1y = sense * (hz * u1x - hx * u1z), t1z = sense * (hx * u1y - hy * u1x);
  const t2x = sense * (hy * u2z - hz * u2y), t2y = sense * (hz * u2x - hx * u2z), t2z = sense * (hx * u2y - hy * u2x);

  const T = Math.sqrt((2 * muKm3S2) / (s * s * s)) * tofSec;
  const solutions: LambertSolution[] = [];

  const gamma = Math.sqrt((muKm3S2 * s) / 2);
  const rho = (r1 - r2) / c;
  const sigma = Math.sqrt(Math.max(0, 1 - rho * rho));
  const addSolution = (x: number, revolutions: number, branch: LambertSolution['branch']): void => {
    const y = Math.sqrt(1 - lambda * lambda * (1 - x * x));
    const a = lambda * y - x;
    const b = lambda * y + x;
    const vr1 = (gamma * (a - rho * b)) / r1;
    const vr2 = (-gamma * (a + rho * b)) / r2;
    const vt = gamma * sigma * (y + lambda * x);
    const vt1 = vt / r1, vt2 = vt / r2;
    const v1: Vec3 = [vr1 * u1x + vt1 * t1x, vr1 * u1y + vt1 * t1y, vr1 * u1z + vt1 * t1z];
    const v2: Vec3 = [vr2 * u2x + vt2 * t2x, vr2 * u2y + vt2 * t2y, vr2 * u2z + vt2 * t2z];
    if (Number.isFinite(v1[0] + v1[1] + v1[2] + v2[0] + v2[1] + v2[2])) {
      solutions.push({ revolutions, branch, v1KmS: v1, v2KmS: v2 });
    }
  };

  // Single-revolution starting guess (Izzo eq. 30).
  const T00 = Math.acos(lambda) + lambda * Math.sqrt(1 - lambda * lambda);
  const T1 = (2 / 3) * (1 - lambda * lambda * lambda);
  let x0: number;
  if (T >= T00) x0 = -(T - T00) / (T - T00 + 4);
  else if (T <= T1) x0 = (2.5 * T1 * (T1 - T)) / (T * (1 - Math.pow(lambda, 5))) + 1;
  else x0 = Math.pow(T / T00, Math.LN2 / Math.log(T1 / T00)) - 1;
  const x = householder(T, x0, 0, lambda);
  if (Number.isFinite(x)) addSolution(x, 0, 'single');

  let nMax = Math.min(Math.floor(T / Math.PI), maxRevolutions);
  if (nMax > 0 && T < T00 + nMax * Math.PI && T < minimumTime(lambda, nMax)) nMax -= 1;
  for (let n = 1; n <= nMax; n++) {
    const left = Math.pow(((n + 1) * Math.PI) / (8 * T), 2 / 3);
    const xLeft = householder(T, (left - 1) / (left + 1), n, lambda);
    if (Number.isFinite(xLeft)) addSolution(xLeft, n, 'left');
    const right = Math.pow((8 * T) / (n * Math.PI), 2 / 3);
    const xRight = householder(T, (right - 1) / (right + 1), n, lambda);
    if (Number.isFinite(xRight)) addSolution(xRight, n, 'right');
  }
  return solutions;
}

/** Non-dimensional minimum time of flight of the N-revolution family (Halley iterations on dT/dx = 0). */
function minimumTime(lambda: number, n: number): number {
  let x = 0;
  let tMin = Math.acos(lambda) + lambda * Math.sqrt(1 - lambda * lambda) + n * Math.PI;
  for (let i = 0; i < 12; i++) {
    derivatives(x, tMin, lambda);
    const d1 = dT1, d2 = dT2, d3 = dT3;
    if (d1 === 0) break;
    const next = x - (d1 * d2) / (d2 * d2 - (d1 * d3) / 2);
    const done = Math.abs(next - x) < 1e-13;
    x = next;
    tMin = timeOfFlight(x, n, lambda);
    if (done) break;
  }
  return tMin;
}

function householder(T: number, xStart: number, n: number, lambda: number): number {
  let x = xStart;
  for (let i = 0; i < MAX_HOUSEHOLDER_ITERATIONS; i++) {
    const tof = timeOfFlight(x, n, lambda);
    derivatives(x, tof, lambda);
    const d1 = dT1, d2 = dT2, d3 = dT3;
    const delta = tof - T;
    const d1Sq = d1 * d1;
    const next = x - (delta * (d1Sq - (delta * d2) / 2)) / (d1 * (d1Sq - delta * d2) + (d3 * delta * delta) / 6);
    if (!Number.isFinite(next)) return NaN;
    const step = Math.abs(next - x);
    x = next;
    if (step < X_TOLERANCE) return x;
  }
  return x;
}

/** dT/dx, d2T/dx2, d3T/dx3 (Izzo eq. 22) from the last `derivatives` call: no tuple allocated per iteration. */
let dT1 = 0;
let dT2 = 0;
let dT3 = 0;

function derivatives(x: number, T: number, lambda: number): void {
  const l2 = lambda * lambda;
  const l3 = l2 * lambda;
  const oneMinusX2 = 1 - x * x;
  const y = Math.sqrt(1 - l2 * oneMinusX2);
  const y2 = y * y;
  const y3 = y2 * y;
  const d1 = (3 * T * x - 2 + (2 * l3 * x) / y) / oneMinusX2;
  const d2 = (3 * T + 5 * x * d1 + (2 * (1 - l2) * l3) / y3) / oneMinusX2;
  const d3 = (7 * x * d2 + 8 * d1 - (6 * (1 - l2) * l2 * l3 * x) / (y3 * y2)) / oneMinusX2;
  dT1 = d1; dT2 = d2; dT3 = d3;
}

/** Non-dimensional time of flight T(x) for N revolutions. */
function timeOfFlight(x: number, n: number, lambda: number): number {
  const dist = Math.abs(x - 1);
  if (dist < 0.2 && dist >= 0.01) return timeOfFlightLagrange(x, n, lambda);
  const E = x * x - 1;
  const rho = Math.abs(E);
  const z = Math.sqrt(1 + lambda * lambda * E);
  if (dist < 0.01) {
    // Battin's series: T = (eta^3 Q + 4 lambda eta) / 2 + N pi / rho^1.5, Q from a hypergeometric series.
    const eta = z - lambda * x;
    const s1 = 0.5 * (1 - lambda - x * eta);
    const q = (4 / 3) * hypergeometric(s1);
    return (eta * eta * eta * q + 4 * lambda * eta) / 2 + (n * Math.PI) / Math.pow(rho, 1.5);
  }
  const y = Math.sqrt(rho);
  const g = x * z - lambda * E;
  let d: number;
  if (E < 0) d = n * Math.PI + Math.acos(Math.max(-1, Math.min(1, g)));
  else d = Math.log(y * (z - lambda * x) + g);
  return (x - lambda * z - d / y) / E;
}

function timeOfFlightLagrange(x: number, n: number, lambda: number): number {
  const a = 1 / (1 - x * x);
  if (a > 0) {
    const alpha = 2 * Math.acos(x);
    let beta = 2 * Math.asin(Math.sqrt((lambda * lambda) / a));
    if (lambda < 0) beta = -beta;
    return (a * Math.sqrt(a) * (alpha - Math.sin(alpha) - (beta - Math.sin(beta)) + 2 * Math.PI * n)) / 2;
  }
  const alpha = 2 * Math.acosh(x);
  let beta = 2 * Math.asinh(Math.sqrt((-lambda * lambda) / a));
  if (lambda < 0) beta = -beta;
  return (-a * Math.sqrt(-a) * (beta - Math.sinh(beta) - (alpha - Math.sinh(alpha)))) / 2;
}

/** Gauss hypergeometric 2F1(3, 1; 5/2; z) by its series, |z| < 1. */
function hypergeometric(z: number): number {
  let sum = 1;
  let term = 1;
  for (let j = 0; j < 200; j++) {
    term = (term * (3 + j) * (1 + j) * z) / ((2.5 + j) * (j + 1));
    sum += term;
    if (Math.abs(term) < 1e-16 * Math.abs(sum)) break;
  }
  return sum;
}
