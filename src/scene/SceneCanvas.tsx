/**
 * The 3D view of the journey: Sun, planets, Kamoʻoalewa, 311P, the probe and its path, drawn on demand (only
 * while the clock plays, the camera moves or a setting changes) with a floating origin at the focused body.
 */
import { Children, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFrame, useThree, type GLProps } from '@react-three/fiber';
import { WebGLRenderer, type PerspectiveCamera } from 'three';
import type { BodyId } from '../core/bodies.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import type { CameraRig } from '../state/camera/camera-rig.ts';
import { ORBIT_FOV_DEG } from '../state/camera/camera-targets.ts';
import type { Clock } from '../state/clock.ts';
import type { ViewStore } from '../state/view-store.ts';
import { attachCameraInput } from './camera-input.ts';
import { AdaptiveResolution } from './adaptive-resolution.ts';
import { CompiledStage } from './CompiledStage.tsx';
import { watchContextLoss } from './context-loss.ts';
import { debugHooks } from './debug-hooks.ts';
import { EarthGlint } from './EarthGlint.tsx';
import { FramePipeline, FramePipelineContext } from './frame-pipeline.ts';
import { LabelLayer, writeLabels, type ImportedLabel } from './Labels.tsx';
import { OrbitLines } from './OrbitLines.tsx';
import { ImportedTracks } from './ImportedTracks.tsx';
import type { ImportedBodyId } from '../core/imported-track.ts';
import { ProbeModel } from './ProbeModel.tsx';
import { ProbePath } from './ProbePath.tsx';
import { RenderPort } from './render-port.ts';
import { MAX_DPR, MIN_DPR, sceneDevicePixelRatio, SCENE_RENDERER_OPTIONS, takeSceneCanvas } from './scene-canvas-element.ts';
import type { FrameDriven } from '../state/story/story-driver.ts';
import type { ScenePort } from './scene-port.ts';
import { SceneRoot, type SceneRootConfig } from './SceneRoot.tsx';
import { createSceneRuntime, sceneReady, SceneRuntimeContext, useSceneRuntime, type SceneRuntime } from './scene-runtime.ts';
import { SmallBodies } from './SmallBodies.tsx';
import { SceneLights, SolarSystemBodies } from './SolarSystemBodies.tsx';
import { Starfield } from './Starfield.tsx';
import { Trails } from './Trails.tsx';
import { DescentPath } from './DescentPath.tsx';
import './scene.css';

export interface SceneCanvasProps {
  clock: Clock;
  viewStore: ViewStore;
  /** The only writer of the camera; the scene feeds it input and draws what it says. */
  rig: CameraRig;
  /** Every body's state: the planets' first, then with the mission's tracks (a new object when data changes). */
  ephemeris: Ephemeris;
  /** Events, phases and burns: arrive when propagation is done (with the probe's and small bodies' tracks). */
  mission: PropagationResult | null;
  /** The mission will not come (propagation failed): the scene's other parts stop waiting for the path. */
  missionFailed?: boolean;
  /** Receives the render port once the renderer exists (exports draw through it). */
  onPort?: (port: ScenePort | null) => void;
  /** Called once, in the frame after the scene's first (its drawing then submitted). */
  onFirstFrameDrawn?: () => void;
  /** Called once, as the first frame with the planets is drawn. */
  onOpeningDrawn?: () => void;
  /** The story (staged shots, the tour): advanced each frame before the clock ticks. */
  story?: FrameDriven;
  /** The WebGL context was lost (true) or restored and drawn again (false): the page says what is happening. */
  onContextLostChange?: (lost: boolean) => void;
  /** Names and colours of the user's imported tracks (the ephemeris holds their states). */
  imported?: readonly ImportedLabel[];
}

const NO_IMPORTED: readonly ImportedLabel[] = [];

type RendererDefaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0];

/**
 * The drawing buffer is sized as R3F then sizes it, before three.js asks for the context. Resizing a live WebGL
 * canvas from its default 300×150 reallocated the buffer while the page waited (profiled: ~40–55 ms before the first
 * frame); writing the size the prepared canvas already has costs nothing. Three.js gets the prepared context when
 * there is one, since a canvas returns the context it already has.
 */
function createRenderer({ canvas }: RendererDefaults): WebGLRenderer {
  if (canvas instanceof HTMLCanvasElement) {
    // Sized from its wrapper: the canvas itself still has the layout of its attribute size.
    const { width, height } = (canvas.parentElement ?? canvas).getBoundingClientRect();
    const dpr = sceneDevicePixelRatio();
    canvas.width = Math.floor(width * dpr);
    canvas.height = Math.floor(height * dpr);
  }
  return new WebGLRenderer({ canvas, ...SCENE_RENDERER_OPTIONS });
}

const ROOT_CONFIG: SceneRootConfig = {
  frameloop: 'demand',
  dpr: [MIN_DPR, MAX_DPR],
  flat: true,
  gl: createRenderer,
  camera: { fov: ORBIT_FOV_DEG, near: 0.1, far: 1e6, position: [0, 500, 500] },
  onCreated: ({ gl }) => gl.setClearColor('#02030a'),
};

