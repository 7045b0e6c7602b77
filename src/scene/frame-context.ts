/**
 * One frame's inputs and the results its phases hand on: written by the render port's phases in order (time →
 * body positions → camera → objects → labels) and read by the later ones. The screen and each export have their
 * own, so an export never disturbs what the screen's next frame starts from.
 */
import { PerspectiveCamera } from 'three';
import { BODIES, type BodyId } from '../core/bodies.ts';
import type { FrameId } from '../core/view-frame.ts';
import type { CameraState } from '../state/camera/camera-state.ts';
import { BodyPositions, MAX_PLACED_IMPORTS } from './body-positions.ts';

export interface FrameContext {
  // --- inputs (the caller of renderAt) ---
  tdbSec: number;
  /** Simulated seconds per second, for motion that only reads at slow rates (a spinning rock). */
  rateSPerS: number;
  frame: FrameId;
  focusId: BodyId | null;
  /** Bodies drawn at least a few pixels across (the size toggle). */
  exaggerated: boolean;
  camera: CameraState;
  /** The target's size in its own pixels, and its pixels per screen (CSS) pixel: 1 on screen, more in a large export. */
  widthPx: number;
  heightPx: number;
  pixelScale: number;
  // --- positions phase ---
  /** Every body in view-frame km (float64), and whether it has a state now. */
  bodies: BodyPositions;
  // --- camera phase ---
  /** The three.js camera the frame is drawn with, set from `camera` (the screen's, or an export's own). */
  view: PerspectiveCamera;
  /** The floating origin: view km drawn at the scene's origin (= camera.originKm). */
  originKm: Float64Array;
  cameraDistanceKm: number;
  /** km per pixel at 1 km from the camera. */
  kmPerPixelPerKm: number;
  /** On the probe's arm camera: bodies at true size (points stay visible), the probe turned towards the subject. */
  probeEye: boolean;
  probeRollRad: number;
  minPixelsOverride: number | null;
  // --- objects phase ---
  /** Drawn radius on screen, pixels, and whether the body is drawn this frame (labels and trails read these). */
  drawnRadiusPx: Record<BodyId, number>;
  drawn: Record<BodyId, boolean>;
  /** The same for the imported tracks, by their index in `bodies.importedIds` (the render port clears them each frame). */
  importedDrawnRadiusPx: Float32Array;
}

export function createFrameContext(bodies = new BodyPositions(), view = new PerspectiveCamera()): FrameContext {
  return {
    tdbSec: 0, rateSPerS: 0, frame: 'heliocentric', focusId: null, exaggerated: true,
    camera: null as unknown as CameraState, widthPx: 1, heightPx: 1, pixelScale: 1,
    bodies, view, originKm: new Float64Array(3), cameraDistanceKm: 1, kmPerPixelPerKm: 1e-3,
    probeEye: false, probeRollRad: 0, minPixelsOverride: null,
    drawnRadiusPx: Object.fromEntries(BODIES.map((b) => [b.id, 0])) as Record<BodyId, number>,
    drawn: Object.fromEntries(BODIES.map((b) => [b.id, false])) as Record<BodyId, boolean>,
    importedDrawnRadiusPx: new Float32Array(MAX_PLACED_IMPORTS),
  };
}
