/**
 * The only writer of the camera: a plain state machine, advanced once per frame by `update(tdbSec, dtSec, view,
 * viewport)`, that turns user input (orbit, zoom, pan), the view settings (focus, frame, probe's-eye mode), deep
 * links and scripted shots into a CameraState. No three.js, no DOM: it runs in unit tests as it runs in the page.
 *
 * States: overview (the frame's origin, distance fitted to the journey until the user zooms), focus (glides to a
 * body, then follows it), probe-eye (the arm camera on the probe), shot (a scripted glide to a pose, which any user
 * input ends). Focus and overview orbit at azimuth/elevation/distance; distance lives in log space, so a wheel
 * step is one factor at any scale.
 */
import { BODY_BY_ID, isBodyId, type BodyId } from '../../core/bodies.ts';
import { DEG, EARTH_RADIUS_KM } from '../../core/constants.ts';
import type { EphemerisFrame } from '../../core/ephemeris.ts';
import type { MissionPhase } from '../../core/mission/mission-result.ts';
import type { Vec3 } from '../../core/vec3.ts';
import type { FrameId } from '../../core/view-frame.ts';
import type { CameraMode } from '../view-store.ts';
import { clampDistanceKm, focusDistanceKm, MAX_DISTANCE_KM, ZOOM_FACTOR_PER_STEP } from './body-framing.ts';
import { offsetFromPose, type CameraPose } from './camera-pose.ts';
import { copyCameraState, createCameraState, type CameraState } from './camera-state.ts';
import { easeTransition, FOCUS_TRANSITION_SEC, ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG, overviewReachKm } from './camera-targets.ts';
import { fitOverview, glideToward, type FitInput, type OverviewFit } from './overview-fit.ts';
import { armCameraPose, probeEyeSubject, probeRollRad } from './probe-eye.ts';
import type { ScreenRect } from './screen-rect.ts';

/** What the rig reads of the ephemeris: states in view frames (src/core/ephemeris.ts). */
export interface RigEphemeris {
  stateAt(id: BodyId, tdbSec: number, frame: EphemerisFrame, outPosKm: { [i: number]: number }): boolean;
}

export interface RigView {
  focusId: BodyId | null;
  frame: FrameId;
  cameraMode: CameraMode;
}

export interface RigViewport {
  widthPx: number;
  heightPx: number;
  /** The part of the view the panels leave free (the overview is framed in it); null: the whole view. */
  free: ScreenRect | null;
  /** Take the overview's framing at once instead of gliding to it (while the page loads). */
  instant?: boolean;
}

export type RigMode = 'overview' | 'focus' | 'probe-eye' | 'shot';

/** A scripted camera move: glide to `pose` about the current focus over `durationSec` (0: cut), then hold it. */
export interface Shot {
  pose: CameraPose;
  durationSec: number;
  /**
   * The focus (null: the frame's origin) the shot is about, when it also changes the view's focus or frame: the
   * change it brings then glides with the shot instead of starting a focus glide of its own.
   */
  view?: { focusId: BodyId | null; frame: FrameId };
}

/** Time constant of the damped orbit and zoom, s (three's OrbitControls at dampingFactor 0.12 and 60 frames/s). */
const DAMPING_SEC = 0.13;
/** Below these the damped motion counts as settled: 1e-5 rad ≈ 0.01 px at 720 px and 45°. */
const SETTLED_ANGLE_DEG = 1e-5 / DEG;
const SETTLED_LOG_DISTANCE = 1e-5;
const OFFSET_SNAP_PX = 0.25;
/** Elevation stays off the poles, where azimuth would be undefined. */
const MAX_ELEVATION_DEG = 89.9;
/** The arm camera's lens: a wide monitoring camera. */
export const PROBE_EYE_FOV_DEG = 50;
/** Depth range: from this share of the distance to the origin to this multiple of it (the arm camera: 10 cm to beyond the planets). */
const NEAR_SHARE = 2e-3;
const FAR_MULTIPLE = 2e4;
const FAR_MIN_KM = 2e10;
const PROBE_EYE_NEAR_KM = 1e-4;
/**
 * The probe and the capsule are modelled within their catalogue radius, so when one is focused the near plane can
 * sit halfway to its nearest point: 2·10⁻³ of 4 m (8 mm) would leave a depth buffer unable to tell the Earth's
 * limb 1,200 km beyond the capsule at entry from the far plane.
 */
