/**
 * The orbit camera's pose about its focus as a deep link stores it: azimuth around the ecliptic pole, elevation
 * above the ecliptic, distance in km. Display axes: x, y = ecliptic north, z (see display-frame.ts).
 */
import type { Vector3 } from 'three';
import type { CameraPose } from '../state/link-state.ts';
import { KM_PER_UNIT } from './scene-units.ts';

const DEG = Math.PI / 180;

/** Reads the pose of a camera at `position` (scene units, relative to the focus) into `out`, without allocating. */
export function poseFromPosition(position: Vector3, out: CameraPose): CameraPose {
  const r = position.length();
  out.distanceKm = r * KM_PER_UNIT;
  out.elevationDeg = r > 0 ? Math.asin(Math.max(-1, Math.min(1, position.y / r))) / DEG : 0;
  out.azimuthDeg = ((Math.atan2(position.x, position.z) / DEG) % 360 + 360) % 360;
  return out;
}

/** Places `position` (scene units, relative to the focus) at `pose`. */
export function positionFromPose(pose: CameraPose, position: Vector3): Vector3 {
  const r = pose.distanceKm / KM_PER_UNIT;
  const elevation = pose.elevationDeg * DEG;
  const azimuth = pose.azimuthDeg * DEG;
  return position.set(r * Math.cos(elevation) * Math.sin(azimuth), r * Math.sin(elevation), r * Math.cos(elevation) * Math.cos(azimuth));
}
