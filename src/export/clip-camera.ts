/**
 * Moves the live orbit camera along a clip's camera path. The scripted pose is put on the camera in every R3F frame
 * after the orbit controls' update (ExportBridge calls hold()), so damping left over from a drag cannot pull the
 * camera off the path, and frames drawn in between by the demand loop show the same pose. restore() puts the camera
 * back exactly as it was.
 */
import { Vector3, type PerspectiveCamera, type Quaternion } from 'three';
import type { Vec3 } from '../core/vec3.ts';
import { clipCameraOffset, clipDistanceLimits, type ClipCameraMove } from './clip-camera-path.ts';

interface OrbitControlsLike { target: Vector3; minDistance: number; maxDistance: number }

const ORIGIN = new Vector3();
const targetOf = (controls: unknown): Vector3 => (controls as OrbitControlsLike | null)?.target ?? ORIGIN;

export interface ClipCameraRun {
  /** Scripts frame `frame`'s pose; it is applied by the next hold(). */
  frame(frame: number): void;
  /** Stops scripting and puts position, orientation and depth range back. Idempotent. */
  restore(): void;
}

export interface ClipCamera {
  /** Puts the scripted pose, if any, on the camera. Skipped in the probe's-eye views, which place their own camera. */
  hold(camera: PerspectiveCamera, controls: unknown, probeEye: boolean): void;
  /** Starts a clip from the camera's current pose; `focusRadius` (scene units) keeps a zoom in out of the body. */
  start(camera: PerspectiveCamera, controls: unknown, move: ClipCameraMove, frameCount: number, focusRadius: number): ClipCameraRun;
}

export function createClipCamera(): ClipCamera {
  let scripted: Vec3 | null = null;
  return {
    hold(camera, controls, probeEye) {
      if (!scripted || probeEye) return;
      const target = targetOf(controls);
      camera.position.set(target.x + scripted[0], target.y + scripted[1], target.z + scripted[2]);
      camera.lookAt(target);
      camera.updateMatrixWorld();
    },

    start(camera, controls, move, frameCount, focusRadius) {
      const saved: { position: Vector3; quaternion: Quaternion; near: number; far: number } = {
        position: camera.position.clone(), quaternion: camera.quaternion.clone(), near: camera.near, far: camera.far,
      };
      const target = targetOf(controls);
      const startOffset: Vec3 = [camera.position.x - target.x, camera.position.y - target.y, camera.position.z - target.z];
      const up: Vec3 = [camera.up.x, camera.up.y, camera.up.z];
      const orbit = controls as OrbitControlsLike | null;
      const zoomLimits = { min: orbit?.minDistance ?? 0, max: orbit?.maxDistance ?? Infinity };
      const limits = clipDistanceLimits(zoomLimits, camera.position.distanceTo(target), focusRadius);
      let restored = false;
      return {
        frame(frame) {
          scripted = move.kind === 'still' ? null : clipCameraOffset(startOffset, up, move, frame, frameCount, limits);
        },
        restore() {
          if (restored) return;
          restored = true;
          scripted = null;
          camera.position.copy(saved.position);
          camera.quaternion.copy(saved.quaternion);
          camera.near = saved.near;
          camera.far = saved.far;
          camera.updateProjectionMatrix();
          camera.updateMatrixWorld();
        },
      };
    },
  };
}