const MODELLED_KINDS = new Set(['spacecraft', 'capsule']);
/** Below this altitude of the focused body the view's up turns to the local vertical (fully by half of it). */
const LEVEL_HORIZON_BELOW_KM = 2000;
/** A frame's step of the overview's fit glide, s, when the last frame was still (frames are drawn on demand). */
const FIRST_GLIDE_STEP_SEC = 1 / 60;
const MAX_STEP_SEC = 0.25;

interface Glide {
  fromOriginKm: Float64Array;
  fromLogDistance: number;
  toLogDistance: number | null;
  fromPose: CameraPose | null;
  toPose: CameraPose | null;
  elapsedSec: number;
  durationSec: number;
}

export class CameraRig {
  readonly state: CameraState = createCameraState();
  private ephemeris: RigEphemeris;
  private phases: readonly MissionPhase[] = [];
  private azimuthDeg = 0;
  private elevationDeg = OVERVIEW_ELEVATION_DEG;
  private logDistance = Math.log(MAX_DISTANCE_KM);
  /** Where the damped motion is heading. */
  private azimuthGoalDeg = 0;
  private elevationGoalDeg = OVERVIEW_ELEVATION_DEG;
  private logDistanceGoal = Math.log(MAX_DISTANCE_KM);
  private readonly panKm = new Float64Array(3);
  private readonly targetKm = new Float64Array(3);
  private readonly scratch: Vec3 = [0, 0, 0];
  private readonly probeKm: Vec3 = [0, 0, 0];
  private readonly sunKm: Vec3 = [0, 0, 0];
  private readonly subjectKm: Vec3 = [0, 0, 0];
  private readonly upKm: Vec3 = [0, 1, 0];
  private readonly earthKm: Vec3 = [0, 0, 0];
  private glide: Glide | null = null;
  private shot: Shot | null = null;
  /** The overview's distance follows its fit (resizes, panels) until the user zooms. */
  private fitting = true;
  private readonly fit: OverviewFit = { distanceKm: 1, targetDxPx: 0, targetDyPx: 0 };
  private readonly fitInput: FitInput = {
    reachKm: 1, free: { left: 0, top: 0, right: 1, bottom: 1 }, widthPx: 1, heightPx: 1, fovDeg: ORBIT_FOV_DEG, elevationDeg: OVERVIEW_ELEVATION_DEG,
  };
  private initialised = false;
  private requestedPose: CameraPose | null;
  private lastView: RigView | null = null;
  private lastMode: RigMode = 'overview';
  private moving = true;
  private userMoved = false;
  private readonly listeners = new Set<() => void>();

  constructor(ephemeris: RigEphemeris, initialPose: CameraPose | null = null) {
    this.ephemeris = ephemeris;
    this.requestedPose = initialPose;
  }

  setEphemeris(ephemeris: RigEphemeris): void {
    this.ephemeris = ephemeris;
  }

  /** The mission's phases: the probe's-eye "target" view looks at the current phase's target. */
  setPhases(phases: readonly MissionPhase[]): void {
    this.phases = phases;
  }

  get mode(): RigMode {
    return this.lastMode;
  }

  /** True while the camera still moves (a glide, damping, a fit): the loop keeps drawing frames. */
  get isMoving(): boolean {
    return this.moving;
  }

  /** The orbit pose as a link stores it; undefined before the first frame has placed the camera. */
  pose(): CameraPose | undefined {
    return this.initialised ? { ...this.state.pose } : undefined;
  }

  /** Called when a user's move of the camera has settled (the address bar then describes the new view). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A rig in this one's state with its glides and damping finished, to be moved on its own (an export's camera at
   * each frame's time): nothing done to the copy reaches this rig.
   */
  clone(): CameraRig {
    const copy = new CameraRig(this.ephemeris, null);
    copy.phases = this.phases;
    copy.azimuthDeg = copy.azimuthGoalDeg = this.glide?.toPose?.azimuthDeg ?? this.azimuthGoalDeg;
    copy.elevationDeg = copy.elevationGoalDeg = this.glide?.toPose?.elevationDeg ?? this.elevationGoalDeg;
    copy.logDistance = copy.logDistanceGoal = this.glide?.toLogDistance ?? this.logDistanceGoal;
    copy.panKm.set(this.panKm);
    copy.fitting = this.fitting;
    copy.initialised = this.initialised;
    copy.lastView = this.lastView ? { ...this.lastView } : null;
    copy.lastMode = this.lastMode;
    copyCameraState(this.state, copy.state);
    return copy;
  }

