/**
 * Stumpff functions of the universal-variable formulation of two-body motion
 * (Vallado's c2, c3; Curtis' C, S):
 *   c2(z) = (1 - cos sqrt z) / z,        c3(z) = (sqrt z - sin sqrt z) / sqrt(z)^3      for z > 0
 *   c2(z) = (cosh sqrt -z - 1) / -z,     c3(z) = (sinh sqrt -z - sqrt -z) / sqrt(-z)^3  for z < 0
 * Both are entire functions: near z = 0 the closed forms cancel catastrophically, so a Taylor series is used there.
 */

/** Below this |z| the Taylor series (terms up to z^8) is exact to double precision. */
const SERIES_LIMIT = 1;

/** c2(z) = sum_k (-z)^k / (2k+2)! */
export function stumpffC2(z: number): number {
  if (z > SERIES_LIMIT) {
    const s = Math.sqrt(z);
    const h = Math.sin(0.5 * s);
    return (2 * h * h) / z; // 1 - cos x = 2 sin^2(x/2): no cancellation
  }
  if (z < -SERIES_LIMIT) {
    const s = Math.sqrt(-z);
    const h = Math.sinh(0.5 * s);
    return (2 * h * h) / -z;
  }
  const y = -z;
  return (
    1 / 2 +
    y * (1 / 24 + y * (1 / 720 + y * (1 / 40320 + y * (1 / 3628800 + y * (1 / 479001600 +
      y * (1 / 87178291200 + y * (1 / 20922789888000 + y / 6402373705728000)))))))
  );
}

/** c3(z) = sum_k (-z)^k / (2k+3)! */
export function stumpffC3(z: number): number {
  if (z > SERIES_LIMIT) {
    const s = Math.sqrt(z);
    return (s - Math.sin(s)) / (z * s);
  }
  if (z < -SERIES_LIMIT) {
    const s = Math.sqrt(-z);
    return (Math.sinh(s) - s) / (-z * s);
  }
  const y = -z;
  return (
    1 / 6 +
    y * (1 / 120 + y * (1 / 5040 + y * (1 / 362880 + y * (1 / 39916800 + y * (1 / 6227020800 +
      y * (1 / 1307674368000 + y * (1 / 355687428096000 + y / 121645100408832000)))))))
  );
}
