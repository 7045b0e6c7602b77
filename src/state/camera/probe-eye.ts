/**
 * Where the probe's arm camera sits and looks, as pure vector math (display-frame km and unit vectors).
 *
 * Attitude: the solar wings face the Sun (body +z to the Sun, as the orbit view draws them), and the probe rolls
 * about that axis so its deck normal (+y, where the capsule sits) is perpendicular to both the Sun and the subject:
 * the subject then lies in the body's x–z plane, on the +x side. The camera hangs on an arm behind and above the
 * deck, looking past the capsule and the flag at the subject, which it places off-centre like a composed photo.
 */
import { cross, dot, norm, normalize, scale, sub, type Vec3 } from '../../core/vec3.ts';
import { phaseAt } from '../mission-span.ts';
import type { CameraMode } from '../view-store.ts';
import type { MissionPhase } from '../../core/mission/mission-result.ts';
import type { BodyId } from '../../core/bodies.ts';

/** The body the arm camera looks at: the Earth, or the current phase's target (the first/last phase's outside them); null for the orbit camera. */
export function probeEyeSubject(mode: CameraMode, phases: readonly MissionPhase[], tdbSec: number): BodyId | null {
  if (mode === 'orbit') return null;
  if (mode === 'probe-back-to-earth') return 'earth';
  const phase = phaseAt(phases, tdbSec) ?? (tdbSec < (phases[0]?.startTdbSec ?? 0) ? phases[0] : phases[phases.length - 1]);
  return phase?.targetId ?? 'kamooalewa';
}

export interface ProbeAxes {
  /** Wing axis. */
  x: Vec3;
  /** Deck normal: the capsule's side. */
  y: Vec3;
  /** Towards the Sun: the wings' lit face. */
  z: Vec3;
}

const WORLD_UP: Vec3 = [0, 1, 0];
/** Below this |sin| of the Sun–subject angle the subject is (anti)sunward and the roll falls back to the default. */
const DEGENERATE_SIN = 1e-6;

/** The default the orbit view uses (three's Object3D.lookAt with up = +y): x = up × z, y = z × x. */
export function defaultProbeAxes(toSun: Vec3): ProbeAxes {
  const z = normalize(toSun);
  let x = cross(WORLD_UP, z);
  if (norm(x) < DEGENERATE_SIN) x = cross([1, 0, 0], z);
  normalize(x, x);
  return { x, y: cross(z, x), z };
}

/** Body axes for the probe's-eye views: +z sunward, +y ⊥ Sun and subject, so the subject is on the +x side. */
export function probeEyeAxes(toSun: Vec3, toSubject: Vec3): ProbeAxes {
  const z = normalize(toSun);
  const y = cross(z, normalize(toSubject));
  if (norm(y) < DEGENERATE_SIN) return defaultProbeAxes(toSun);
  normalize(y, y);
  return { x: cross(y, z), y, z };
}

/**
 * Roll about the sunward axis, radians, that turns the default attitude into `axes` (a rotation about local z of
 * the model after its lookAt at the Sun).
 */
export function probeRollRad(axes: ProbeAxes): number {
  const base = defaultProbeAxes(axes.z);
  return Math.atan2(-dot(axes.y, base.x), dot(axes.y, base.y));
}

/**
 * In the probe's-eye views the body turns on its wing axis (the wings, on their drives, keep facing the Sun) so the
 * deck leans this far towards the Sun: the deck, the flag and the capsule are lit rather than grazed.
 */
export const DECK_SUN_TILT_RAD = (35 * Math.PI) / 180;

/** The deck normal after that tilt: y turned towards z. */
export function deckNormal(axes: ProbeAxes, tiltRad = DECK_SUN_TILT_RAD): Vec3 {
  const c = Math.cos(tiltRad), s = Math.sin(tiltRad);
  return [c * axes.y[0] + s * axes.z[0], c * axes.y[1] + s * axes.z[1], c * axes.y[2] + s * axes.z[2]];
}

export interface ArmComposition {
  /** Camera position relative to the probe's centre, metres: behind (away from the subject), above the deck, aside. */
  backM: number;
  aboveM: number;
  sideM: number;
  /** Where the subject appears: angles right of and above the view's centre, radians. */
  subjectRightRad: number;
  subjectUpRad: number;
}

/** Checked by eye on 2025-10-01 ("cosmic snapshot") and 2026-06-07: capsule, flag and a wing in front, the subject upper right. */
export const SNAPSHOT_COMPOSITION: ArmComposition = {
  backM: 3.4, aboveM: 2.1, sideM: -1.6, subjectRightRad: 0.3, subjectUpRad: 0.13,
};

export interface ArmCameraPose {
  /** Camera position minus probe position, km (metres / 1000). */
  offsetKm: Vec3;
  forward: Vec3;
  up: Vec3;
  axes: ProbeAxes;
}

const M_PER_KM = 1000;

/**
 * The arm camera for a subject at `subjectKm` (Earth, Kamoʻoalewa, 311P), with the probe at `probeKm` and the Sun at
 * `sunKm`, all in the same frame. The subject direction is taken from the camera, so a subject a few km away
 * still lands where the composition puts it.
 */
export function armCameraPose(probeKm: Vec3, sunKm: Vec3, subjectKm: Vec3, composition = SNAPSHOT_COMPOSITION): ArmCameraPose {
  const toSubject = normalize(sub(subjectKm, probeKm));
  const axes = probeEyeAxes(sub(sunKm, probeKm), toSubject);
  const deck = deckNormal(axes);
  // "Above" is the deck normal; "aside" is perpendicular to it and to the subject.
  const above = normalize(sub(deck, scale(toSubject, dot(deck, toSubject))));
  const side = normalize(cross(above, toSubject));
  const offsetKm: Vec3 = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    offsetKm[c] = (-composition.backM * toSubject[c]! + composition.aboveM * above[c]! + composition.sideM * side[c]!) / M_PER_KM;
  }
  const fromCamera = normalize(sub(sub(subjectKm, probeKm), offsetKm));
  // Turn the view left and down of the subject, so the subject sits right of and above the centre.
  const right0 = normalize(cross(fromCamera, above));
  const up0 = cross(right0, fromCamera);
  const forward = normalize([
    fromCamera[0] - Math.tan(composition.subjectRightRad) * right0[0] - Math.tan(composition.subjectUpRad) * up0[0],
    fromCamera[1] - Math.tan(composition.subjectRightRad) * right0[1] - Math.tan(composition.subjectUpRad) * up0[1],
    fromCamera[2] - Math.tan(composition.subjectRightRad) * right0[2] - Math.tan(composition.subjectUpRad) * up0[2],
  ]);
  const up = normalize(sub(above, scale(forward, dot(above, forward))));
  return { offsetKm, forward, up, axes };
}

/**
 * Where a direction from the camera lands on screen, normalised device coordinates (−1…1 across the view), or null
 * behind the camera. For tests and checks of the composition.
 */
export function projectDirection(direction: Vec3, pose: Pick<ArmCameraPose, 'forward' | 'up'>, verticalFovRad: number, aspect: number): [number, number] | null {
  const right = cross(pose.forward, pose.up);
  const depth = dot(direction, pose.forward);
  if (depth <= 0) return null;
  const tanHalf = Math.tan(verticalFovRad / 2);
  return [dot(direction, right) / depth / (tanHalf * aspect), dot(direction, pose.up) / depth / tanHalf];
}
