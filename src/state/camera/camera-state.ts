/**
 * What a frame is drawn from, besides the time: where the camera is, where it looks, its lens and depth range, in
 * view km about a floating origin. The camera rig writes one for the screen each frame; exports derive their own
 * from it. Plain numbers only, so it can be copied, compared, stored in a link and unit-tested.
 */
import type { BodyId } from '../../core/bodies.ts';
import type { FrameId } from '../../core/view-frame.ts';
import type { CameraPose } from './camera-pose.ts';

export interface CameraState {
  frame: FrameId;
  /** View km of the point drawn at the scene's origin (floating origin: float32 on the GPU never sees 1e8 km). */
  originKm: Float64Array;
  /** The camera's position relative to the origin, view km. */
  positionKm: Float64Array;
  /** Unit vectors in view axes: where the camera looks, and the view's up. */
  forward: Float64Array;
  up: Float64Array;
  /** Vertical field of view, degrees. */
  fovDeg: number;
  nearKm: number;
  farKm: number;
  /** Where the origin is drawn, px from the view's middle (right and down positive): the overview's free-area framing. */
  offsetPx: Float64Array;
  /** The probe's arm camera: what it looks at and the probe's roll for it; null for the orbit camera. */
  probeEye: { subject: BodyId; rollRad: number } | null;
  /** The orbit camera's pose about the origin (what deep links store). */
  pose: CameraPose;
  /** The overview as fitted, not zoomed or panned since: an image export fits the journey to its own shape. */
  journeyFramed: boolean;
}

export function createCameraState(): CameraState {
  return {
    frame: 'heliocentric',
    originKm: new Float64Array(3),
    positionKm: Float64Array.of(0, 0, 1),
    forward: Float64Array.of(0, 0, -1),
    up: Float64Array.of(0, 1, 0),
    fovDeg: 45,
    nearKm: 1e-3,
    farKm: 1e10,
    offsetPx: new Float64Array(2),
    probeEye: null,
    pose: { azimuthDeg: 0, elevationDeg: 0, distanceKm: 1 },
    journeyFramed: false,
  };
}

export function copyCameraState(from: CameraState, to: CameraState = createCameraState()): CameraState {
  to.frame = from.frame;
  to.originKm.set(from.originKm);
  to.positionKm.set(from.positionKm);
  to.forward.set(from.forward);
  to.up.set(from.up);
  to.fovDeg = from.fovDeg;
  to.nearKm = from.nearKm;
  to.farKm = from.farKm;
  to.offsetPx.set(from.offsetPx);
  to.probeEye = from.probeEye ? { ...from.probeEye } : null;
  to.pose = { ...from.pose };
  to.journeyFramed = from.journeyFramed;
  return to;
}

/** Whether two states draw the same picture (exactly: for "the export left the screen's camera alone"). */
export function sameCameraState(a: CameraState, b: CameraState): boolean {
  const same = (x: Float64Array, y: Float64Array) => x.every((v, i) => v === y[i]);
  return a.frame === b.frame && same(a.originKm, b.originKm) && same(a.positionKm, b.positionKm) && same(a.forward, b.forward)
    && same(a.up, b.up) && a.fovDeg === b.fovDeg && a.nearKm === b.nearKm && a.farKm === b.farKm && same(a.offsetPx, b.offsetPx)
    && a.probeEye?.subject === b.probeEye?.subject && a.probeEye?.rollRad === b.probeEye?.rollRad;
}
