/** Screen-size arithmetic for "exaggerated" bodies: at least a few pixels, whatever the zoom. */

/** Kilometres covered by one pixel at `distanceKm` from a perspective camera. */
export function kmPerPixel(distanceKm: number, verticalFovRad: number, viewportHeightPx: number): number {
  return (2 * distanceKm * Math.tan(verticalFovRad / 2)) / Math.max(1, viewportHeightPx);
}

/** Drawn radius: the true radius, grown to `minPixels` on screen when exaggeration is on. */
export function displayRadiusKm(trueRadiusKm: number, minPixels: number, kmPerPx: number, exaggerated: boolean): number {
  return exaggerated ? Math.max(trueRadiusKm, minPixels * kmPerPx) : trueRadiusKm;
}
