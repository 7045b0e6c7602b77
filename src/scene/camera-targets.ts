/** Where the camera goes: overview distances per frame, the default viewing angle, focus easing. */
import { AU_KM } from '../core/constants.ts';
import type { FrameId } from '../state/view-store.ts';

/** Camera distance of the overview, km: the whole probe path (out to ~2.5 au) heliocentric; the quasi-satellite loop co-rotating. */
export function overviewDistanceKm(frame: FrameId): number {
  return frame === 'heliocentric' ? 6.2 * AU_KM : 0.95 * AU_KM;
}

/** The overview looks down on the ecliptic from this elevation, degrees. */
export const OVERVIEW_ELEVATION_DEG = 52;

export const FOCUS_TRANSITION_SEC = 1.1;

/** Smooth 0→1 over the transition (smootherstep: zero velocity and acceleration at both ends). */
export function easeTransition(fraction: number): number {
  const x = Math.min(1, Math.max(0, fraction));
  return x * x * x * (x * (6 * x - 15) + 10);
}

/** Log-space interpolation of distances: a zoom from 6 au to 60 km reads as a steady dive, not a sudden drop. */
export function lerpDistanceLog(fromKm: number, toKm: number, eased: number): number {
  return Math.exp(Math.log(fromKm) + (Math.log(toKm) - Math.log(fromKm)) * eased);
}
