/**
 * Mutable per-frame state shared by the scene's components: created once per canvas, written by the driver in
 * useFrame, read by everything else in their own useFrame. Never React state.
 */
import { createContext, useContext } from 'react';
import type { Object3D, Vector3 } from 'three';
import type { Clock } from '../state/clock.ts';
import type { CameraPose } from '../state/link-state.ts';
import type { ViewStore } from '../state/view-store.ts';
import { BODIES, type BodyId } from '../core/bodies.ts';
import { BodyPositions } from './body-positions.ts';
import type { ScreenRect } from './free-area.ts';
import { createLabelObstacles, type LabelObstacles } from './label-declutter.ts';
import { KM_PER_UNIT } from './scene-units.ts';

export interface SceneRuntime {
  clock: Clock;
  /** The orbit camera's pose about the focus, rewritten every frame (deep links read it). */
  cameraPose: CameraPose;
  /** A pose to take on the first frame (from a deep link), then cleared. */
  requestedCameraPose: CameraPose | null;
  viewStore: ViewStore;
  bodies: BodyPositions;
  /** Display-frame km of the point drawn at the scene origin (focus body + pan). */
  originKm: Float64Array;
  tdbSec: number;
  /** Camera distance from the scene origin, km. */
  cameraDistanceKm: number;
  /** km per pixel at 1 km from the camera. */
  kmPerPixelPerKm: number;
  exaggerated: boolean;
  /** Increments when the display frame changes, so lines rebuild. */
  frameVersion: number;
  /** Elements the driver counts frames in and flags readiness on. */
  wrapper: HTMLDivElement | null;
  missionDrawn: boolean;
  /** Stages drawn (CompiledStage): hidden until their shaders are compiled. */
  shownStages: Set<SceneStage>;
  /** Drawn radius on screen, pixels, and whether the body is drawn this frame (labels read these). */
  drawnRadiusPx: Record<BodyId, number>;
  drawn: Record<BodyId, boolean>;
  /** Label elements by body id and their measured sizes (measured on language change, not per frame). */
  labelElements: Partial<Record<BodyId, HTMLElement>>;
  labelSizes: Partial<Record<BodyId, [number, number]>>;
  /** HUD boxes over the scene, in its pixels: labels keep clear of them. */
  labelObstacles: LabelObstacles;
  /** The largest part of the view the panels leave free, in its pixels; null until measured (the whole view). */
  freeArea: ScreenRect | null;
  /** Asks for a frame from outside the Canvas (frames are drawn on demand). */
  requestFrame: () => void;
  /** A clip export has sized the camera's projection: frames drawn for it keep it. */
  exportSized: boolean;
  /** The overview shows the journey as fitted (not zoomed or panned since): image exports fit it to their shape. */
  journeyFramed: boolean;
  /** True while the probe's arm camera is the view: the probe is metres away, drawn at true size. */
  probeEye: boolean;
  /** Roll of the probe about its sunward axis, radians (the probe's-eye views turn it towards their subject). */
  probeRollRad: number;
  /** Smallest drawn radius, pixels, for every body when set (the probe's-eye views: near true size, points stay visible). */
  minPixelsOverride: number | null;
}

export function createSceneRuntime(
  clock: Clock, viewStore: ViewStore, cameraPose: CameraPose, requestedCameraPose: CameraPose | null,
): SceneRuntime {
  return {
    clock, cameraPose, requestedCameraPose, viewStore, bodies: new BodyPositions(), originKm: new Float64Array(3), tdbSec: clock.currentTdbSec,
    cameraDistanceKm: 1e9, kmPerPixelPerKm: 1e-3, exaggerated: true, frameVersion: 0, wrapper: null, missionDrawn: false,
    shownStages: new Set(),
    drawnRadiusPx: Object.fromEntries(BODIES.map((l) => [l.id, 0])) as Record<BodyId, number>,
    drawn: Object.fromEntries(BODIES.map((l) => [l.id, false])) as Record<BodyId, boolean>,
    labelElements: {}, labelSizes: {}, labelObstacles: createLabelObstacles(), freeArea: null, requestFrame: () => {}, exportSized: false, journeyFramed: false, probeEye: false, probeRollRad: 0, minPixelsOverride: null,
  };
}

/** The parts of the scene loaded after the opening view, each compiled before it shows (CompiledStage). */
export const SCENE_STAGES = ['path', 'orbits', 'small-bodies', 'probe', 'trails'] as const;
export type SceneStage = (typeof SCENE_STAGES)[number];

/** The probe's path and every stage are drawn: what tests and benchmarks wait for. */
export function sceneReady(runtime: SceneRuntime): boolean {
  return runtime.missionDrawn && SCENE_STAGES.every((stage) => runtime.shownStages.has(stage));
}

export const SceneRuntimeContext = createContext<SceneRuntime | null>(null);

export function useSceneRuntime(): SceneRuntime {
  const runtime = useContext(SceneRuntimeContext);
  if (!runtime) throw new Error('useSceneRuntime: outside SceneCanvas');
  return runtime;
}

/** object.position = (posKm - origin) in scene units; float64 subtraction first, so float32 sees small numbers. */
export function placeRelative(object: Object3D, posKm: ArrayLike<number>, originKm: ArrayLike<number>): void {
  setRelative(object.position, posKm, originKm);
}

export function setRelative(out: Vector3, posKm: ArrayLike<number>, originKm: ArrayLike<number>): void {
  out.set(
    ((posKm[0] as number) - (originKm[0] as number)) / KM_PER_UNIT,
    ((posKm[1] as number) - (originKm[1] as number)) / KM_PER_UNIT,
    ((posKm[2] as number) - (originKm[2] as number)) / KM_PER_UNIT,
  );
}
