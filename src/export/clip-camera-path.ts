/**
 * A clip's camera move: where the camera sits, relative to the point it looks at, on each frame. A pure function of
 * the frame index and the starting offset, so every frame is reproducible whatever the encoder's pace.
 */
import { cross, dot, norm, normalize, type Vec3 } from '../core/vec3.ts';

export type ClipCameraMove =
  | { kind: 'still' }
  /** Orbits about the view's up axis by this many degrees (positive: counter-clockwise seen from above). */
  | { kind: 'turn'; degrees: number }
  /** Multiplies the distance to the focus by this factor (< 1 moves in). */
  | { kind: 'zoom'; factor: number };

export type ClipCameraKind = 'still' | 'turn' | 'zoomIn' | 'zoomOut';

/** The amounts the video dialog offers: degrees to turn, factors to zoom by. */
export const CLIP_CAMERA_AMOUNTS = {
  still: [],
  turn: [45, 90, 180, 360],
  // ×10⁶ pulls back from the probe beside its asteroid (80 km) to the inner solar system (0.5 au).
  zoomIn: [8, 100, 1000, 1_000_000],
  zoomOut: [8, 100, 1000, 1_000_000],
} as const satisfies Record<ClipCameraKind, readonly number[]>;

export const CLIP_CAMERA_DEFAULT_AMOUNT: Record<ClipCameraKind, number> = { still: 0, turn: 90, zoomIn: 8, zoomOut: 8 };

export function clipCameraMove(kind: ClipCameraKind, amount: number): ClipCameraMove {
  switch (kind) {
    case 'still': return { kind: 'still' };
    case 'turn': return { kind: 'turn', degrees: amount };
    case 'zoomIn': return { kind: 'zoom', factor: 1 / amount };
    case 'zoomOut': return { kind: 'zoom', factor: amount };
  }
}

/** Distances the camera may take, scene units (the orbit controls' zoom limits). */
export interface DistanceLimits {
  min: number;
  max: number;
}

/** Closest a scripted move goes to a body, in body radii: the body then fills most of the frame's height. */
export const NEAREST_RADII = 3;

/**
 * The zoom limits for a clip: the controls' limits, and no nearer than NEAREST_RADII radii of the focused body, so a
 * zoom in stops in front of it rather than inside it (unless the camera already starts nearer).
 */
export function clipDistanceLimits(zoomLimits: DistanceLimits, startDistance: number, focusRadius: number): DistanceLimits {
  const nearest = Math.min(startDistance, NEAREST_RADII * focusRadius);
  return { min: Math.max(zoomLimits.min, nearest), max: zoomLimits.max };
}

/** Slow start, slow finish (quintic smootherstep): the move never jerks at the clip's ends. Monotonic on [0, 1]. */
export function easeMove(fraction: number): number {
  const x = Math.min(1, Math.max(0, fraction));
  return x * x * x * (x * (6 * x - 15) + 10);
}

/** Fraction of the move done at frame `frame` of `frameCount`: 0 on the first frame, 1 on the last. */
export function moveFraction(frame: number, frameCount: number): number {
  return frameCount <= 1 ? 0 : easeMove(frame / (frameCount - 1));
}

/** Rodrigues' rotation of `v` by `angle` radians about the unit axis `k`. */
function rotateAbout(v: Vec3, k: Vec3, angle: number): Vec3 {
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const kxv = cross(k, v);
  const along = dot(k, v) * (1 - cos);
  return [
    v[0] * cos + kxv[0] * sin + k[0] * along,
    v[1] * cos + kxv[1] * sin + k[1] * along,
    v[2] * cos + kxv[2] * sin + k[2] * along,
  ];
}

/**
 * The camera's offset from its target on frame `frame` of `frameCount`, starting from `start` with `up` as the
 * view's up axis. A still camera keeps `start` untouched; a moving one stays within `limits`.
 */
export function clipCameraOffset(
  start: Vec3, up: Vec3, move: ClipCameraMove, frame: number, frameCount: number, limits: DistanceLimits,
): Vec3 {
  if (move.kind === 'still') return [start[0], start[1], start[2]];
  const clamp = (distance: number) => Math.min(limits.max, Math.max(limits.min, distance));
  const startDistance = norm(start);
  if (startDistance === 0) return [0, 0, clamp(0)];
  const done = moveFraction(frame, frameCount);
  const offset = move.kind === 'turn' ? rotateAbout(start, normalize(up), (move.degrees * Math.PI * done) / 180) : start;
  // A zoom that would pass a limit ends at the limit, still eased all the way, rather than stopping early.
  const endRatio = move.kind === 'zoom' ? clamp(startDistance * move.factor) / startDistance : 1;
  const s = clamp(startDistance * endRatio ** done) / norm(offset);
  return [offset[0] * s, offset[1] * s, offset[2] * s];
}
