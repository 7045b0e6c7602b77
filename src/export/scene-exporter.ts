/**
 * The exporter behind the dialogs, built on the scene's render port only: still images and clip frames drawn at
 * their own time, with their own camera and size. Image: the screen's moment and camera, widened to the image's
 * shape. Clip: a copy of the camera rig, moved to each frame's time (following the focus, or riding on the probe)
 * and along the clip's camera move. The clock and the screen's camera are never paused, sought or restored: there
 * is nothing to put back.
 */
import type { BodyId } from '../core/bodies.ts';
import type { ScenePort } from '../scene/scene-port.ts';
import { MAX_DISTANCE_KM, minDistanceKm } from '../state/camera/body-framing.ts';
import type { CameraRig } from '../state/camera/camera-rig.ts';
import { poseFromOffset } from '../state/camera/camera-pose.ts';
import { overviewReachKm } from '../state/camera/camera-targets.ts';
import { exportCamera } from '../state/camera/export-camera.ts';
import type { ViewStore } from '../state/view-store.ts';
import { BODY_BY_ID } from '../core/bodies.ts';
import { clipCameraOffset, clipDistanceLimits } from './clip-camera-path.ts';
import { drawCaption, loadCaptionFonts } from './draw-caption.ts';
import { drawLabels } from './export-labels.ts';
import type { ClipRenderer, SceneExporter } from './exporter.ts';
import { ExportError } from './export-error.ts';

const contextLostError = () =>
  new ExportError('context-lost', 'The browser lost the 3D drawing context (WebGL). Reload the page to draw the scene again.');

function canvas2d(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new ExportError('buffer-size', `the browser could not make a ${width}×${height} image`);
  return { canvas, context };
}

/**
 * Fully transparent rows in opaque mode mean nothing was drawn: refuse rather than save a blank file. Seven rows
 * of the copied picture; reading the whole image back for this costs 0.3–1.1 s at 4K (measured).
 */
function looksEmpty(context: CanvasRenderingContext2D, width: number, height: number): boolean {
  for (let k = 1; k < 8; k++) {
    const row = context.getImageData(0, Math.floor((k * height) / 8), width, 1).data;
    for (let i = 3; i < row.length; i += 4) if (row[i]! > 0) return false;
  }
  return true;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) => {
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new ExportError('buffer-size', 'the browser could not encode the PNG'))), 'image/png');
  });
}

/** Draws a frame and copies it out in the same task (no preserveDrawingBuffer needed); RangeError → ExportError. */
function renderInto(port: ScenePort, context: CanvasRenderingContext2D, draw: () => ReturnType<ScenePort['renderAt']>) {
  try {
    const labels = draw();
    if (port.isContextLost()) throw contextLostError();
    context.drawImage(port.canvas, 0, 0);
    return labels;
  } catch (error) {
    if (error instanceof RangeError) throw new ExportError('buffer-size', error.message);
    throw error;
  }
}

export function createSceneExporter(port: ScenePort, rig: CameraRig, viewStore: ViewStore): SceneExporter {
  const checkContext = () => {
    if (port.isContextLost()) throw contextLostError();
  };

  return {
    get contextLost() { return port.isContextLost(); },
    limits: () => port.limits(),

    async exportImage({ width, height, transparent, captionAt, labelLanguage }) {
      checkContext();
      const screen = port.screen();
      if (captionAt) await loadCaptionFonts(captionAt(screen.tdbSec));
      await port.loadLabelFonts(labelLanguage);
      const started = performance.now();
      const { canvas, context } = canvas2d(width, height);
      const view = exportCamera(screen.camera, screen.widthPx, screen.heightPx, screen.free, width, height, overviewReachKm(screen.camera.frame));
      const marks: number[] = [started];
      let labels;
      try {
        labels = renderInto(port, context, () => {
          const placed = port.renderAt(screen.tdbSec, view.camera, { widthPx: width, heightPx: height, pixelScale: view.pixelScale, transparent }, labelLanguage);
          marks.push(performance.now());
          return placed;
        });
      } finally {
        port.release();
      }
      marks.push(performance.now());
      if (!transparent && looksEmpty(context, width, height)) {
        throw new ExportError('context-lost', 'The 3D view came out empty; nothing was saved. Try again or reload the page.');
      }
      drawLabels(context, labels);
      if (captionAt) drawCaption(context, captionAt(screen.tdbSec), width, height);
      marks.push(performance.now());
      const blob = await toPng(canvas);
      marks.push(performance.now());
      const [render, copy, compose, encode] = marks.slice(1).map((mark, i) => mark - marks[i]!);
      return { blob, width, height, tdbSec: screen.tdbSec, renderMs: performance.now() - started, stepsMs: { render: render!, copy: copy!, compose: compose!, encode: encode! } };
    },

    async openClip({ width, height, captionAt, cameraMove, frameCount, labelLanguage }): Promise<ClipRenderer> {
      checkContext();
      const screen = port.screen();
      if (captionAt) await loadCaptionFonts(captionAt(screen.tdbSec));
      await port.loadLabelFonts(labelLanguage);
      const { canvas, context } = canvas2d(width, height);
      const camera = rig.clone();
      const settings = viewStore.getState();
      const rigView = { focusId: settings.focusId as BodyId | null, frame: settings.frame, cameraMode: settings.cameraMode };
      const viewport = { widthPx: screen.widthPx, heightPx: screen.heightPx, free: screen.free, instant: true };
      const startOffset = screen.camera.positionKm;
      const start: [number, number, number] = [startOffset[0]!, startOffset[1]!, startOffset[2]!];
      const focusRadiusKm = rigView.focusId ? BODY_BY_ID[rigView.focusId].radiusKm : 0;
      const limits = clipDistanceLimits({ min: minDistanceKm(rigView.focusId), max: MAX_DISTANCE_KM }, Math.hypot(...start), focusRadiusKm);
      const pose = { azimuthDeg: 0, elevationDeg: 0, distanceKm: 1 };
      let closed = false;
      return {
        canvas,
        renderFrame(tdbSec, frame) {
          checkContext();
          if (closed) throw new ExportError('cancelled', 'the clip was closed');
          if (cameraMove.kind !== 'still') camera.setPose(poseFromOffset(clipCameraOffset(start, [0, 1, 0], cameraMove, frame, frameCount, limits), pose));
          const state = camera.update(tdbSec, 0, rigView, viewport);
          const view = exportCamera({ ...state, journeyFramed: false }, screen.widthPx, screen.heightPx, screen.free, width, height, overviewReachKm(state.frame));
          context.clearRect(0, 0, width, height);
          const labels = renderInto(port, context, () => port.renderAt(tdbSec, view.camera, { widthPx: width, heightPx: height, pixelScale: view.pixelScale }, labelLanguage));
          drawLabels(context, labels);
          if (captionAt) drawCaption(context, captionAt(tdbSec), width, height);
        },
        close() {
          if (closed) return;
          closed = true;
          port.release();
        },
      };
    },
  };
}