  // --- input -----------------------------------------------------------------------------------------------

  /** Turns the orbit camera (a drag): degrees of azimuth (positive: the scene turns right) and elevation. */
  orbitBy(dAzimuthDeg: number, dElevationDeg: number): void {
    if (!Number.isFinite(dAzimuthDeg) || !Number.isFinite(dElevationDeg)) return;
    this.yield();
    this.azimuthGoalDeg -= dAzimuthDeg;
    this.elevationGoalDeg = clampElevation(this.elevationGoalDeg + dElevationDeg);
  }

  /** Wheel or pinch: `steps` notches nearer (negative: farther), each ZOOM_FACTOR_PER_STEP. */
  zoomBy(steps: number): void {
    if (!Number.isFinite(steps) || steps === 0) return;
    this.yield();
    this.fitting = false;
    this.endGlideDistance();
    this.logDistanceGoal = Math.log(clampDistanceKm(Math.exp(this.logDistanceGoal - steps * Math.log(ZOOM_FACTOR_PER_STEP)), this.focusId()));
  }

  /**
   * A pinch about a point: `steps` notches nearer (negative: farther) towards the point of the scene under (xPx,
   * yPx) of a view widthPx × heightPx, which stays under the fingers once the zoom has settled. That point is where
   * the ray through the pixel meets the plane of the frame's equator (the ecliptic) through the point looked at, or
   * that point's depth when the ray runs along the plane; the camera moves towards it, its direction kept.
   */
  zoomAt(steps: number, xPx: number, yPx: number, widthPx: number, heightPx: number): void {
    if (![steps, xPx, yPx].every(Number.isFinite) || steps === 0 || heightPx <= 0 || !this.initialised) return;
    // The point is found in the picture the view is heading to (the damped zoom's goal distance, the pan, and the
    // fitted overview's offset until the user has moved it), so moves between frames and mid-damping agree.
    const fromKm = Math.exp(this.logDistanceGoal);
    const [offX, offY] = this.userPanned() || this.lastView?.focusId != null ? [0, 0] : [this.fit.targetDxPx, this.fit.targetDyPx];
    this.zoomBy(steps);
    const toKm = Math.exp(this.logDistanceGoal);
    const s = this.state;
    const tanHalf = Math.tan((s.fovDeg * DEG) / 2);
    const { forward: f, up: u } = s;
    const r = [f[1]! * u[2]! - f[2]! * u[1]!, f[2]! * u[0]! - f[0]! * u[2]!, f[0]! * u[1]! - f[1]! * u[0]!];
    /** The view direction through a pixel offset (px right, py down) from the principal point, per unit depth. */
    const ray = (px: number, py: number) => {
      const ax = (2 * tanHalf * px) / heightPx, ay = (2 * tanHalf * py) / heightPx;
      return [0, 1, 2].map((c) => f[c]! + r[c]! * ax - u[c]! * ay);
    };
    const look = [0, 1, 2].map((c) => this.targetKm[c]! + this.panKm[c]!);
    const camera = [0, 1, 2].map((c) => look[c]! - f[c]! * fromKm);
    const now = ray(xPx - (widthPx / 2 + offX), yPx - (heightPx / 2 + offY));
    // Depth of the point along the view direction: on the ecliptic plane through the point looked at (view y is north).
    const planeDepth = now[1]! !== 0 ? (look[1]! - camera[1]!) / now[1]! : NaN;
    const depth = planeDepth > 0 && planeDepth < 50 * fromKm ? planeDepth : fromKm;
    const ratio = toKm / fromKm;
    // Drawn about the view's middle from now on: the camera on the ray back from the point, nearer by the zoom.
    const centred = ray(xPx - widthPx / 2, yPx - heightPx / 2);
    for (let c = 0; c < 3; c++) {
      const point = camera[c]! + now[c]! * depth;
      this.panKm[c] = point - centred[c]! * depth * ratio + f[c]! * toKm - this.targetKm[c]!;
    }
  }

