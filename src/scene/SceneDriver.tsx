/**
 * The scene's per-frame heart, ahead of everything else: advances the clock while playing, computes every body's
 * position, moves the floating origin (focus body + pan, eased over ~1 s on a focus change), keeps the camera's
 * depth range suited to its distance, and asks for the next frame only while something moves.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { DEG } from '../core/constants.ts';
import { poseFromPosition, positionFromPose } from './camera-pose.ts';
import { type BodyId } from '../core/bodies.ts';
import {
  easeTransition, FOCUS_TRANSITION_SEC, lerpDistanceLog, ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG, overviewReachKm,
} from './camera-targets.ts';
import { cameraMoved, createCameraMotion } from './camera-motion.ts';
import { applyTargetOffset, fitOverview, glideStepSec, glideToward, type FitInput, type OverviewFit } from './overview-framing.ts';
import { sceneReady, useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';

interface OrbitControlsLike {
  target: { x: number; y: number; z: number; lengthSq(): number; set(x: number, y: number, z: number): unknown };
}

declare global {
  interface Window {
    /** Frames drawn, of them frames with the planets placed, and the stages shown (tests and benchmarks read these). */
    __twScene?: { frames: number; framesWithPlanets: number; shownStages: ReadonlySet<string> };
  }
}

/** Closer than this (relative) the distance glide snaps; further than this from the fitted distance, the user zoomed. */
const DISTANCE_SNAP = 1e-5;
const USER_ZOOM = 1e-6;
/** Closer than this the target's on-screen glide snaps, px. */
const OFFSET_SNAP_PX = 0.25;

/** Camera distance after focusing a body, km (until the camera rig frames bodies by their size). */
const FOCUS_DISTANCE_KM: Record<BodyId, number> = {
  sun: 8e6, probe: 80, earth: 9e5, kamooalewa: 60, '311p': 300, mars: 5e4, venus: 9e4, jupiter: 1e6, mercury: 4e4, moon: 2.5e4, capsule: 30,
};

function focusDistanceKm(focusId: string | null, fit: OverviewFit): number {
  if (focusId === null) return fit.distanceKm;
  return FOCUS_DISTANCE_KM[focusId as BodyId] ?? fit.distanceKm;
}

