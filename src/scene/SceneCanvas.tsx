/**
 * The 3D view of the journey: Sun, planets, Kamoʻoalewa, 311P, the probe and its path, drawn on demand (only
 * while the clock plays, the camera moves or a setting changes) with a floating origin at the focused body.
 */
import { Children, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFrame, type GLProps } from '@react-three/fiber';
import { WebGLRenderer } from 'three';
import { OrbitControls } from '@react-three/drei';
import { ExportBridge } from '../export/ExportBridge.tsx';
import type { Clock } from '../state/clock.ts';
import type { CameraPose } from '../state/link-state.ts';
import type { ViewStore } from '../state/view-store.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import { CompiledStage } from './CompiledStage.tsx';
import { LabelLayer, LabelPlacer } from './Labels.tsx';
import { ORBIT_FOV_DEG } from './camera-targets.ts';
import { OrbitLines } from './OrbitLines.tsx';
import { ProbeEyeCamera } from './ProbeEyeCamera.tsx';
import { ProbeModel } from './ProbeModel.tsx';
import { ProbePath } from './ProbePath.tsx';
import { MAX_DPR, MIN_DPR, sceneDevicePixelRatio, SCENE_RENDERER_OPTIONS, takeSceneCanvas } from './scene-canvas-element.ts';
import { SceneRoot, type SceneRootConfig } from './SceneRoot.tsx';
import { createSceneRuntime, sceneReady, SceneRuntimeContext, useSceneRuntime } from './scene-runtime.ts';
import { SceneDriver } from './SceneDriver.tsx';
import { SmallBodies } from './SmallBodies.tsx';
import { SceneLights, SolarSystemBodies } from './SolarSystemBodies.tsx';
import { Starfield } from './Starfield.tsx';
import { Trails } from './Trails.tsx';
import './scene.css';

export interface SceneCanvasProps {
  clock: Clock;
  viewStore: ViewStore;
  /** Every body's state: the planets' first, then with the mission's tracks (a new object when data changes). */
  ephemeris: Ephemeris;
  /** Events, phases and burns: arrive when propagation is done (with the probe's and small bodies' tracks). */
  mission: PropagationResult | null;
  /** The mission will not come (propagation failed): the scene's other parts stop waiting for the path. */
  missionFailed?: boolean;
  /** Written every frame with the orbit camera's pose (for deep links). */
  liveCameraPose: CameraPose;
  /** Taken on the first frame, e.g. from a deep link. */
  initialCameraPose?: CameraPose | undefined;
  /** Called once, in the frame after the scene's first (its drawing then submitted). */
  onFirstFrameDrawn?: () => void;
  /** Called once, as the first frame with the planets is drawn. */
  onOpeningDrawn?: () => void;
}

/** Zoom limits, scene units (1 unit = 10⁶ km): 10 m to ~130 au. */
const MIN_DISTANCE_UNITS = 1e-8;
const MAX_DISTANCE_UNITS = 2e4;

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

/** Calls back once, in the frame after the scene's first: work started then does not hold that frame back. */
function FirstFrameSignal({ onDrawn }: { onDrawn: () => void }) {
  const signalled = useRef(false);
  useFrame(() => {
    if (signalled.current) return;
    signalled.current = true;
    requestAnimationFrame(onDrawn);
  });
  return null;
}

/** Calls back once, in the first frame that places the planets: the opening view. */
function OpeningSignal({ onDrawn }: { onDrawn: () => void }) {
  const runtime = useSceneRuntime();
  const signalled = useRef(false);
  useFrame(() => {
    if (signalled.current || !runtime.bodies.hasTrack('earth')) return;
    signalled.current = true;
    onDrawn();
  });
  return null;
}

export function SceneCanvas({
  clock, viewStore, ephemeris, mission, missionFailed = false, liveCameraPose, initialCameraPose, onFirstFrameDrawn, onOpeningDrawn,
}: SceneCanvasProps) {
  const [canvas] = useState(takeSceneCanvas);
  const [runtime] = useState(() => createSceneRuntime(clock, viewStore, liveCameraPose, initialCameraPose ?? null));
  useMemo(() => runtime.bodies.setEphemeris(ephemeris), [runtime, ephemeris]);
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
          <SceneDriver />
          {onFirstFrameDrawn && <FirstFrameSignal onDrawn={onFirstFrameDrawn} />}
          {!openingDrawn && <OpeningSignal onDrawn={handleOpeningDrawn} />}
          <ProbeEyeCamera phases={mission?.phases ?? []} />
          <ExportBridge />
          <SceneLights />
          {/* Compiled as the first frame is drawn: the sky and the planets appear at once. */}
          <Starfield />
          <SolarSystemBodies />
          {openingDrawn && (
            <>
              {mission && <CompiledStage name="path" onShown={handlePathShown}><ProbePath mission={mission} ephemeris={ephemeris} /></CompiledStage>}
              {(pathShown || missionFailed) && (
                <MountInStages>
                  <CompiledStage name="orbits"><OrbitLines ephemeris={ephemeris} /></CompiledStage>
                  <CompiledStage name="small-bodies"><SmallBodies /></CompiledStage>
                  <CompiledStage name="probe"><ProbeModel capsuleSeparationTdbSec={capsuleStart} /></CompiledStage>
                  <CompiledStage name="trails"><Trails ephemeris={ephemeris} phases={mission?.phases ?? []} /></CompiledStage>
                </MountInStages>
              )}
            </>
          )}
          <OrbitControls
            makeDefault
            enableDamping
            dampingFactor={0.12}
            rotateSpeed={0.6}
            zoomSpeed={1.1}
            minDistance={MIN_DISTANCE_UNITS}
            maxDistance={MAX_DISTANCE_UNITS}
          />
          <LabelPlacer />
        </SceneRuntimeContext.Provider>
      </SceneRoot>
      <LabelLayer runtime={runtime} viewStore={viewStore} />
    </div>
  );
}
