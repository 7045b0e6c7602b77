/**
 * An export's own camera, derived from the screen's: centred on the point the screen's camera looks at and widened
 * to hold at least what the screen shows clear of the panels; or, for the overview as framed, fitted to the
 * journey whatever the export's shape. Pure: the screen's camera is read, never changed.
 */
import { DEG } from '../../core/constants.ts';
import { copyCameraState, type CameraState } from './camera-state.ts';
import { discPicture, JOURNEY_FILL, type DiscPicture } from './overview-fit.ts';
import type { ScreenRect } from './screen-rect.ts';

/** The screen's view, for the export to hold: its size, field of view and where the camera's target is drawn, px. */
export interface ScreenView {
  widthPx: number;
  heightPx: number;
  fovDeg: number;
  targetXPx: number;
  targetYPx: number;
}

/**
 * Vertical field of view for an export centred on the camera's target that shows at least the part of the screen
 * the panels leave free (the whole screen without panels). Pass the screen's fov for `free` of the whole screen and
 * the target in the middle: a wider export keeps it, a narrower one widens it to keep the horizontal extent.
 */
export function fovToContain(screen: ScreenView, free: ScreenRect, exportAspect: number): number {
  const tanPerPx = (2 * Math.tan((screen.fovDeg * DEG) / 2)) / screen.heightPx;
  const halfWidth = Math.max(screen.targetXPx - free.left, free.right - screen.targetXPx) * tanPerPx;
  const halfHeight = Math.max(screen.targetYPx - free.top, free.bottom - screen.targetYPx) * tanPerPx;
  return (Math.atan(Math.max(halfHeight, halfWidth / exportAspect)) * 2) / DEG;
}

/** Export pixels per screen (CSS) pixel for the same angle: how much pixel-sized things grow. */
export function pixelScale(screenHeight: number, screenFovDeg: number, exportHeight: number, exportFovDeg: number): number {
  const perRadian = (height: number, fovDeg: number) => height / 2 / Math.tan((fovDeg * DEG) / 2);
  return perRadian(exportHeight, exportFovDeg) / perRadian(screenHeight, screenFovDeg);
}

/** Field of view and target position (px above the middle) that fit the journey's picture to the export's shape. */
export function journeyFraming(journey: DiscPicture, exportHeight: number, exportAspect: number): { fovDeg: number; raisePx: number } {
  const halfHeightTan = Math.max(journey.heightTan / 2, journey.halfWidthTan / exportAspect) / JOURNEY_FILL;
  return {
    fovDeg: (Math.atan(halfHeightTan) * 2) / DEG,
    raisePx: (journey.centreBelowTan / halfHeightTan) * (exportHeight / 2),
  };
}

export interface ExportView {
  camera: CameraState;
  /** Export pixels per screen pixel (names, point sizes, line widths grow by it). */
  pixelScale: number;
}

/**
 * The camera for a width×height export of what the screen shows: the screen's camera (`screen`, drawn in a view
 * `screenWidthPx`×`screenHeightPx` with `free` clear of panels), its target in the export's middle, its field of view
 * chosen as above. `reachKm`: the overview's journey radius (for the journey fit).
 */
export function exportCamera(
  screen: CameraState, screenWidthPx: number, screenHeightPx: number, free: ScreenRect | null,
  width: number, height: number, reachKm: number,
): ExportView {
  const camera = copyCameraState(screen);
  const aspect = width / height;
  const journey = screen.journeyFramed ? discPicture(screen.pose.distanceKm, reachKm, screen.pose.elevationDeg) : null;
  camera.offsetPx.fill(0);
  if (journey) {
    const framing = journeyFraming(journey, height, aspect);
    camera.fovDeg = framing.fovDeg;
    // Raised by raisePx: the principal point moves down by as much.
    camera.offsetPx[1] = -framing.raisePx;
  } else {
    const view: ScreenView = {
      widthPx: screenWidthPx, heightPx: screenHeightPx, fovDeg: screen.fovDeg,
      targetXPx: screenWidthPx / 2 + screen.offsetPx[0]!, targetYPx: screenHeightPx / 2 + screen.offsetPx[1]!,
    };
    camera.fovDeg = fovToContain(view, free ?? { left: 0, top: 0, right: screenWidthPx, bottom: screenHeightPx }, aspect);
  }
  return { camera, pixelScale: pixelScale(screenHeightPx, screen.fovDeg, height, camera.fovDeg) };
}
