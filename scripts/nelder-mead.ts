/**
 * Nelder–Mead simplex minimisation (Lagarias et al. 1998 coefficients) for the offline trajectory design.
 * Hand-written because the npm `fmin` package's ES module build fails under Node ("i is not defined").
 */
export interface Minimum { x: number[]; fx: number }

export function nelderMead(
  f: (x: number[]) => number, start: number[], { initialStep = 1, maxIterations = 1000, tolerance = 1e-9 } = {},
): Minimum {
  const n = start.length;
  const simplex: Minimum[] = [{ x: start.slice(), fx: f(start) }];
  for (let i = 0; i < n; i++) {
    const x = start.slice();
    x[i] = x[i]! + initialStep;
    simplex.push({ x, fx: f(x) });
  }
  const combine = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * (b[i]! - ai));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    simplex.sort((p, q) => p.fx - q.fx);
    const best = simplex[0]!, worst = simplex[n]!, secondWorst = simplex[n - 1]!;
    if (Math.abs(worst.fx - best.fx) <= tolerance * (1 + Math.abs(best.fx))) break;
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += simplex[k]!.x[i]! / n;
    const reflected = combine(centroid, worst.x, -1);
    const fr = f(reflected);
    if (fr < best.fx) {
      const expanded = combine(centroid, worst.x, -2);
      const fe = f(expanded);
      simplex[n] = fe < fr ? { x: expanded, fx: fe } : { x: reflected, fx: fr };
    } else if (fr < secondWorst.fx) {
      simplex[n] = { x: reflected, fx: fr };
    } else {
      const contracted = fr < worst.fx ? combine(centroid, worst.x, -0.5) : combine(centroid, worst.x, 0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, worst.fx)) {
        simplex[n] = { x: contracted, fx: fc };
      } else {
        for (let k = 1; k <= n; k++) {
          const x = combine(best.x, simplex[k]!.x, 0.5);
          simplex[k] = { x, fx: f(x) };
        }
      }
    }
  }
  simplex.sort((p, q) => p.fx - q.fx);
  return simplex[0]!;
}
