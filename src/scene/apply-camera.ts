/**
 * The camera phase: a CameraState (view km about the floating origin) put on a three.js camera for a target of
 * widthPx × heightPx, in scene units. Matrices are updated here, so the phases after it project with this frame's.
 */
import { Matrix4, Vector3, type PerspectiveCamera } from 'three';
import type { CameraState } from '../state/camera/camera-state.ts';
import { KM_PER_UNIT } from './scene-units.ts';

const basis = new Matrix4();
const right = new Vector3(), up = new Vector3(), back = new Vector3();

export function applyCamera(camera: PerspectiveCamera, state: CameraState, widthPx: number, heightPx: number, offsetScale = 1): void {
  const p = state.positionKm;
  camera.position.set(p[0]! / KM_PER_UNIT, p[1]! / KM_PER_UNIT, p[2]! / KM_PER_UNIT);
  up.set(state.up[0]!, state.up[1]!, state.up[2]!);
  back.set(-state.forward[0]!, -state.forward[1]!, -state.forward[2]!);
  right.crossVectors(up, back).normalize();
  up.crossVectors(back, right);
  basis.makeBasis(right, up, back);
  camera.quaternion.setFromRotationMatrix(basis);
  camera.fov = state.fovDeg;
  camera.aspect = widthPx / Math.max(1, heightPx);
  camera.near = state.nearKm / KM_PER_UNIT;
  camera.far = state.farKm / KM_PER_UNIT;
  // The origin drawn off the view's middle (the overview framed in the free area): only the principal point moves.
  const dx = state.offsetPx[0]! * offsetScale, dy = state.offsetPx[1]! * offsetScale;
  if (dx !== 0 || dy !== 0) camera.setViewOffset(widthPx, heightPx, -dx, -dy, widthPx, heightPx);
  else if (camera.view?.enabled) camera.clearViewOffset();
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
}
