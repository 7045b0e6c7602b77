/**
 * The one place the DOM dialogs reach the 3D scene: the app registers an exporter here (built on the scene's render
 * port), the dialogs look it up when the user asks for an image or a clip.
 */
import type { RenderLimits } from '../scene/scene-port.ts';
import type { CaptionTexts } from './caption.ts';
import type { Language } from '../state/view-store.ts';
import type { ClipCameraMove } from './clip-camera-path.ts';

export interface ImageRequest {
  width: number;
  height: number;
  transparent: boolean;
  /** Caption for the moment shown (the clock may be playing), or null for none. */
  captionAt: ((tdbSec: number) => CaptionTexts) | null;
  /** Language of the body names drawn in the picture (the caption's, when there is one). */
  labelLanguage: Language;
}

export interface RenderedImage {
  blob: Blob;
  width: number;
  height: number;
  /** Simulation time shown. */
  tdbSec: number;
  renderMs: number;
  /** Where the time went: GPU render, copy to 2D, restore + labels + caption, PNG encoding. */
  stepsMs: { render: number; copy: number; compose: number; encode: number };
}

export interface ClipFrameRequest {
  width: number;
  height: number;
  /** Caption for a frame's moment, or null for none. */
  captionAt: ((tdbSec: number) => CaptionTexts) | null;
  /** How the orbit camera moves over the clip's frames (the probe's-eye views keep their own camera). */
  cameraMove: ClipCameraMove;
  frameCount: number;
  /** Language of the body names drawn in the frames (the caption's, when there is one). */
  labelLanguage: Language;
}

/** Renders clip frames one at a time into a 2D canvas of the clip's size; close() gives the drawing buffer back to the screen. */
export interface ClipRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Frame `frame` (0-based, of the request's frameCount) at simulation time `tdbSec`. */
  renderFrame(tdbSec: number, frame: number): void;
  close(): void;
}

export interface SceneExporter {
  limits(): RenderLimits;
  /** Throws ExportError when the context is lost or the browser cannot give the size (already clamped by caller). */
  exportImage(request: ImageRequest): Promise<RenderedImage>;
  /** Draws clip frames at their own times and camera; the clock and the screen's camera are never touched. */
  openClip(request: ClipFrameRequest): Promise<ClipRenderer>;
  /** True while the WebGL context is lost. */
  readonly contextLost: boolean;
}

let current: SceneExporter | null = null;

export function registerExporter(exporter: SceneExporter): () => void {
  current = exporter;
  return () => {
    if (current === exporter) current = null;
  };
}

export function getExporter(): SceneExporter | null {
  return current;
}
