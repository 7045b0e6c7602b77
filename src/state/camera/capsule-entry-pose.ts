/**
 * The camera beside the return capsule as it meets the atmosphere: a few metres behind it, looking a little below
 * the horizon towards the Sun's side, so the Earth's limb (10.9° below the horizon from 120 km) runs under the
 * capsule with space above, and at a night entry (as Chang'e 5's and Hayabusa 2's were; the designed one is at
 * dusk, the Sun 12° down) the limb seen is the twilit air on the Sun's side. A pose for the orbit camera focused
 * on the capsule.
 */
import { DEG } from '../../core/constants.ts';
import type { Ephemeris } from '../../core/ephemeris.ts';
import type { FrameId } from '../../core/view-frame.ts';
import { poseFromOffset, type CameraPose } from './camera-pose.ts';

/** Metres behind the 0.75 m capsule: it spans ~7° of the view, a sixth of its height (a third of a phone's width). */
export const CAPSULE_ENTRY_CAMERA_KM = 0.006;
/** The view's centre below the local horizon, degrees: the limb is then ~3° under the capsule. */
export const CAPSULE_ENTRY_LOOK_DOWN_DEG = 8;

type V = [number, number, number];
const norm = (a: V) => Math.hypot(a[0], a[1], a[2]);
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The part of `a` across the local vertical `up`, as a unit vector; null when `a` is (nearly) vertical. */
function horizontal(a: V, up: V): V | null {
  const k = dot(a, up);
  const h: V = [a[0] - k * up[0], a[1] - k * up[1], a[2] - k * up[2]];
  const n = norm(h);
  return n > 1e-3 * norm(a) ? [h[0] / n, h[1] / n, h[2] / n] : null;
}

/** The view direction at `tdbSec` (unit, view axes): towards the Sun's horizon, else along the ground track. */
export function capsuleEntryLook(ephemeris: Ephemeris, frame: FrameId, tdbSec: number): { look: V; up: V } | null {
  const r: V = [0, 0, 0], v: V = [0, 0, 0], sun: V = [0, 0, 0];
  if (!ephemeris.stateAt('capsule', tdbSec, frame, r, v, 'earth') || !ephemeris.stateAt('sun', tdbSec, frame, sun, undefined, 'earth')) return null;
  const rn = norm(r);
  const up: V = [r[0] / rn, r[1] / rn, r[2] / rn];
  const h = horizontal(sun, up) ?? horizontal(v, up);
  if (!h) return null;
  const a = CAPSULE_ENTRY_LOOK_DOWN_DEG * DEG;
  return { look: [0, 1, 2].map((k) => Math.cos(a) * h[k]! - Math.sin(a) * up[k]!) as V, up };
}

/** The pose at `tdbSec` in `frame`; null where the capsule, the Sun or the Earth has no state. */
export function capsuleEntryPose(ephemeris: Ephemeris, frame: FrameId, tdbSec: number): CameraPose | null {
  const at = capsuleEntryLook(ephemeris, frame, tdbSec);
  if (!at) return null;
  return poseFromOffset(at.look.map((c) => -c * CAPSULE_ENTRY_CAMERA_KM), { azimuthDeg: 0, elevationDeg: 0, distanceKm: 0 });
}
