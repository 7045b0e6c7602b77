/**
 * Cubic Hermite interpolation between two states (position and velocity at both ends).
 * The cubic matches p and dp/dt at t0 and t1 exactly; for a smooth path its position error is at most
 * max|p''''| h^4 / 384 with h = t1 - t0 (the classic remainder f''''(xi)/4! (t-t0)^2 (t-t1)^2, largest at mid-interval).
 */
import type { Vec3 } from './vec3.ts';

/** Read-only 3-vectors stored anywhere: a Vec3, or three consecutive numbers of a Float64Array (see offsets). */
type Vec3Source = ArrayLike<number>;

/**
 * Position and velocity at `t` of the cubic through (t0, p0, v0) and (t1, p1, v1).
 * Units are the caller's (km, km/s and seconds here). `t` may lie outside [t0, t1] (extrapolation, less accurate).
 */
export function hermiteState(
  t0: number, p0: Vec3, v0: Vec3,
  t1: number, p1: Vec3, v1: Vec3,
  t: number, outPos: Vec3, outVel?: Vec3,
): void {
  hermiteFromArrays(t0, t1, p0, v0, 0, p1, v1, 0, t, outPos, outVel);
}

/**
 * The same cubic, reading the end states from flat arrays at the given offsets, so a sampled track can be
 * interpolated in place without copying or allocating.
 */
export function hermiteFromArrays(
  t0: number, t1: number,
  pos0: Vec3Source, vel0: Vec3Source, offset0: number,
  pos1: Vec3Source, vel1: Vec3Source, offset1: number,
  t: number, outPos: Vec3, outVel?: Vec3,
): void {
  const h = t1 - t0;
  const s = (t - t0) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  // Position basis for p1 - p0, h*v0 and h*v1 (the p0 basis is 1 - b01: writing p0 + b01 (p1 - p0) keeps
  // 1e9-km heliocentric coordinates from cancelling). The d.. are their time derivatives.
  const b01 = 3 * s2 - 2 * s3;
  const b10 = (s3 - 2 * s2 + s) * h;
  const b11 = (s3 - s2) * h;
  const d01 = (6 * s - 6 * s2) / h;
  const d10 = 3 * s2 - 4 * s + 1;
  const d11 = 3 * s2 - 2 * s;
  // One pass that reads each component before writing it, so outPos/outVel may alias p0/v0.
  for (let k = 0; k < 3; k++) {
    const pa = pos0[offset0 + k] as number;
    const va = vel0[offset0 + k] as number;
    const dp = (pos1[offset1 + k] as number) - pa;
    const vb = vel1[offset1 + k] as number;
    outPos[k] = pa + b01 * dp + b10 * va + b11 * vb;
    if (outVel) outVel[k] = d01 * dp + d10 * va + d11 * vb;
  }
}
