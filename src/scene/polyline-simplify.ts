/**
 * Douglas–Peucker on a float64 xyz polyline: the indices of the points to keep so that no dropped point lies
 * farther than toleranceKm from the chord that replaces it. Wide lines cost two triangles per segment, and the
 * tracks are sampled for sub-km interpolation, far denser than any screen needs at a distance.
 */
export function simplifyPolyline(posKm: Float64Array, count: number, toleranceKm: number): Uint32Array {
  if (count <= 2 || !(toleranceKm > 0)) return Uint32Array.from({ length: count }, (_, i) => i);
  const keep = new Uint8Array(count);
  keep[0] = 1;
  keep[count - 1] = 1;
  const tolerance2 = toleranceKm * toleranceKm;
  const stack: number[] = [0, count - 1];
  while (stack.length > 0) {
    const last = stack.pop()!, first = stack.pop()!;
    const ax = posKm[3 * first]!, ay = posKm[3 * first + 1]!, az = posKm[3 * first + 2]!;
    const dx = posKm[3 * last]! - ax, dy = posKm[3 * last + 1]! - ay, dz = posKm[3 * last + 2]! - az;
    const length2 = dx * dx + dy * dy + dz * dz;
    let worst = -1, worstDistance2 = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const px = posKm[3 * i]! - ax, py = posKm[3 * i + 1]! - ay, pz = posKm[3 * i + 2]! - az;
      const along = length2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy + pz * dz) / length2)) : 0;
      const ex = px - along * dx, ey = py - along * dy, ez = pz - along * dz;
      const distance2 = ex * ex + ey * ey + ez * ez;
      if (distance2 > worstDistance2) { worstDistance2 = distance2; worst = i; }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push(first, worst, worst, last);
  }
  let kept = 0;
  for (let i = 0; i < count; i++) kept += keep[i]!;
  const indices = new Uint32Array(kept);
  for (let i = 0, k = 0; i < count; i++) if (keep[i]) indices[k++] = i;
  return indices;
}