/**
 * Mounts its children one per animation frame, so that building their geometry (and queueing their shaders)
 * is spread over frames rather than done in one task.
 */
function MountInStages({ children }: { children: ReactNode }) {
  const stages = Children.toArray(children);
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= stages.length) return;
    const frame = requestAnimationFrame(() => setCount((n) => n + 1));
    return () => cancelAnimationFrame(frame);
  }, [count, stages.length]);
  return <>{stages.slice(0, count)}</>;
}

/** A tab that was hidden reports its whole absence as one frame's delta: time resumes instead of jumping. */
function useVisibilityGap(): { current: boolean } {
  const hidden = useRef(false);
  useEffect(() => {
    const onChange = () => {
      if (document.visibilityState === 'hidden') hidden.current = true;
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return hidden;
}

interface LiveLoopProps {
  clock: Clock;
  viewStore: ViewStore;
  rig: CameraRig;
  ephemeris: Ephemeris;
  pipeline: FramePipeline;
  onPort?: ((port: ScenePort | null) => void) | undefined;
  onFirstFrameDrawn?: (() => void) | undefined;
  onOpeningDrawn?: (() => void) | undefined;
  story?: FrameDriven | undefined;
  onContextLostChange?: ((lost: boolean) => void) | undefined;
}

/**
 * The live loop, one callback per screen frame and the only one: time (the clock ticks by the real interval),
 * camera (the rig updates from input, view settings and the free area), then the render port draws the frame and
 * the names are written. Frames are drawn on demand: while the clock plays or the camera moves.
 */
function LiveLoop({
  clock, viewStore, rig, ephemeris, pipeline, onPort, onFirstFrameDrawn, onOpeningDrawn, onContextLostChange, story,
}: LiveLoopProps) {
  const runtime = useSceneRuntime();
  const { gl, scene, camera, invalidate } = useThree();
  const ephemerisRef = useRef(ephemeris);
  ephemerisRef.current = ephemeris;
  const hiddenGap = useVisibilityGap();
  const port = useMemo(() => new RenderPort({
    gl, scene, pipeline, runtime, viewStore, rateSPerS: () => clock.multiplier, ephemeris: () => ephemerisRef.current,
  }, camera as PerspectiveCamera), [gl, scene, camera, pipeline, runtime, viewStore, clock]);
  const loop = useRef({ wasPlaying: false, ready: false, firstFrame: false, opening: false });
  const [adaptive] = useState(() => new AdaptiveResolution());

  useEffect(() => {
    onPort?.(port);
    return () => onPort?.(null);
  }, [port, onPort]);

  useEffect(() => {
    runtime.requestFrame = invalidate;
    const stopClock = clock.subscribe(() => invalidate());
    const stopView = viewStore.subscribe(() => invalidate());
    const stopStory = story?.subscribe(() => invalidate());
    const stopInput = attachCameraInput(gl.domElement.parentElement ?? gl.domElement, rig, invalidate, () => !port.held);
    invalidate();
    return () => {
      stopClock();
      stopView();
      stopStory?.();
      stopInput();
    };
  }, [runtime, clock, viewStore, rig, gl, port, invalidate, story]);

  const onContextLostRef = useRef(onContextLostChange);
  onContextLostRef.current = onContextLostChange;
  useEffect(() => watchContextLoss(gl.domElement, {
    onChange: (lost) => {
      // While lost the canvas shows nothing (Chromium paints it white) and the names would float over it: both hide.
      runtime.wrapper?.toggleAttribute('data-context-lost', lost);
      const debug = debugHooks();
      if (debug && !lost) debug.contextRestores++;
      onContextLostRef.current?.(lost);
    },
    requestFrame: invalidate,
  }), [gl, runtime, invalidate]);

  useFrame(({ size, viewport, setDpr }, delta) => {
    const s = loop.current;
    // time: the first frame after "play" starts from now; a hidden tab resumes where it was.
    const realDt = hiddenGap.current ? 0 : delta;
    hiddenGap.current = false;
    const storyMoving = story?.update(realDt) ?? false;
    if (clock.playing) {
      if (s.wasPlaying) clock.tick(realDt);
      s.wasPlaying = true;
    } else s.wasPlaying = false;
    const tdbSec = clock.currentTdbSec;
    // camera
    const view = viewStore.getState();
    rig.update(tdbSec, realDt, { focusId: view.focusId as BodyId | null, frame: view.frame, cameraMode: view.cameraMode }, {
      widthPx: size.width, heightPx: size.height, free: runtime.freeArea, instant: !s.ready,
    });
    if (clock.playing || storyMoving) invalidate();
    // An export holds the drawing buffer: the clock and the camera go on, the screen's picture waits.
    if (port.held) return;
    const dpr = sceneDevicePixelRatio() * adaptive.frame(delta, clock.playing || storyMoving || rig.isMoving);
    if (Math.abs(viewport.dpr - dpr) > 1e-6) setDpr(dpr);
    port.drawScreen(tdbSec, rig.state, size.width, size.height);
    writeLabels(runtime, port.screenLabels);
    if (rig.isMoving) invalidate();
    const debug = debugHooks();
    if (debug) {
      debug.frames++;
      debug.resolutionScale = dpr / sceneDevicePixelRatio();
      if (ephemeris.has('earth')) debug.framesWithPlanets++;
      debug.shownStages = runtime.shownStages;
      debug.view = { tdbSec, rateSPerS: clock.multiplier, playing: clock.playing, camera: { pose: rig.pose(), origin: [...rig.state.originKm], position: [...rig.state.positionKm] } };
    }
    if (!s.firstFrame) {
      s.firstFrame = true;
      if (onFirstFrameDrawn) requestAnimationFrame(onFirstFrameDrawn);
    }
    if (!s.opening && ephemeris.has('earth')) {
      s.opening = true;
      onOpeningDrawn?.();
    }
    if (!s.ready && !rig.isMoving && sceneReady(runtime) && runtime.wrapper) {
      runtime.wrapper.setAttribute('data-scene-ready', 'true');
      s.ready = true;
    }
  }, 1);
  return null;
}

function useRuntime(clock: Clock, viewStore: ViewStore): SceneRuntime {
  const [runtime] = useState(() => createSceneRuntime(clock, viewStore));
  return runtime;
}

export function SceneCanvas({
  clock, viewStore, rig, ephemeris, mission, missionFailed = false, onPort, onFirstFrameDrawn, onOpeningDrawn, onContextLostChange, story,
  imported = NO_IMPORTED,
}: SceneCanvasProps) {
  const [canvas] = useState(takeSceneCanvas);
  const runtime = useRuntime(clock, viewStore);
  const [pipeline] = useState(() => new FramePipeline());
  useEffect(() => rig.setEphemeris(ephemeris), [rig, ephemeris]);
  useEffect(() => rig.setPhases(mission?.phases ?? []), [rig, mission]);
  const importedColors = useMemo(() => new Map<ImportedBodyId, string>(imported.map((t) => [t.id, t.color])), [imported]);
  const capsuleStart = ephemeris.coverage('capsule')?.startTdbSec ?? null;
  // The stages load after the opening view: their shader work would otherwise hold back the planets' first frame.
  // The path comes first, the rest once it is shown: their geometry and shaders, loaded while the worker propagates,
  // put the path later and the load's longest task longer (eight alternated first visits: path drawn 3.74 → 3.44 s,
  // longest task 0.55 → 0.43 s; every stage shown no later, 4.61 → 4.44 s).
  const [openingDrawn, setOpeningDrawn] = useState(false);
  const [pathShown, setPathShown] = useState(false);
  const handlePathShown = useCallback(() => setPathShown(true), []);
  const handleOpeningDrawn = useCallback(() => {
    setOpeningDrawn(true);
    onOpeningDrawn?.();
  }, [onOpeningDrawn]);

  return (
    <div
      className="scene-canvas"
      ref={(element) => {
        runtime.wrapper = element;
        if (element && sceneReady(runtime)) element.setAttribute('data-scene-ready', 'true');
      }}
    >
      <SceneRoot canvas={canvas} config={ROOT_CONFIG}>
        <SceneRuntimeContext.Provider value={runtime}>
          <FramePipelineContext.Provider value={pipeline}>
            <LiveLoop
              clock={clock} viewStore={viewStore} rig={rig} ephemeris={ephemeris} pipeline={pipeline}
              onPort={onPort} onFirstFrameDrawn={onFirstFrameDrawn} onOpeningDrawn={handleOpeningDrawn}
              onContextLostChange={onContextLostChange} story={story}
            />
            <SceneLights />
            {/* Compiled as the first frame is drawn: the sky and the planets appear at once. */}
            <Starfield />
            <SolarSystemBodies />
            <EarthGlint />
            {openingDrawn && <ImportedTracks ephemeris={ephemeris} colors={importedColors} />}
            {openingDrawn && (
              <>
                {mission && <CompiledStage name="path" onShown={handlePathShown}><ProbePath mission={mission} ephemeris={ephemeris} /></CompiledStage>}
                {(pathShown || missionFailed) && (
                  <MountInStages>
                    <CompiledStage name="orbits"><OrbitLines ephemeris={ephemeris} /></CompiledStage>
                    <CompiledStage name="small-bodies"><SmallBodies /></CompiledStage>
                    <CompiledStage name="probe"><ProbeModel capsuleSeparationTdbSec={capsuleStart} /></CompiledStage>
                    {/* The descent line is the close-ups' trail, in the same stage (and the same line program). */}
                    <CompiledStage name="trails"><Trails ephemeris={ephemeris} phases={mission?.phases ?? []} importedColors={importedColors} /><DescentPath ephemeris={ephemeris} /></CompiledStage>
                  </MountInStages>
                )}
              </>
            )}
          </FramePipelineContext.Provider>
        </SceneRuntimeContext.Provider>
      </SceneRoot>
      <LabelLayer runtime={runtime} viewStore={viewStore} imported={imported} />
    </div>
  );
}
