/**
 * The orbit camera's pose about the point it looks at, as a deep link stores it: azimuth around the frame's north
 * (view +y), elevation above its plane, distance in km. View axes: src/core/view-frame.ts.
 */
import { DEG } from '../../core/constants.ts';
import type { Vec3 } from '../../core/vec3.ts';

export interface CameraPose {
  azimuthDeg: number;
  elevationDeg: number;
  /** Distance from the point looked at, km. */
  distanceKm: number;
}

/** Reads the pose of a camera at `offsetKm` (view km, relative to the point looked at) into `out`, without allocating. */
export function poseFromOffset(offsetKm: ArrayLike<number>, out: CameraPose): CameraPose {
  const x = offsetKm[0] as number, y = offsetKm[1] as number, z = offsetKm[2] as number;
  const r = Math.hypot(x, y, z);
  out.distanceKm = r;
  out.elevationDeg = r > 0 ? Math.asin(Math.max(-1, Math.min(1, y / r))) / DEG : 0;
  out.azimuthDeg = ((Math.atan2(x, z) / DEG) % 360 + 360) % 360;
  return out;
}

/** The camera's offset from the point looked at (view km) for `pose`, into `out`. */
export function offsetFromPose(pose: CameraPose, out: Vec3 | Float64Array = [0, 0, 0]): Vec3 | Float64Array {
  const elevation = pose.elevationDeg * DEG;
  const azimuth = pose.azimuthDeg * DEG;
  const r = pose.distanceKm;
  out[0] = r * Math.cos(elevation) * Math.sin(azimuth);
  out[1] = r * Math.sin(elevation);
  out[2] = r * Math.cos(elevation) * Math.cos(azimuth);
  return out;
}
