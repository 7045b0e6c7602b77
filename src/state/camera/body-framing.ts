/**
 * How close the camera may come to what it looks at, and how close it goes when a body is focused. Distances are
 * zoomed in log space, so a wheel step is the same factor from 10 au down to a metre.
 */
import { BODY_BY_ID, type BodyId } from '../../core/bodies.ts';
import { DEG } from '../../core/constants.ts';

/** Farthest the camera goes, km (~130 au): the overview fitted into a small free area needs far more than 10 au. */
export const MAX_DISTANCE_KM = 2e10;
/** Nearest the camera goes to a point or a spacecraft, km: a metre. */
export const MIN_DISTANCE_KM = 1e-3;
/** One wheel notch (deltaY 100 px) multiplies the distance by this: 40 notches span 10 au to under a metre. */
export const ZOOM_FACTOR_PER_STEP = Math.exp(0.72);
/** A focused body's true disc is drawn this share of the view's height across. */
export const FOCUS_DISC_SHARE = 0.4;
/** An imported track's point is framed as a body of this radius (illustrative: 2 000 km shows a Mars orbit's arc). */
const IMPORTED_FOCUS_RADIUS_KM = 2_000;
/** A natural body is not entered: the camera stops this many radii from its centre. */
const NEAREST_RADII = 1.05;

/** Nearest the camera may come to body `id` (its centre), km; to a plain point (the overview), a metre. */
export function minDistanceKm(id: BodyId | null): number {
  if (id === null) return MIN_DISTANCE_KM;
  // An imported track (import:<slug>) is not in the catalogue: a point, approached like a spacecraft.
  const body = BODY_BY_ID[id] as (typeof BODY_BY_ID)[BodyId] | undefined;
  if (!body) return MIN_DISTANCE_KM;
  const solid = body.kind !== 'spacecraft' && body.kind !== 'capsule';
  return solid ? Math.max(MIN_DISTANCE_KM, NEAREST_RADII * body.radiusKm) : MIN_DISTANCE_KM;
}

/**
 * The distance at which body `id`'s true disc spans FOCUS_DISC_SHARE of the view's height (vertical field of view
 * `fovDeg`): every body, a 70 m asteroid as much as Jupiter, is shown as itself when focused.
 */
export function focusDistanceKm(id: BodyId, fovDeg: number): number {
  const angularRadius = Math.atan(FOCUS_DISC_SHARE * Math.tan((fovDeg * DEG) / 2));
  return Math.max(minDistanceKm(id), (BODY_BY_ID[id]?.radiusKm ?? IMPORTED_FOCUS_RADIUS_KM) / Math.sin(angularRadius));
}

export function clampDistanceKm(distanceKm: number, id: BodyId | null): number {
  return Math.min(MAX_DISTANCE_KM, Math.max(minDistanceKm(id), distanceKm));
}
