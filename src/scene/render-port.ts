/**
 * The render port (scene-port.ts) over the live renderer: every frame, on screen or exported, goes through
 * `drawFrame`, which runs the frame's phases in order — positions (the ephemeris at the frame's time, in the
 * camera's frame), camera (the CameraState on a three.js camera), bodies and objects (the components' phase work),
 * labels (placement as data) — and draws. An export has its own frame context and its own three.js camera, so the
 * screen's next frame starts from exactly what it would have without it.
 */
import { PerspectiveCamera, type Scene, type WebGLRenderer } from 'three';
import { bodyName, isBodyId } from '../core/bodies.ts';
import { DEG } from '../core/constants.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { Language } from '../core/language.ts';
import type { CameraState } from '../state/camera/camera-state.ts';
import { copyCameraState, createCameraState } from '../state/camera/camera-state.ts';
import type { ViewStore } from '../state/view-store.ts';
import { applyCamera } from './apply-camera.ts';
import { BodyPositions } from './body-positions.ts';
import { createFrameContext, type FrameContext } from './frame-context.ts';
import type { FramePipeline } from './frame-pipeline.ts';
import type { LabelObstacles } from './label-declutter.ts';
import { createLabelLayout, LABEL_ORDER, labelsToDraw, placeLabels, type LabelLayout } from './label-placement.ts';
import type { SceneRuntime } from './scene-runtime.ts';
import { CHROMIUM_MAX_DRAWING_BUFFER_PIXELS, type PlacedLabel, type RenderLimits, type RenderSize, type ScenePort, type ScreenSnapshot } from './scene-port.ts';
import { sizeTarget, type SizedTarget } from './render-target.ts';

/** On the arm camera, and with true sizes on, a body smaller than a pixel is still drawn this large, as a point of light is on a sensor. */
const POINT_SOURCE_MIN_PIXELS = 1.5;

export interface FrameInputs {
  tdbSec: number;
  camera: CameraState;
  widthPx: number;
  heightPx: number;
  pixelScale: number;
}

export interface LivePortOptions {
  gl: WebGLRenderer;
  scene: Scene;
  pipeline: FramePipeline;
  runtime: SceneRuntime;
  viewStore: ViewStore;
  /** The clock's rate (a spinning rock only turns at slow rates) — read, never changed. */
  rateSPerS: () => number;
  ephemeris: () => Ephemeris;
}

export class RenderPort implements ScenePort {
  readonly screenFrame: FrameContext;
  private readonly exportFrame: FrameContext = createFrameContext(new BodyPositions(), new PerspectiveCamera());
  readonly screenLabels: LabelLayout = createLabelLayout();
  private readonly exportLabels: LabelLayout = createLabelLayout();
  private target: SizedTarget | null = null;
  /** What the screen last drew, for exports to start from. */
  private screenTdbSec = 0;
  private readonly screenCamera: CameraState;
  private screenSize = { widthPx: 1, heightPx: 1 };

  constructor(private readonly o: LivePortOptions, screenCamera: PerspectiveCamera) {
    this.screenFrame = createFrameContext(new BodyPositions(), screenCamera);
    this.screenCamera = createCameraState();
  }

  get canvas(): HTMLCanvasElement {
    return this.o.gl.domElement;
  }

  /** An export holds the drawing buffer: the screen's frames wait. */
  get held(): boolean {
    return this.target !== null;
  }

  isContextLost(): boolean {
    return this.o.gl.getContext().isContextLost();
  }

  limits(): RenderLimits {
    const context = this.o.gl.getContext();
    const viewport = context.getParameter(context.MAX_VIEWPORT_DIMS) as Int32Array;
    const renderbuffer = context.getParameter(context.MAX_RENDERBUFFER_SIZE) as number;
    const texture = context.getParameter(context.MAX_TEXTURE_SIZE) as number;
    return {
      maxPixels: CHROMIUM_MAX_DRAWING_BUFFER_PIXELS,
      maxViewportWidth: viewport[0] ?? 4096,
      maxViewportHeight: viewport[1] ?? 4096,
      maxRenderbufferSize: Math.min(renderbuffer, texture),
    };
  }

  screen(): ScreenSnapshot {
    return {
      tdbSec: this.screenTdbSec,
      camera: copyCameraState(this.screenCamera),
      widthPx: this.screenSize.widthPx,
      heightPx: this.screenSize.heightPx,
      free: this.o.runtime.freeArea ? { ...this.o.runtime.freeArea } : null,
      labelsVisible: this.o.viewStore.getState().labelsVisible,
    };
  }

