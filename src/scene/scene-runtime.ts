/**
 * What the scene's parts share for the canvas's lifetime (never per frame: that is the frame context's): the view
 * settings, the name elements and their sizes, what covers the scene, which stages are shown, and how to ask for a
 * frame. Created once per canvas.
 */
import { createContext, useContext } from 'react';
import type { Object3D, Vector3 } from 'three';
import type { AnyBodyId } from '../core/body-registry.ts';
import type { ScreenRect } from '../state/camera/screen-rect.ts';
import type { Clock } from '../state/clock.ts';
import type { ViewStore } from '../state/view-store.ts';
import { createLabelObstacles, type LabelObstacles } from './label-declutter.ts';
import { KM_PER_UNIT } from './scene-units.ts';

export interface SceneRuntime {
  /** Read-only here, for the few parts that act on a click (a path marker seeks it). */
  clock: Clock;
  viewStore: ViewStore;
  /** Elements the scene flags readiness on. */
  wrapper: HTMLDivElement | null;
  missionDrawn: boolean;
  /** Stages drawn (CompiledStage): hidden until their shaders are compiled. */
  shownStages: Set<SceneStage>;
  /**
   * Name elements by body id (imported tracks' too) and their measured sizes, CSS px (measured on language change
   * and when the imported tracks change, not per frame).
   */
  labelElements: Partial<Record<AnyBodyId, HTMLElement>>;
  labelSizes: Partial<Record<AnyBodyId, [number, number]>>;
  /** HUD boxes over the scene, in its pixels: names keep clear of them. */
  labelObstacles: LabelObstacles;
  /** The largest part of the view the panels leave free, in its pixels; null until measured (the whole view). */
  freeArea: ScreenRect | null;
  /** Asks for a screen frame (frames are drawn on demand). */
  requestFrame: () => void;
}

export function createSceneRuntime(clock: Clock, viewStore: ViewStore): SceneRuntime {
  return {
    clock, viewStore, wrapper: null, missionDrawn: false, shownStages: new Set(),
    labelElements: {}, labelSizes: {}, labelObstacles: createLabelObstacles(), freeArea: null, requestFrame: () => {},
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