  /** Moves the point looked at across the view by a drag of (dx, dy) px in a view `heightPx` high. */
  panBy(dxPx: number, dyPx: number, heightPx: number): void {
    if (!Number.isFinite(dxPx) || !Number.isFinite(dyPx) || heightPx <= 0) return;
    this.yield();
    this.fitting = false;
    const kmPerPx = (2 * Math.exp(this.logDistance) * Math.tan((this.state.fovDeg * DEG) / 2)) / heightPx;
    const { forward, up } = this.state;
    // right = forward × up
    const rx = forward[1]! * up[2]! - forward[2]! * up[1]!;
    const ry = forward[2]! * up[0]! - forward[0]! * up[2]!;
    const rz = forward[0]! * up[1]! - forward[1]! * up[0]!;
    this.panKm[0]! -= (rx * dxPx - up[0]! * dyPx) * kmPerPx;
    this.panKm[1]! -= (ry * dxPx - up[1]! * dyPx) * kmPerPx;
    this.panKm[2]! -= (rz * dxPx - up[2]! * dyPx) * kmPerPx;
  }

  /** Takes a pose at once (a deep link, a restore): no glide, the distance within the focus's limits. */
  setPose(pose: CameraPose): void {
    if (![pose.azimuthDeg, pose.elevationDeg, pose.distanceKm].every(Number.isFinite) || pose.distanceKm <= 0) return;
    if (!this.initialised) {
      this.requestedPose = { ...pose };
      return;
    }
    this.glide = null;
    this.shot = null;
    this.fitting = false;
    this.azimuthDeg = this.azimuthGoalDeg = pose.azimuthDeg;
    this.elevationDeg = this.elevationGoalDeg = clampElevation(pose.elevationDeg);
    this.logDistance = this.logDistanceGoal = Math.log(clampDistanceKm(pose.distanceKm, this.focusId()));
  }

  /** Plays a scripted shot about the current focus; any user input ends it where it is. */
  playShot(shot: Shot): void {
    this.shot = shot;
    this.fitting = false;
    this.glide = {
      fromOriginKm: Float64Array.from(this.state.originKm),
      fromLogDistance: this.logDistance,
      toLogDistance: Math.log(clampDistanceKm(shot.pose.distanceKm, shot.view ? shot.view.focusId : this.focusId())),
      fromPose: { azimuthDeg: this.azimuthDeg, elevationDeg: this.elevationDeg, distanceKm: Math.exp(this.logDistance) },
      toPose: { ...shot.pose },
      elapsedSec: 0,
      durationSec: Math.max(0, shot.durationSec),
    };
  }

  // --- the frame ---------------------------------------------------------------------------------------------