  /** The live loop's frame: the screen's size, the HUD as obstacles; the names placed go to screenLabels. */
  drawScreen(tdbSec: number, camera: CameraState, widthPx: number, heightPx: number): void {
    this.screenTdbSec = tdbSec;
    copyCameraState(camera, this.screenCamera);
    this.screenSize = { widthPx, heightPx };
    this.screenFrame.bodies.setEphemeris(this.o.ephemeris());
    this.drawFrame(this.screenFrame, { tdbSec, camera, widthPx, heightPx, pixelScale: 1 }, this.o.runtime.labelObstacles, this.screenLabels);
  }

  renderAt(tdbSec: number, camera: CameraState, size: RenderSize, labelLanguage: Language): PlacedLabel[] {
    const { widthPx, heightPx, pixelScale } = size;
    const transparent = size.transparent === true;
    const t = this.target;
    if (!t || t.width !== widthPx || t.height !== heightPx || t.pixelScale !== pixelScale || t.transparent !== transparent) {
      t?.restore();
      this.target = null;
      try {
        this.target = sizeTarget(this.o.gl, this.o.scene, widthPx, heightPx, pixelScale, transparent);
      } catch (error) {
        this.release();
        throw new RangeError(error instanceof Error ? error.message : String(error));
      }
    }
    const frame = this.exportFrame;
    frame.bodies.setEphemeris(this.o.ephemeris());
    this.drawFrame(frame, { tdbSec, camera, widthPx, heightPx, pixelScale }, undefined, this.exportLabels);
    return this.o.viewStore.getState().labelsVisible ? labelsToDraw(frame, this.exportLabels, this.o.runtime.labelElements, labelLanguage) : [];
  }

  release(): void {
    if (!this.target) return;
    this.target.restore();
    this.target = null;
    this.o.runtime.requestFrame();
  }

  async loadLabelFonts(language: Language): Promise<void> {
    const sample = Object.values(this.o.runtime.labelElements).find((element) => element !== undefined);
    if (!sample || typeof document === 'undefined' || !document.fonts) return;
    const style = getComputedStyle(sample);
    const names = LABEL_ORDER.map((id) => bodyName(id, language)).join(' ');
    await document.fonts.load(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, names).catch(() => []);
  }

  /** The phases of one frame, in order, then the draw. */
  private drawFrame(frame: FrameContext, inputs: FrameInputs, obstacles: LabelObstacles | undefined, labels: LabelLayout): void {
    const { gl, scene, pipeline, viewStore, runtime } = this.o;
    const view = viewStore.getState();
    const { camera, widthPx, heightPx, pixelScale } = inputs;
    // time
    frame.tdbSec = inputs.tdbSec;
    frame.rateSPerS = this.o.rateSPerS();
    frame.camera = camera;
    frame.frame = camera.frame;
    // An imported track in focus is framed by the rig, but it is no catalogue body: the phases see no focus.
    frame.focusId = isBodyId(view.focusId) ? view.focusId : null;
    frame.exaggerated = view.bodiesExaggerated;
    frame.widthPx = widthPx;
    frame.heightPx = heightPx;
    frame.pixelScale = pixelScale;
    // body positions
    frame.bodies.setFrame(camera.frame);
    frame.bodies.update(inputs.tdbSec);
    // camera
    applyCamera(frame.view, camera, widthPx, heightPx);
    frame.originKm.set(camera.originKm);
    frame.cameraDistanceKm = Math.hypot(camera.positionKm[0]!, camera.positionKm[1]!, camera.positionKm[2]!);
    // Per screen pixel: things sized in pixels grow with the export's pixel scale, as the picture does.
    frame.kmPerPixelPerKm = (2 * Math.tan((camera.fovDeg * DEG) / 2) * pixelScale) / Math.max(1, heightPx);
    frame.probeEye = camera.probeEye !== null;
    frame.probeRollRad = camera.probeEye?.rollRad ?? 0;
    frame.minPixelsOverride = frame.probeEye || !frame.exaggerated ? POINT_SOURCE_MIN_PIXELS : null;
    // bodies, then what reads where they were drawn (an imported track is undrawn unless its component says so)
    frame.importedDrawnRadiusPx.fill(0);
    pipeline.run('bodies', frame);
    pipeline.run('objects', frame);
    // labels
    if (view.labelsVisible) placeLabels(frame, runtime.labelSizes, obstacles, labels);
    else labels.shown.fill(0);
    gl.render(scene, frame.view);
  }
}
