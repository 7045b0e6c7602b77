/** Where the camera goes: what the overview holds per frame, the default viewing angle, focus easing. */
import { AU_KM } from '../../core/constants.ts';
import type { FrameId } from '../../core/view-frame.ts';

/**
 * Radius about the overview's centre that it shows whole, km. Heliocentric: out to 311P's aphelion, where the probe
 * path ends (a(1 + e) = 2.1887 × 1.1156 = 2.44 au, S. Nakano's elements, ephemeris/bodies/311p.json). Co-rotating: Kamoʻoalewa's
 * yearly loop about Earth, up to 40 million km (0.27 au, en.wikipedia.org/wiki/469219_Kamoʻoalewa); our propagated 2025–2036 track reaches
 * 0.29 au.
 */
export function overviewReachKm(frame: FrameId): number {
  return frame === 'heliocentric' ? 2.44 * AU_KM : 0.3 * AU_KM;
}

/** The overview looks down on the ecliptic from this elevation, degrees. */
export const OVERVIEW_ELEVATION_DEG = 52;

/** The scene camera's vertical field of view, degrees. */
export const ORBIT_FOV_DEG = 45;

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
