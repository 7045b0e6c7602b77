/**
 * Unit spheres at five levels of detail, chosen by the radius a body is drawn at. A planet four pixels wide drew
 * 3,968 triangles; software WebGL pays for each one however small (the overview's six spheres: ~15 % of the GPU
 * process's time per frame, measured by swapping them in the bench). Each level is used only while its outline
 * stays within half a pixel of a true circle.
 */
import { SphereGeometry } from 'three';

/** A sphere of n segments around deviates from its circle by r (1 − cos(π / n)) at the middle of an edge. */
export function outlineErrorPx(radiusPx: number, widthSegments: number): number {
  return radiusPx * (1 - Math.cos(Math.PI / widthSegments));
}

const LEVELS = [16, 32, 64, 128, 256].map((widthSegments) => ({
  widthSegments,
  geometry: new SphereGeometry(1, widthSegments, widthSegments / 2),
}));

/**
 * Half a pixel of outline error: 16 segments up to a radius of 26 px, 32 up to 104 px, 64 up to 416 px, 128 up to
 * 1,660 px; beyond, 256 (the Earth's limb from the capsule at 120 km, where 64 showed its facets).
 */
const MAX_ERROR_PX = 0.5;

/** The finest sphere (a limb that fills the view). */
export const FINEST_SPHERE = LEVELS[LEVELS.length - 1]!.geometry;
/** What a body is drawn with before its size on screen is known (the sphere every body had before). */
export const DEFAULT_SPHERE = LEVELS[2]!.geometry;

/** The coarsest sphere whose outline at `radiusPx` stays within half a pixel (the finest beyond). */
export function sphereForRadiusPx(radiusPx: number): SphereGeometry {
  for (const level of LEVELS) if (outlineErrorPx(radiusPx, level.widthSegments) <= MAX_ERROR_PX) return level.geometry;
  return FINEST_SPHERE;
}
