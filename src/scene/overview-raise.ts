/**
 * The overview's centre (the Sun, or the Earth when co-rotating) drawn above the middle of the view: the playback bar
 * and the timeline cover the bottom ~23 % of the window (1280×720), and the centre of what is left is ~11 % higher.
 * The camera still orbits the centre; only the projection's principal point moves (three's view offset), so picking,
 * labels and exports, which all go through the projection matrix, follow without knowing about it.
 */
import type { PerspectiveCamera } from 'three';
import type { ViewSettings } from '../state/view-store.ts';

/** Share of the view's height the overview's centre is raised by while the panels are shown. */
export const OVERVIEW_RAISE_FRACTION = 0.1;
/** Time constant of the glide between raised and centred, seconds (a focus change takes ~1 s). */
const RAISE_EASING_SEC = 0.3;
/** Closer than this the glide snaps to its target, px. */
const SNAP_PX = 0.25;
/** Longest step of the glide, s: frames are drawn on demand, so the first delta after a still spell is that spell. */
const MAX_STEP_SEC = 0.05;

/** How far up the view's centre should sit, px: only in the orbit camera's overview with the panels shown. */
export function raiseTargetPx(view: Pick<ViewSettings, 'panelsVisible' | 'focusId' | 'cameraMode'>, heightPx: number): number {
  return view.panelsVisible && view.focusId === null && view.cameraMode === 'orbit' ? OVERVIEW_RAISE_FRACTION * heightPx : 0;
}

/** One frame of the glide from `currentPx` toward `targetPx` (exponential, frame-rate independent). */
export function glideRaisePx(currentPx: number, targetPx: number, deltaSec: number): number {
  const stepSec = Math.min(Math.max(0, deltaSec), MAX_STEP_SEC);
  const next = targetPx + (currentPx - targetPx) * Math.exp(-stepSec / RAISE_EASING_SEC);
  return Math.abs(next - targetPx) < SNAP_PX ? targetPx : next;
}

/** Moves the principal point `raisePx` up (a view window shifted down by as much); 0 clears the offset. */
export function applyRaise(camera: PerspectiveCamera, widthPx: number, heightPx: number, raisePx: number): void {
  if (raisePx === 0) {
    if (camera.view?.enabled) camera.clearViewOffset();
    return;
  }
  const view = camera.view;
  if (view?.enabled && view.fullWidth === widthPx && view.fullHeight === heightPx && view.offsetY === raisePx) return;
  camera.setViewOffset(widthPx, heightPx, 0, raisePx, widthPx, heightPx);
}
