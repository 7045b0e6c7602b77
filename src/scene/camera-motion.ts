/**
 * Whether the camera still moves from frame to frame. The orbit controls' damping keeps a residual turn that they
 * stop reporting once a frame's step is small (three's OrbitControls: under ~1 mrad for a camera near its target),
 * and that residual was then applied by whatever frame came next: opening a drop-down slid the view a fraction of a
 * pixel. Frames continue until a frame's step is invisible.
 */
import { Quaternion, type Camera } from 'three';

/** A frame's step below this (rad, or relative distance) counts as still: ~0.01 px at 720 px and 45°. */
const STILL_STEP = 1e-5;

export interface CameraMotion {
  quaternion: Quaternion;
  distance: number;
}

export function createCameraMotion(): CameraMotion {
  return { quaternion: new Quaternion(), distance: 0 };
}

/** Compares the camera (about the origin) with the last frame's, and remembers it for the next. */
export function cameraMoved(camera: Camera, last: CameraMotion): boolean {
  const distance = camera.position.length();
  const moved = last.quaternion.angleTo(camera.quaternion) > STILL_STEP || !(Math.abs(distance / last.distance - 1) <= STILL_STEP);
  last.quaternion.copy(camera.quaternion);
  last.distance = distance;
  return moved;
}
