/**
 * Trails are hidden in a close-up of a small body (an asteroid, a comet's nucleus, the probe, the capsule): at a
 * few hundred radii a trail, which ends at the body's centre, runs out of the body across its face and says
 * nothing about where it goes. (The sampled lines already hide below relative-line's CHORD_HIDE_DISTANCE_KM.)
 * What a close-up draws instead during a sampling event: the probe's path relative to the rock (DescentPath.tsx).
 */
import { BODY_BY_ID, type BodyId } from '../core/bodies.ts';
import type { StayPath } from '../core/proximity/proximity-arc.ts';

/** Trails show again once the camera is this many of the focused small body's radii from it. */
export const LINES_HIDDEN_WITHIN_RADII = 400;

const SMALL_KINDS = new Set(['asteroid', 'comet', 'spacecraft', 'capsule']);

export function linesHiddenInCloseUp(focusId: BodyId | null, cameraDistanceKm: number): boolean {
  if (focusId === null) return false;
  const body = BODY_BY_ID[focusId];
  return SMALL_KINDS.has(body.kind) && cameraDistanceKm < LINES_HIDDEN_WITHIN_RADII * body.radiusKm;
}

/**
 * The probe's descent line is drawn while a camera within this distance of the rock or the probe watches a
 * sampling event: its 20 km run down the Sun line reads from a few hundred metres out to a few hundred km.
 */
export const DESCENT_LINE_MAX_CAMERA_KM = 500;

/** The sampling event under way at `tdbSec`: its way down and its way up (the time at the surface is a point). */
export interface DescentLineSpan {
  startTdbSec: number;
  contactTdbSec: number;
  liftOffTdbSec: number;
  endTdbSec: number;
}

export function descentLineSpan(stay: StayPath | null, tdbSec: number): DescentLineSpan | null {
  if (!stay) return null;
  for (const event of stay.plan.samplingEvents) {
    const contactTdbSec = event.startTdbSec + event.descentSec, liftOffTdbSec = contactTdbSec + event.contactSec;
    const endTdbSec = liftOffTdbSec + event.ascentSec;
    if (tdbSec >= event.startTdbSec && tdbSec <= endTdbSec) return { startTdbSec: event.startTdbSec, contactTdbSec, liftOffTdbSec, endTdbSec };
  }
  return null;
}

/**
 * The time of vertex `i` of `count` along the span's line (half down, half up, each uniform in time) and, for the
 * probe at `tdbSec`, the last vertex it has passed.
 */
export function descentVertexTime(span: DescentLineSpan, i: number, count: number): number {
  const half = count / 2;
  return i < half
    ? span.startTdbSec + ((span.contactTdbSec - span.startTdbSec) * i) / (half - 1)
    : span.liftOffTdbSec + ((span.endTdbSec - span.liftOffTdbSec) * (i - half)) / (half - 1);
}

export function descentVertexPassed(span: DescentLineSpan, tdbSec: number, count: number): number {
  const half = count / 2;
  if (tdbSec <= span.contactTdbSec) return Math.floor(((tdbSec - span.startTdbSec) / (span.contactTdbSec - span.startTdbSec)) * (half - 1));
  if (tdbSec <= span.liftOffTdbSec) return half - 1;
  return half + Math.floor(((tdbSec - span.liftOffTdbSec) / (span.endTdbSec - span.liftOffTdbSec)) * (half - 1));
}

export function descentLineShown(stay: StayPath | null, focusId: BodyId | null, cameraDistanceKm: number, probeEye: boolean): boolean {
  return stay !== null && !probeEye && (focusId === stay.centre || focusId === 'probe') && cameraDistanceKm < DESCENT_LINE_MAX_CAMERA_KM;
}
