/**
 * Single shooting on one leg: the velocity at the leg's start that brings the probe to a target position at the
 * leg's end in the full force model. Newton's method on the 3 × 3 problem, the Jacobian by forward differences,
 * steps halved while they do not reduce the miss.
 */
import { distance, type Vec3 } from '../vec3.ts';

export interface ShootingOptions {
  /** Stop when the end position is this close to the target, km. */
  toleranceKm?: number;
  maxIterations?: number;
  /** Velocity perturbation for the finite-difference Jacobian, km/s. */
  perturbationKmS?: number;
}

export interface ShootingResult {
  velKmS: Vec3;
  missKm: number;
  iterations: number;
}

/** Solves J x = b for a 3 × 3 J (rows), by Cramer's rule; throws on a singular J. */
function solve3(j: Vec3[], b: Vec3): Vec3 {
  const det = (m: Vec3[]) => m[0]![0] * (m[1]![1] * m[2]![2] - m[1]![2] * m[2]![1])
    - m[0]![1] * (m[1]![0] * m[2]![2] - m[1]![2] * m[2]![0])
    + m[0]![2] * (m[1]![0] * m[2]![1] - m[1]![1] * m[2]![0]);
  const d = det(j);
  if (!Number.isFinite(d) || d === 0) throw new Error('shooting: the end position does not depend on the start velocity');
  return [0, 1, 2].map((c) => det(j.map((row, r) => row.map((v, k) => (k === c ? b[r]! : v)) as Vec3)) / d) as Vec3;
}

/**
 * `endPosition(v)` propagates the leg from the start velocity v and returns the end position. Throws with the
 * remaining miss when the iteration does not converge.
 */
export function shootVelocity(
  endPosition: (velKmS: Vec3) => Vec3, guessKmS: Vec3, targetKm: Vec3, options: ShootingOptions = {},
): ShootingResult {
  return shootResidual((v) => {
    const e = endPosition(v);
    return [e[0] - targetKm[0], e[1] - targetKm[1], e[2] - targetKm[2]];
  }, guessKmS, options);
}

/** The same Newton iteration on any three residuals (km, or scaled to km) of the start velocity; zero is the target. */
export function shootResidual(residualKm: (velKmS: Vec3) => Vec3, guessKmS: Vec3, options: ShootingOptions = {}): ShootingResult {
  const targetKm: Vec3 = [0, 0, 0];
  const endPosition = residualKm;
  const toleranceKm = options.toleranceKm ?? 1e-3;
  const maxIterations = options.maxIterations ?? 30;
  const h = options.perturbationKmS ?? 1e-7;
  let v: Vec3 = [...guessKmS];
  let end = endPosition(v);
  let miss = distance(end, targetKm);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (miss <= toleranceKm) return { velKmS: v, missKm: miss, iterations: iteration };
    // Columns of the Jacobian d(end)/d(v); stored as rows J[r][c] = d end_r / d v_c.
    const jac: Vec3[] = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    for (let c = 0; c < 3; c++) {
      const vc: Vec3 = [...v];
      vc[c] = vc[c]! + h;
      const ec = endPosition(vc);
      for (let r = 0; r < 3; r++) jac[r]![c] = (ec[r]! - end[r]!) / h;
    }
    const step = solve3(jac, [targetKm[0] - end[0], targetKm[1] - end[1], targetKm[2] - end[2]]);
    let scale = 1;
    for (;;) {
      const trial: Vec3 = [v[0] + scale * step[0], v[1] + scale * step[1], v[2] + scale * step[2]];
      let trialEnd: Vec3 | undefined;
      try { trialEnd = endPosition(trial); } catch { trialEnd = undefined; }
      const trialMiss = trialEnd ? distance(trialEnd, targetKm) : Infinity;
      if (trialMiss < miss || scale < 1e-3) {
        if (!(trialMiss < miss)) throw new Error(`shooting: stalled ${miss.toFixed(3)} km from the target`);
        v = trial; end = trialEnd!; miss = trialMiss;
        break;
      }
      scale /= 2;
    }
  }
  if (miss <= toleranceKm) return { velKmS: v, missKm: miss, iterations: maxIterations };
  throw new Error(`shooting: ${miss.toFixed(3)} km from the target after ${maxIterations} iterations`);
}