  update(tdbSec: number, dtSec: number, view: RigView, viewport: RigViewport): CameraState {
    const dt = Math.min(MAX_STEP_SEC, Math.max(0, Number.isFinite(dtSec) ? dtSec : 0));
    const s = this.state;
    const previous = this.lastView;
    const frameChanged = previous !== null && previous.frame !== view.frame;
    const focusChanged = previous !== null && previous.focusId !== view.focusId;
    this.lastView = { ...view };
    s.frame = view.frame;

    if (this.probeEye(tdbSec, view)) {
      this.lastMode = 'probe-eye';
      this.moving = false;
      return s;
    }
    s.probeEye = null;
    const wasProbeEye = this.lastMode === 'probe-eye';

    this.updateFit(view, viewport);
    this.target(tdbSec, view);

    if (!this.initialised || (frameChanged && view.focusId === null && !this.shotBrings(view))) {
      this.start(view);
    } else if ((focusChanged || frameChanged) && this.shotBrings(view)) {
      this.panKm.fill(0);
    } else if (focusChanged || frameChanged) {
      this.startGlide(view);
    }
    if (wasProbeEye) this.moving = true;

    let moving = false;
    const glide = this.glide;
    if (glide) {
      glide.elapsedSec += dt;
      const eased = glide.durationSec > 0 ? easeTransition(glide.elapsedSec / glide.durationSec) : 1;
      for (let c = 0; c < 3; c++) s.originKm[c] = glide.fromOriginKm[c]! + (this.targetKm[c]! - glide.fromOriginKm[c]!) * eased;
      if (glide.toLogDistance !== null) {
        this.logDistance = this.logDistanceGoal = glide.fromLogDistance + (glide.toLogDistance - glide.fromLogDistance) * eased;
      }
      if (glide.fromPose && glide.toPose) {
        this.azimuthDeg = this.azimuthGoalDeg = lerpAngleDeg(glide.fromPose.azimuthDeg, glide.toPose.azimuthDeg, eased);
        this.elevationDeg = this.elevationGoalDeg = glide.fromPose.elevationDeg + (glide.toPose.elevationDeg - glide.fromPose.elevationDeg) * eased;
      }
      if (eased >= 1) {
        // A shot's pose holds when it ends; a focus glide back to the overview hands the distance to the fit.
        if (view.focusId === null && !this.userMoved && !this.shot) this.fitting = true;
        this.glide = null;
        this.shot = null;
      }
      moving = true;
    } else {
      for (let c = 0; c < 3; c++) s.originKm[c] = this.targetKm[c]! + this.panKm[c]!;
    }

    if (this.fitting && view.focusId === null && !this.glide) {
      this.logDistanceGoal = Math.log(clampDistanceKm(this.fit.distanceKm, null));
      if (viewport.instant) this.logDistance = this.logDistanceGoal;
    }
    moving = this.damp(dt > 0 ? dt : FIRST_GLIDE_STEP_SEC) || moving;
    moving = this.glideOffset(view, dt, viewport.instant === true) || moving;

    this.writeOrbitCamera(view, tdbSec);
    const settledNow = !moving && this.moving;
    this.moving = moving;
    if (settledNow && this.userMoved) {
      this.userMoved = false;
      for (const listener of this.listeners) listener();
    }
    this.lastMode = this.glide && this.shot ? 'shot' : view.focusId === null ? 'overview' : 'focus';
    return s;
  }

  // --- internals ---------------------------------------------------------------------------------------------

  /** A playing shot that was started for this focus and frame. */
  private shotBrings(view: RigView): boolean {
    const wanted = this.shot?.view;
    return wanted !== undefined && wanted.focusId === view.focusId && wanted.frame === view.frame;
  }

  private focusId(): BodyId | null {
    return this.lastView?.focusId ?? null;
  }

  /** User input ends a shot (the camera stays where the shot had taken it) and marks a settled move for links. */
  private yield(): void {
    this.userMoved = true;
    this.moving = true;
    if (this.shot) {
      this.shot = null;
      this.glide = null;
    }
  }

  private endGlideDistance(): void {
    if (this.glide) this.glide.toLogDistance = null;
  }

  private updateFit(view: RigView, viewport: RigViewport): void {
    const input = this.fitInput;
    input.reachKm = overviewReachKm(view.frame);
    input.widthPx = Math.max(1, viewport.widthPx);
    input.heightPx = Math.max(1, viewport.heightPx);
    input.free = viewport.free ?? { left: 0, top: 0, right: input.widthPx, bottom: input.heightPx };
    input.fovDeg = ORBIT_FOV_DEG;
    fitOverview(input, this.fit);
  }

  /** The point the orbit camera looks at: the frame's origin, or the focused body (held where it was when it has no state). */
  private target(tdbSec: number, view: RigView): void {
    if (view.focusId === null) {
      this.targetKm.fill(0);
      return;
    }
    if (!this.ephemeris.stateAt(view.focusId, tdbSec, view.frame, this.scratch)) return;
    this.targetKm[0] = this.scratch[0]; this.targetKm[1] = this.scratch[1]; this.targetKm[2] = this.scratch[2];
  }

