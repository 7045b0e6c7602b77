/**
 * The overview framed in the part of the view the panels leave free: the camera's distance is chosen so that a disc
 * holding the journey, seen from the overview's elevation, fits that area, and the point the camera orbits is drawn
 * where the disc's picture is centred in it. The disc's near half looks larger than its far half (perspective), so
 * that point sits above the area's middle. Only the projection's principal point moves (a view offset): the camera
 * still orbits its target, and picking and labels, which go through the projection matrix, follow unchanged.
 */
import { DEG } from '../../core/constants.ts';
import type { ScreenRect } from './screen-rect.ts';

/** Share of the free area's width and height (or an export's) the journey's disc may fill. */
export const JOURNEY_FILL = 0.94;
/**
 * The journey is framed in the free area only if it is drawn there at least this share of the size it would have in
 * the whole view; below, the whole view is used (measured layouts: 0.80 at 1280×720, 0.45 in the right-hand column
 * at 660×900, 0.48 beside an event's card there; a 280 px sliver of 1280×720, 0.33).
 */
const MIN_JOURNEY_SHARE = 0.4;

export interface OverviewFit {
  distanceKm: number;
  /** Where the camera's target is drawn, px from the view's middle (right and down positive). */
  targetDxPx: number;
  targetDyPx: number;
}

export interface FitInput {
  /** Radius of the disc about the target, in the ecliptic, that must be seen whole, km. */
  reachKm: number;
  free: ScreenRect;
  widthPx: number;
  heightPx: number;
  fovDeg: number;
  elevationDeg: number;
}

/**
 * Distance and target position that fit the disc in the free area. With t = tan(fov/2) and the camera at distance
 * D and elevation e, a disc point at depth z (towards the camera) and across-distance x is drawn at
 * (x, −z·sin e) / ((D − z·cos e)·t) half-heights from the middle; over the disc of radius R this spans
 * R·sin e·[1/(D + R cos e) + 1/(D − R cos e)]/t vertically and 2/(t·√((D/R)² − cos² e)) across.
 */
export function fitOverview({ reachKm: r, free, widthPx, heightPx, fovDeg, elevationDeg }: FitInput, out: OverviewFit): OverviewFit {
  const inFree = fittingDistance(r, free, heightPx, fovDeg, elevationDeg);
  const inWhole = fittingDistance(r, { left: 0, top: 0, right: widthPx, bottom: heightPx }, heightPx, fovDeg, elevationDeg);
  // The drawn size goes as 1 / distance.
  const usable = inWhole >= MIN_JOURNEY_SHARE * inFree;
  const left = usable ? free.left : 0, top = usable ? free.top : 0;
  const right = usable ? free.right : widthPx, bottom = usable ? free.bottom : heightPx;
  const d = usable ? inFree : inWhole;
  const t = Math.tan((fovDeg * DEG) / 2);
  const sin = Math.sin(elevationDeg * DEG), cos = Math.cos(elevationDeg * DEG);
  // The disc's picture is centred this far below the target, half-heights.
  const discCentreBelow = (r * r * sin * cos) / ((d * d - r * r * cos * cos) * t);
  out.distanceKm = d;
  out.targetDxPx = (left + right) / 2 - widthPx / 2;
  out.targetDyPx = (top + bottom) / 2 - heightPx / 2 - (discCentreBelow * heightPx) / 2;
  return out;
}

/** The camera distance at which the disc of radius `r` just fits `rect` (in a view `heightPx` high). */
function fittingDistance(r: number, rect: ScreenRect, heightPx: number, fovDeg: number, elevationDeg: number): number {
  const t = Math.tan((fovDeg * DEG) / 2);
  const sin = Math.sin(elevationDeg * DEG), cos = Math.cos(elevationDeg * DEG);
  // The rectangle's height and half-width in half-heights of the view.
  const k = (JOURNEY_FILL * (rect.bottom - rect.top)) / (heightPx / 2);
  const w = (JOURNEY_FILL * (rect.right - rect.left)) / heightPx;
  const byHeight = (r * (sin + Math.sqrt(sin * sin + k * k * t * t * cos * cos))) / (k * t);
  const byWidth = r * Math.sqrt(1 / (t * w) ** 2 + cos * cos);
  return Math.max(byHeight, byWidth);
}

/**
 * How large the overview draws the journey when framed in `rect`, in arbitrary units (only for comparing
 * rectangles of one view): a wide rectangle can hold a larger picture of the tilted disc than a tall one of the
 * same area.
 */
export function framedJourneySize(rect: ScreenRect, heightPx: number, fovDeg: number, elevationDeg: number): number {
  return 1 / fittingDistance(1, rect, heightPx, fovDeg, elevationDeg);
}

/** The disc's picture around the target, in tangents of the angle from the view's axis. */
export interface DiscPicture {
  /** Height and half-width of its bounding box. */
  heightTan: number;
  halfWidthTan: number;
  /** How far the box's middle lies below the target (negative: above, for a camera below the ecliptic). */
  centreBelowTan: number;
}

/** The picture of a disc of radius `reachKm` seen from `distanceKm` at `elevationDeg` (formulas of fitOverview); null from inside it. */
export function discPicture(distanceKm: number, reachKm: number, elevationDeg: number): DiscPicture | null {
  const sin = Math.abs(Math.sin(elevationDeg * DEG)), cos = Math.cos(elevationDeg * DEG);
  if (distanceKm <= reachKm) return null;
  const above = (reachKm * sin) / (distanceKm + reachKm * cos), below = (reachKm * sin) / (distanceKm - reachKm * cos);
  return {
    heightTan: above + below,
    halfWidthTan: 1 / Math.sqrt((distanceKm / reachKm) ** 2 - cos * cos),
    centreBelowTan: (Math.sign(elevationDeg) * (below - above)) / 2,
  };
}

/** Time constant of the glides between framings, seconds (a focus change takes ~1 s). */
const GLIDE_SEC = 0.3;
/** A glide's first step, s: frames are drawn on demand, so the time before it is the still spell that preceded it. */
const FIRST_GLIDE_STEP_SEC = 1 / 60;
/** Longest step, s: a frame held back by a long task moves a glide by at most this much time. */
const MAX_GLIDE_STEP_SEC = 0.25;

/** How far a glide advances in a frame `deltaSec` after the last: real time if the last frame glided too. */
export function glideStepSec(deltaSec: number, glidedLastFrame: boolean): number {
  return glidedLastFrame ? Math.min(Math.max(0, deltaSec), MAX_GLIDE_STEP_SEC) : FIRST_GLIDE_STEP_SEC;
}

/** One step of an exponential glide from `current` toward `target`, snapping within `snap`. */
export function glideToward(current: number, target: number, stepSec: number, snap: number): number {
  const next = target + (current - target) * Math.exp(-stepSec / GLIDE_SEC);
  return Math.abs(next - target) < snap ? target : next;
}
