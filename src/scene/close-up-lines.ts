/**
 * Trails are hidden in a close-up of a small body (an asteroid, a comet's nucleus, the probe, the capsule): at a
 * few hundred radii a trail, which ends at the body's centre, runs out of the body across its face and says
 * nothing about where it goes. (The sampled lines already hide below relative-line's CHORD_HIDE_DISTANCE_KM.)
 */
import { BODY_BY_ID, type BodyId } from '../core/bodies.ts';

/** Trails show again once the camera is this many of the focused small body's radii from it. */
export const LINES_HIDDEN_WITHIN_RADII = 400;

const SMALL_KINDS = new Set(['asteroid', 'comet', 'spacecraft', 'capsule']);

export function linesHiddenInCloseUp(focusId: BodyId | null, cameraDistanceKm: number): boolean {
  if (focusId === null) return false;
  const body = BODY_BY_ID[focusId];
  return SMALL_KINDS.has(body.kind) && cameraDistanceKm < LINES_HIDDEN_WITHIN_RADII * body.radiusKm;
}
