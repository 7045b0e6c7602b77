/**
 * Kepler's equation, elliptic (M = E - e sin E) and hyperbolic (M = e sinh F - F).
 * Both are solved by Newton's method kept inside a bracket that provably holds the root, so every (M, e)
 * converges, including e close to 1 where a plain Newton iteration can wander.
 */

const TWO_PI = 2 * Math.PI;
const MAX_ITERATIONS = 60;

/** Wraps an angle into [-pi, pi). */
export function wrapPi(angleRad: number): number {
  return angleRad - TWO_PI * Math.floor((angleRad + Math.PI) / TWO_PI);
}

/**
 * Eccentric anomaly E (rad) for mean anomaly M (rad) and 0 <= e < 1.
 * The result lies in [-pi, pi) plus the whole revolutions contained in M, so E - M stays small.
 */
export function solveKeplerElliptic(meanAnomalyRad: number, eccentricity: number): number {
  if (!(eccentricity >= 0 && eccentricity < 1)) {
    throw new RangeError(`solveKeplerElliptic: eccentricity must be in [0, 1), got ${eccentricity}`);
  }
  const m = wrapPi(meanAnomalyRad);
  const revolutionsRad = meanAnomalyRad - m;
  if (eccentricity === 0 || m === 0) return meanAnomalyRad;
  // f(E) = E - e sin E - m is increasing on [-pi, pi], f(-pi) <= 0 <= f(pi).
  let lo = -Math.PI;
  let hi = Math.PI;
  // Danby's starter: good for all e, never far from the root.
  let ecc = m + 0.85 * eccentricity * Math.sign(Math.sin(m));
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const sinE = Math.sin(ecc);
    const f = ecc - eccentricity * sinE - m;
    if (f === 0) break;
    if (f < 0) lo = ecc;
    else hi = ecc;
    const fPrime = 1 - eccentricity * Math.cos(ecc);
    let next = ecc - f / fPrime;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - ecc) <= 4e-16 * Math.max(1, Math.abs(next))) {
      ecc = next;
      break;
    }
    ecc = next;
  }
  return ecc + revolutionsRad;
}

/** Hyperbolic anomaly F for hyperbolic mean anomaly M = e sinh F - F and e > 1. */
export function solveKeplerHyperbolic(meanAnomalyRad: number, eccentricity: number): number {
  if (!(eccentricity > 1)) {
    throw new RangeError(`solveKeplerHyperbolic: eccentricity must be > 1, got ${eccentricity}`);
  }
  const m = Math.abs(meanAnomalyRad);
  if (m === 0) return 0;
  // For F >= 0: e sinh F - F lies between (e - 1) sinh F and e sinh F, which brackets the root.
  let lo = Math.asinh(m / eccentricity);
  let hi = Math.asinh(m / (eccentricity - 1));
  let f0 = m < 1 ? m / (eccentricity - 1) : Math.log((2 * m) / eccentricity + 1.8);
  if (!(f0 > lo && f0 < hi)) f0 = 0.5 * (lo + hi);
  let anomaly = f0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const f = eccentricity * Math.sinh(anomaly) - anomaly - m;
    if (f === 0) break;
    if (f < 0) lo = anomaly;
    else hi = anomaly;
    const fPrime = eccentricity * Math.cosh(anomaly) - 1;
    let next = anomaly - f / fPrime;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - anomaly) <= 4e-16 * Math.max(1, Math.abs(next))) {
      anomaly = next;
      break;
    }
    anomaly = next;
  }
  return meanAnomalyRad < 0 ? -anomaly : anomaly;
}