  /** The first frame, or a frame switch in the overview: a link's pose, else the default view of the focus. */
  private start(view: RigView): void {
    this.initialised = true;
    this.glide = null;
    this.shot = null;
    this.panKm.fill(0);
    this.state.originKm.set(this.targetKm);
    const pose = this.requestedPose;
    this.requestedPose = null;
    if (pose) {
      this.fitting = false;
      this.azimuthDeg = this.azimuthGoalDeg = pose.azimuthDeg;
      this.elevationDeg = this.elevationGoalDeg = clampElevation(pose.elevationDeg);
      this.logDistance = this.logDistanceGoal = Math.log(clampDistanceKm(pose.distanceKm, view.focusId));
    } else {
      this.azimuthDeg = this.azimuthGoalDeg = 0;
      this.elevationDeg = this.elevationGoalDeg = OVERVIEW_ELEVATION_DEG;
      const distance = view.focusId === null ? this.fit.distanceKm : focusDistanceKm(view.focusId, ORBIT_FOV_DEG);
      this.logDistance = this.logDistanceGoal = Math.log(clampDistanceKm(distance, view.focusId));
      this.fitting = view.focusId === null;
    }
    this.state.offsetPx[0] = view.focusId === null ? this.fit.targetDxPx : 0;
    this.state.offsetPx[1] = view.focusId === null ? this.fit.targetDyPx : 0;
    this.moving = true;
  }

  /** A new focus (or frame): the origin and the distance glide there over FOCUS_TRANSITION_SEC. */
  private startGlide(view: RigView): void {
    this.shot = null;
    this.fitting = false;
    this.userMoved = false;
    this.panKm.fill(0);
    const toDistance = view.focusId === null ? this.fit.distanceKm : focusDistanceKm(view.focusId, ORBIT_FOV_DEG);
    this.glide = {
      fromOriginKm: Float64Array.from(this.state.originKm),
      fromLogDistance: this.logDistance,
      toLogDistance: Math.log(clampDistanceKm(toDistance, view.focusId)),
      fromPose: null,
      toPose: null,
      elapsedSec: 0,
      durationSec: FOCUS_TRANSITION_SEC,
    };
  }

  /** One step of the damped orbit and zoom; true while either still moves. */
  private damp(dt: number): boolean {
    const k = 1 - Math.exp(-dt / DAMPING_SEC);
    let moving = false;
    const dAz = this.azimuthGoalDeg - this.azimuthDeg;
    const dEl = this.elevationGoalDeg - this.elevationDeg;
    const dLog = this.logDistanceGoal - this.logDistance;
    if (Math.abs(dAz) > SETTLED_ANGLE_DEG || Math.abs(dEl) > SETTLED_ANGLE_DEG) {
      this.azimuthDeg += dAz * k;
      this.elevationDeg += dEl * k;
      moving = true;
    } else {
      this.azimuthDeg = this.azimuthGoalDeg;
      this.elevationDeg = this.elevationGoalDeg;
    }
    if (Math.abs(dLog) > SETTLED_LOG_DISTANCE) {
      this.logDistance += dLog * k;
      moving = true;
    } else this.logDistance = this.logDistanceGoal;
    return moving;
  }

  /** The overview draws its origin where the journey fits the free area; every other view centres it. */
  private glideOffset(view: RigView, dt: number, instant: boolean): boolean {
    const overview = view.focusId === null && !this.userPanned();
    const dx = overview ? this.fit.targetDxPx : 0, dy = overview ? this.fit.targetDyPx : 0;
    const offset = this.state.offsetPx;
    const step = instant ? Infinity : dt > 0 ? dt : FIRST_GLIDE_STEP_SEC;
    offset[0] = glideToward(offset[0]!, dx, step, OFFSET_SNAP_PX);
    offset[1] = glideToward(offset[1]!, dy, step, OFFSET_SNAP_PX);
    return offset[0] !== dx || offset[1] !== dy;
  }

  private userPanned(): boolean {
    return this.panKm[0] !== 0 || this.panKm[1] !== 0 || this.panKm[2] !== 0;
  }