export function SceneDriver() {
  const runtime = useSceneRuntime();
  const invalidate = useThree((s) => s.invalidate);
  const state = useRef({
    initialised: false,
    wasPlaying: false,
    lastFocus: null as string | null,
    lastFrame: '',
    panKm: new Float64Array(3),
    targetKm: new Float64Array(3),
    fromOriginKm: new Float64Array(3),
    fromDistanceKm: 1,
    toDistanceKm: 1,
    transitionStartMs: -1,
    fitInput: { reachKm: 1, free: { left: 0, top: 0, right: 1, bottom: 1 }, widthPx: 1, heightPx: 1, fovDeg: ORBIT_FOV_DEG, elevationDeg: OVERVIEW_ELEVATION_DEG } as FitInput,
    fit: { distanceKm: 1, targetDxPx: 0, targetDyPx: 0 } as OverviewFit,
    /** The free area until the panels are measured. */
    wholeView: { left: 0, top: 0, right: 1, bottom: 1 },
    cameraMotion: createCameraMotion(),
    /** The overview's distance follows the fit (resizes, panels) until the user zooms. */
    fitting: false,
    fittedDistanceKm: 1,
    distanceSettled: false,
    targetDxPx: 0,
    targetDyPx: 0,
    /** Whether the last frame left a glide unsettled, and this frame's step of the glides, s. */
    gliding: false,
    glideStepSec: 0,
    ready: false,
  });

  useEffect(() => {
    if (!window.__twScene) window.__twScene = { frames: 0, framesWithPlanets: 0, shownStages: runtime.shownStages };
    runtime.requestFrame = invalidate;
    const stopClock = runtime.clock.subscribe(() => invalidate());
    const stopView = runtime.viewStore.subscribe(() => invalidate());
    invalidate();
    return () => {
      stopClock();
      stopView();
    };
  }, [runtime, invalidate]);

  useFrame(({ camera, controls, size }, delta) => {
    const s = state.current;
    const { clock, bodies, originKm } = runtime;
    const view = runtime.viewStore.getState();
    const perspective = camera as PerspectiveCamera;
    s.glideStepSec = glideStepSec(delta, s.gliding);

    // The first frame after "play" starts from now, not from when the last frame was drawn.
    if (clock.playing) {
      if (s.wasPlaying) clock.tick(delta);
      s.wasPlaying = true;
      invalidate();
    } else s.wasPlaying = false;
    runtime.tdbSec = clock.currentTdbSec;
    runtime.exaggerated = view.bodiesExaggerated;

    const frameChanged = view.frame !== s.lastFrame;
    if (frameChanged) {
      bodies.setFrame(view.frame);
      runtime.frameVersion++;
      s.lastFrame = view.frame;
    }
    bodies.update(runtime.tdbSec);

    // Pan moves the controls' target; fold it into the origin so the target stays at 0 and float32 stays small.
    const target = (controls as unknown as OrbitControlsLike | null)?.target;
    if (target && target.lengthSq() > 0) {
      s.panKm[0]! += target.x * KM_PER_UNIT;
      s.panKm[1]! += target.y * KM_PER_UNIT;
      s.panKm[2]! += target.z * KM_PER_UNIT;
      perspective.position.x -= target.x;
      perspective.position.y -= target.y;
      perspective.position.z -= target.z;
      target.set(0, 0, 0);
    }

    const input = s.fitInput;
    input.reachKm = overviewReachKm(view.frame);
    const wholeView = s.wholeView;
    wholeView.right = size.width;
    wholeView.bottom = size.height;
    input.free = runtime.freeArea ?? wholeView;
    input.widthPx = size.width;
    input.heightPx = size.height;
    if (view.cameraMode === 'orbit') input.fovDeg = perspective.fov;
    const fit = fitOverview(input, s.fit);

    const focusId = view.focusId;
    const focusBody = focusId as BodyId | null;
    if (focusBody === null) s.targetKm.fill(0);
    else if (bodies.valid[focusBody]) s.targetKm.set(bodies.posKm[focusBody]);
    // (an invalid focus body, e.g. the probe before launch, holds the last target)

    if (!s.initialised || (frameChanged && focusId === null)) {
      if (runtime.requestedCameraPose) {
        positionFromPose(runtime.requestedCameraPose, perspective.position);
        runtime.requestedCameraPose = null;
        s.fitting = false;
      } else {
        const distance = focusDistanceKm(focusId, fit) / KM_PER_UNIT;
        const elevation = OVERVIEW_ELEVATION_DEG * DEG;
        perspective.position.set(0, distance * Math.sin(elevation), distance * Math.cos(elevation));
        s.fitting = focusId === null;
        s.fittedDistanceKm = perspective.position.length() * KM_PER_UNIT;
      }
      perspective.lookAt(0, 0, 0);
      s.panKm.fill(0);
      s.initialised = true;
      s.lastFocus = focusId;
    } else if (focusId !== s.lastFocus) {
      s.fromOriginKm.set(originKm);
      s.fromDistanceKm = perspective.position.length() * KM_PER_UNIT;
      s.toDistanceKm = focusDistanceKm(focusId, fit);
      s.transitionStartMs = performance.now();
      s.fitting = false;
      s.panKm.fill(0);
      s.lastFocus = focusId;
    }
    if (frameChanged) s.transitionStartMs = -1;

    if (s.transitionStartMs >= 0) {
      const fraction = (performance.now() - s.transitionStartMs) / (FOCUS_TRANSITION_SEC * 1000);
      const eased = easeTransition(fraction);
      for (let c = 0; c < 3; c++) originKm[c] = s.fromOriginKm[c]! + (s.targetKm[c]! - s.fromOriginKm[c]!) * eased;
      perspective.position.setLength(lerpDistanceLog(s.fromDistanceKm, s.toDistanceKm, eased) / KM_PER_UNIT);
      if (fraction >= 1) {
        s.transitionStartMs = -1;
        s.fitting = focusId === null;
        s.fittedDistanceKm = perspective.position.length() * KM_PER_UNIT;
      }
      invalidate();
    } else {
      for (let c = 0; c < 3; c++) originKm[c] = s.targetKm[c]! + s.panKm[c]!;
      if (s.fitting && view.cameraMode === 'orbit') followFit(perspective, fit.distanceKm, s.ready ? s.glideStepSec : Infinity);
    }
    if (view.cameraMode === 'orbit') poseFromPosition(perspective.position, runtime.cameraPose);
  }, -2);

  /** Glides the overview's distance to the fit (jumps, for an infinite step), unless the user has zoomed since it was last set. */
  function followFit(perspective: PerspectiveCamera, fitKm: number, stepSec: number): void {
    const s = state.current;
    const currentKm = perspective.position.length() * KM_PER_UNIT;
    if (!(Math.abs(currentKm / s.fittedDistanceKm - 1) < USER_ZOOM)) {
      s.fitting = false;
      return;
    }
    const logRatio = Math.log(currentKm / fitKm);
    s.distanceSettled = Math.abs(logRatio) < DISTANCE_SNAP;
    if (s.distanceSettled) return;
    const nextLogRatio = Number.isFinite(stepSec) ? glideToward(logRatio, 0, stepSec, DISTANCE_SNAP) : 0;
    perspective.position.setLength((fitKm * Math.exp(nextLogRatio)) / KM_PER_UNIT);
    s.fittedDistanceKm = perspective.position.length() * KM_PER_UNIT;
    invalidate();
  }

  // After the controls have moved the camera (priority -1): depth range, overview framing and pixel scale.
  useFrame(({ camera, controls, size }) => {
    const perspective = camera as PerspectiveCamera;
    const s = state.current;
    const view = runtime.viewStore.getState();
    // The controls' damping still turning the camera, or a pan still to fold into the origin next frame. An export
    // draws its own frames (a clip turns the camera in each): none are asked for meanwhile.
    const moved = cameraMoved(perspective, s.cameraMotion);
    const panPending = ((controls as unknown as OrbitControlsLike | null)?.target.lengthSq() ?? 0) > 0;
    if ((moved || panPending) && !runtime.exportSized) invalidate();
    const framed = view.cameraMode === 'orbit' && view.focusId === null;
    const dx = framed ? s.fit.targetDxPx : 0, dy = framed ? s.fit.targetDyPx : 0;
    // While loading, the panels appear with the framing that makes room for them; the probe's-eye view is never
    // drawn off-centre, not even while gliding.
    const snap = !s.ready || view.cameraMode !== 'orbit';
    s.targetDxPx = snap ? dx : glideToward(s.targetDxPx, dx, s.glideStepSec, OFFSET_SNAP_PX);
    s.targetDyPx = snap ? dy : glideToward(s.targetDyPx, dy, s.glideStepSec, OFFSET_SNAP_PX);
    if (!runtime.exportSized) applyTargetOffset(perspective, size.width, size.height, s.targetDxPx, s.targetDyPx);
    const settled = s.targetDxPx === dx && s.targetDyPx === dy && (!s.fitting || s.distanceSettled);
    runtime.journeyFramed = framed && s.fitting && s.panKm[0] === 0 && s.panKm[1] === 0 && s.panKm[2] === 0;
    s.gliding = !settled;
    if (!settled) invalidate();

    const distance = Math.max(perspective.position.length(), 1e-12);
    runtime.cameraDistanceKm = distance * KM_PER_UNIT;
    const near = distance * 2e-3;
    const far = Math.max(distance * 2e4, 2e4);
    if (perspective.near !== near || perspective.far !== far) {
      perspective.near = near;
      perspective.far = far;
      perspective.updateProjectionMatrix();
    }
    runtime.kmPerPixelPerKm = (2 * Math.tan((perspective.fov * DEG) / 2)) / Math.max(1, size.height);
    if (window.__twScene) {
      window.__twScene.frames++;
      if (runtime.bodies.hasTrack('earth')) window.__twScene.framesWithPlanets++;
    }
    if (!s.ready && settled && sceneReady(runtime) && runtime.wrapper) {
      runtime.wrapper.setAttribute('data-scene-ready', 'true');
      s.ready = true;
    }
  }, -0.5);

  return null;
}
