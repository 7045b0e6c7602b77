/**
 * The scene's one public port: a frame drawn as a pure function of (time, camera, size). The live loop calls it
 * with the clock's time and the rig's camera at the screen's size; image and clip exports call it with their own
 * time, camera and size, and never touch the clock or the screen's camera. Types only: the layers above (export,
 * app) import this file, never the scene's internals; it imports no three.js.
 */
import type { Language } from '../core/language.ts';
import type { CameraState } from '../state/camera/camera-state.ts';
import type { ScreenRect } from '../state/camera/screen-rect.ts';

/** Chromium's cap on one WebGL drawing buffer's area, measured (7680×4320); larger requests are clamped first. */
export const CHROMIUM_MAX_DRAWING_BUFFER_PIXELS = 33_177_600;

export interface RenderSize {
  widthPx: number;
  heightPx: number;
  /** Target pixels per screen (CSS) pixel: names, point sizes and line widths grow by it. */
  pixelScale: number;
  /** A transparent background (no sky). */
  transparent?: boolean;
}

/** A body's name as drawn into an exported picture, in the target's pixels. */
export interface PlacedLabel {
  text: string;
  /** The text's left edge (a name right of its body) or right edge (left of it), and its vertical centre. */
  x: number;
  align: 'left' | 'right';
  centreY: number;
  font: string;
  color: string;
  shadowBlur: number;
}

export interface RenderLimits {
  maxPixels: number;
  /** MAX_VIEWPORT_DIMS. */
  maxViewportWidth: number;
  maxViewportHeight: number;
  /** MAX_RENDERBUFFER_SIZE (and MAX_TEXTURE_SIZE, whichever is smaller). */
  maxRenderbufferSize: number;
}

/** What the screen shows now, for an export to start from: copies, so the export cannot change the screen's. */
export interface ScreenSnapshot {
  tdbSec: number;
  camera: CameraState;
  widthPx: number;
  heightPx: number;
  /** The part of the screen the panels leave free; null: the whole screen. */
  free: ScreenRect | null;
  labelsVisible: boolean;
}

export interface ScenePort {
  /** The canvas the frames are drawn into: copy it (drawImage) in the same task as renderAt. */
  readonly canvas: HTMLCanvasElement;
  limits(): RenderLimits;
  isContextLost(): boolean;
  screen(): ScreenSnapshot;
  /**
   * Draws the scene at `tdbSec` from `camera` into a drawing buffer of `size` (switched to it if it is not the
   * screen's), and returns the names to draw over it in `labelLanguage` ([] if names are hidden). Throws a
   * RangeError naming the size when the browser cannot give that buffer. The screen's frames wait until release().
   */
  renderAt(tdbSec: number, camera: CameraState, size: RenderSize, labelLanguage: Language): PlacedLabel[];
  /** Gives the drawing buffer back to the screen and draws its next frame. Idempotent. */
  release(): void;
  /** Makes sure the fonts of the names in `language` are loaded before they are drawn on a canvas. */
  loadLabelFonts(language: Language): Promise<void>;
}