  /**
   * The view's up before it is made perpendicular to the view direction: the frame's north, turned to the local
   * vertical as the focused body comes down through the last 2,000 km above the Earth (the capsule's entry, the
   * probe's flyby), so the horizon there is level rather than tilted by the ecliptic.
   */
  private upReference(view: RigView, tdbSec: number): Vec3 {
    const up = this.upKm;
    up[0] = 0; up[1] = 1; up[2] = 0;
    if (view.focusId === null || view.focusId === 'earth') return up;
    const e = this.ephemeris, rel = this.subjectKm, earth = this.earthKm;
    if (!e.stateAt(view.focusId, tdbSec, view.frame, rel) || !e.stateAt('earth', tdbSec, view.frame, earth)) return up;
    for (let c = 0; c < 3; c++) rel[c] = rel[c]! - earth[c]!;
    const r = Math.hypot(rel[0], rel[1], rel[2]);
    const w = 1 - Math.min(1, Math.max(0, (r - EARTH_RADIUS_KM - LEVEL_HORIZON_BELOW_KM / 2) / (LEVEL_HORIZON_BELOW_KM / 2)));
    if (!(w > 0)) return up;
    const k = w * w * (3 - 2 * w);
    for (let c = 0; c < 3; c++) up[c] = (1 - k) * up[c]! + (k * rel[c]!) / r;
    return up;
  }

  private writeOrbitCamera(view: RigView, tdbSec: number): void {
    const s = this.state;
    const distanceKm = Math.exp(this.logDistance);
    s.pose.azimuthDeg = ((this.azimuthDeg % 360) + 360) % 360;
    s.pose.elevationDeg = this.elevationDeg;
    s.pose.distanceKm = distanceKm;
    offsetFromPose(s.pose, s.positionKm);
    for (let c = 0; c < 3; c++) s.forward[c] = -s.positionKm[c]! / distanceKm;
    // up: the frame's north (or near the Earth the local vertical), made perpendicular to the view direction.
    const f = s.forward;
    const ref = this.upReference(view, tdbSec);
    const along = f[0]! * ref[0] + f[1]! * ref[1] + f[2]! * ref[2];
    let ux = ref[0] - along * f[0]!, uy = ref[1] - along * f[1]!, uz = ref[2] - along * f[2]!;
    const n = Math.hypot(ux, uy, uz) || 1;
    ux /= n; uy /= n; uz /= n;
    s.up[0] = ux; s.up[1] = uy; s.up[2] = uz;
    s.fovDeg = ORBIT_FOV_DEG;
    const focus = view.focusId !== null && isBodyId(view.focusId) ? BODY_BY_ID[view.focusId] : null;
    s.nearKm = focus && MODELLED_KINDS.has(focus.kind) && distanceKm > focus.radiusKm
      ? Math.max(distanceKm * NEAR_SHARE, (distanceKm - focus.radiusKm) / 2)
      : distanceKm * NEAR_SHARE;
    s.farKm = Math.max(distanceKm * FAR_MULTIPLE, FAR_MIN_KM);
    s.journeyFramed = view.focusId === null && this.fitting && !this.glide && !this.userPanned();
  }

  /** The arm camera, when the view asks for it and the probe and its subject have states; false otherwise. */
  private probeEye(tdbSec: number, view: RigView): boolean {
    const subject = probeEyeSubject(view.cameraMode, this.phases, tdbSec);
    if (subject === null) return false;
    const e = this.ephemeris;
    if (!e.stateAt('probe', tdbSec, view.frame, this.probeKm) || !e.stateAt('sun', tdbSec, view.frame, this.sunKm)
      || !e.stateAt(subject, tdbSec, view.frame, this.subjectKm)) return false;
    const pose = armCameraPose(this.probeKm, this.sunKm, this.subjectKm);
    const s = this.state;
    s.originKm[0] = this.probeKm[0]; s.originKm[1] = this.probeKm[1]; s.originKm[2] = this.probeKm[2];
    s.positionKm.set(pose.offsetKm);
    s.forward.set(pose.forward);
    s.up.set(pose.up);
    s.fovDeg = PROBE_EYE_FOV_DEG;
    s.nearKm = PROBE_EYE_NEAR_KM;
    s.farKm = FAR_MIN_KM;
    s.offsetPx.fill(0);
    s.probeEye = { subject, rollRad: probeRollRad(pose.axes) };
    s.journeyFramed = false;
    // The orbit camera is left where it was: leaving the arm camera returns to it.
    return true;
  }
}

function clampElevation(deg: number): number {
  return Math.min(MAX_ELEVATION_DEG, Math.max(-MAX_ELEVATION_DEG, deg));
}

/** Interpolates azimuths the short way round. */
function lerpAngleDeg(from: number, to: number, t: number): number {
  const d = ((((to - from) % 360) + 540) % 360) - 180;
  return from + d * t;
}
