/**
 * Ends a trail at the edge of its body's drawn disc instead of its centre: a wide line running into the middle
 * of a close-up probe or asteroid reads as a beam through it. The body sits at the last point.
 */
export function clipTailAtRadius(points: Float32Array, count: number, radius: number): void {
  if (count < 2 || !(radius > 0)) return;
  const last = 3 * (count - 1);
  const bx = points[last]!, by = points[last + 1]!, bz = points[last + 2]!;
  const distance = (i: number) => Math.hypot(points[3 * i]! - bx, points[3 * i + 1]! - by, points[3 * i + 2]! - bz);
  let outside = count - 2;
  while (outside >= 0 && distance(outside) < radius) outside--;
  if (outside < 0) return;
  // Where the segment from the last point outside to the next one crosses the disc's edge (linear in distance).
  const dOut = distance(outside), dIn = distance(outside + 1);
  const f = (dOut - radius) / Math.max(dOut - dIn, 1e-30);
  const o = 3 * outside, n = o + 3;
  const ex = points[o]! + (points[n]! - points[o]!) * f;
  const ey = points[o + 1]! + (points[n + 1]! - points[o + 1]!) * f;
  const ez = points[o + 2]! + (points[n + 2]! - points[o + 2]!) * f;
  for (let i = outside + 1; i < count; i++) {
    points[3 * i] = ex; points[3 * i + 1] = ey; points[3 * i + 2] = ez;
  }
}
