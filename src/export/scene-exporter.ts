/**
 * The exporter behind the dialogs, built on the live R3F state: still images (render, copy and restore in one
 * task: no preserveDrawingBuffer needed, the screen never shows the export size) and clip frames at fixed
 * simulation times.
 */
import type { RootState } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { BODY_BY_ID, type BodyId } from '../core/bodies.ts';
import { overviewReachKm } from '../scene/camera-targets.ts';
import { discPicture } from '../scene/overview-framing.ts';
import type { SceneRuntime } from '../scene/scene-runtime.ts';
import { KM_PER_UNIT } from '../scene/scene-units.ts';
import type { ClipCamera } from './clip-camera.ts';
import { drawCaption, loadCaptionFonts } from './draw-caption.ts';
import { drawLabels, loadLabelFonts, placeLabels } from './export-labels.ts';
import type { ClipRenderer, SceneExporter } from './exporter.ts';
import { ExportError } from './export-error.ts';
import { renderLimits, sizeForExport } from './render-at-size.ts';

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
 * read straight from the drawing buffer; reading the whole image back for this costs 0.3–1.1 s at 4K (measured).
 */
function looksEmpty(gl: WebGLRenderingContext | WebGL2RenderingContext, width: number, height: number): boolean {
  const row = new Uint8Array(4 * width);
  for (let k = 1; k < 8; k++) {
    gl.readPixels(0, Math.floor((k * height) / 8), width, 1, gl.RGBA, gl.UNSIGNED_BYTE, row);
    for (let i = 3; i < row.length; i += 4) if (row[i]! > 0) return false;
  }
  return true;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) => {
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new ExportError('buffer-size', 'the browser could not encode the PNG'))), 'image/png');
  });
}

export function createSceneExporter(
  get: () => RootState, runtime: SceneRuntime, clipCamera: ClipCamera,
): SceneExporter & { markContextLost(): void } {
  let contextLost = false;
  const checkContext = () => {
    if (contextLost || get().gl.getContext().isContextLost()) {
      contextLost = true;
      throw contextLostError();
    }
  };
  const repaintScreen = () => {
    const { gl, scene, camera, invalidate } = get();
    if (!gl.getContext().isContextLost()) gl.render(scene, camera);
    invalidate();
  };

  return {
    get contextLost() { return contextLost; },
    markContextLost() { contextLost = true; },
    limits: () => renderLimits(get().gl),

    async exportImage({ width, height, transparent, captionAt, labelLanguage }) {
      checkContext();
      if (captionAt) await loadCaptionFonts(captionAt(runtime.tdbSec));
      await loadLabelFonts(runtime, labelLanguage);
      const started = performance.now();
      const { gl, scene, camera } = get();
      const { canvas, context } = canvas2d(width, height);
      const tdbSec = runtime.tdbSec;
      const pose = runtime.cameraPose;
      const journey = runtime.journeyFramed
        ? discPicture(pose.distanceKm, overviewReachKm(runtime.viewStore.getState().frame), pose.elevationDeg)
        : null;
      const view = sizeForExport(gl, scene, camera, width, height, { transparent, free: runtime.freeArea, journey });
      let labels;
      const marks: number[] = [started];
      try {
        gl.render(scene, camera);
        checkContext();
        gl.getContext().finish();
        marks.push(performance.now());
        context.drawImage(gl.domElement, 0, 0);
        marks.push(performance.now());
        if (!transparent && looksEmpty(gl.getContext(), width, height)) {
          throw new ExportError('context-lost', 'The 3D view came out empty; nothing was saved. Try again or reload the page.');
        }
        labels = placeLabels(runtime, camera, width, height, view.pixelScale, labelLanguage);
      } finally {
        view.restore();
        repaintScreen();
      }
      drawLabels(context, labels);
      if (captionAt) drawCaption(context, captionAt(tdbSec), width, height);
      marks.push(performance.now());
      const blob = await toPng(canvas);
      marks.push(performance.now());
      const [render, copy, compose, encode] = marks.slice(1).map((mark, i) => mark - marks[i]!);
      return { blob, width, height, tdbSec, renderMs: performance.now() - started, stepsMs: { render: render!, copy: copy!, compose: compose!, encode: encode! } };
    },

    async openClip({ width, height, captionAt, cameraMove, frameCount, labelLanguage }): Promise<ClipRenderer> {
      checkContext();
      runtime.clock.pause();
      if (captionAt) await loadCaptionFonts(captionAt(runtime.clock.currentTdbSec));
      await loadLabelFonts(runtime, labelLanguage);
      const { canvas, context } = canvas2d(width, height);
      const { gl, scene, camera, controls, advance } = get();
      const view = sizeForExport(gl, scene, camera, width, height, { transparent: false, free: runtime.freeArea });
      runtime.exportSized = true;
      const focusId = runtime.viewStore.getState().focusId as BodyId | null;
      const focusRadius = focusId ? (BODY_BY_ID[focusId]?.radiusKm ?? 0) / KM_PER_UNIT : 0;
      const cameraRun = clipCamera.start(camera as PerspectiveCamera, controls, cameraMove, frameCount, focusRadius);
      let timestamp = performance.now();
      let closed = false;
      return {
        canvas,
        renderFrame(tdbSec, frame) {
          checkContext();
          const buffer = gl.getContext();
          if (buffer.drawingBufferWidth !== width || buffer.drawingBufferHeight !== height) {
            throw new ExportError('buffer-size', 'the window was resized during the export; start it again');
          }
          runtime.clock.seek(tdbSec);
          cameraRun.frame(frame);
          // Runs every useFrame (positions for the new time, labels' visibility) and renders, in this task.
          timestamp += 1000 / 60;
          advance(timestamp, true);
          context.clearRect(0, 0, width, height);
          context.drawImage(gl.domElement, 0, 0);
          drawLabels(context, placeLabels(runtime, camera, width, height, view.pixelScale, labelLanguage));
          if (captionAt) drawCaption(context, captionAt(tdbSec), width, height);
        },
        close() {
          if (closed) return;
          closed = true;
          cameraRun.restore();
          view.restore();
          runtime.exportSized = false;
          repaintScreen();
        },
      };
    },
  };
}
