/**
 * Ordinate weights of the Adams–Bashforth (explicit) and Adams–Moulton (implicit) formulas, generated from
 * their backward-difference form (Hairer, Nørsett & Wanner, Solving ODEs I, 2nd ed., §III.1, eqs. 1.5 and 1.9):
 *   AB:  y[n+1] = y[n] + h Σ_{j<k}  γ_j  ∇^j f[n],     γ_j  = 1 − Σ_{i<j} γ_i  / (j + 1 − i)
 *   AM:  y[n+1] = y[n] + h Σ_{j≤k}  γ*_j ∇^j f[n+1],   γ*_j =   − Σ_{i<j} γ*_i / (j + 1 − i)
 * and ∇^j f[m] = Σ_i (−1)^i C(j, i) f[m − i].
 */

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

function differenceCoefficients(count: number, first: number): number[] {
  const gamma: number[] = [];
  for (let j = 0; j < count; j++) {
    let sum = 0;
    for (let i = 0; i < j; i++) sum += gamma[i]! / (j + 1 - i);
    gamma.push(j === 0 ? 1 : first - sum);
  }
  return gamma;
}

function ordinateWeights(gamma: number[]): number[] {
  return gamma.map((_, i) => {
    let w = 0;
    for (let j = i; j < gamma.length; j++) w += gamma[j]! * binomial(j, i);
    return i % 2 === 0 ? w : -w;
  });
}

/** k weights; weight i multiplies f[n − i]. Order k. */
export const adamsBashforthWeights = (k: number): number[] => ordinateWeights(differenceCoefficients(k, 1));

/** k + 1 weights; weight i multiplies f[n + 1 − i]. Order k + 1. */
export const adamsMoultonWeights = (k: number): number[] => ordinateWeights(differenceCoefficients(k + 1, 0));
