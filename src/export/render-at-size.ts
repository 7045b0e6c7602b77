/**
 * Renders the live scene into the canvas's own drawing buffer at an export size, then puts everything back.
 * The same renderer and camera as the screen (so colours, tone and depth match what is shown), with pixel ratio 1,
 * a drawing buffer of exactly W×H, and the camera centred on its target and widened to hold at least what the
 * screen shows clear of the panels, or, for the overview as framed, fitted to the journey whatever the export's
 * shape. Nothing is visible in between: callers render, copy and restore in one task.
 */
import { Color, ShaderMaterial, Vector2, type Camera, type Object3D, type PerspectiveCamera, type Scene, type WebGLRenderer } from 'three';
import { CHROMIUM_MAX_DRAWING_BUFFER_PIXELS, type RenderLimits } from './clamp-size.ts';
import type { ScreenRect } from '../scene/free-area.ts';
import { JOURNEY_FILL, type DiscPicture } from '../scene/overview-framing.ts';
import { ExportError } from './export-error.ts';

export function renderLimits(gl: WebGLRenderer): RenderLimits {
  const context = gl.getContext();
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

/** The screen's view, for the export to hold: its size, field of view and where the camera's target is drawn, px. */
export interface ScreenView {
  widthPx: number;
  heightPx: number;
  fovDeg: number;
  targetXPx: number;
  targetYPx: number;
}

/**
 * Vertical field of view for an export centred on the camera's target that shows at least the part of the screen
 * the panels leave free (the whole screen without panels). Pass the screen's fov for `free` of the whole screen and
 * the target in the middle: a wider export keeps it, a narrower one widens it to keep the horizontal extent.
 */
export function fovToContain(screen: ScreenView, free: ScreenRect, exportAspect: number): number {
  const tanPerPx = (2 * Math.tan((screen.fovDeg * Math.PI) / 360)) / screen.heightPx;
  const halfWidth = Math.max(screen.targetXPx - free.left, free.right - screen.targetXPx) * tanPerPx;
  const halfHeight = Math.max(screen.targetYPx - free.top, free.bottom - screen.targetYPx) * tanPerPx;
  return (Math.atan(Math.max(halfHeight, halfWidth / exportAspect)) * 360) / Math.PI;
}

/** Export pixels per screen (CSS) pixel for the same angle: how much pixel-sized things grow. */
export function pixelScale(screenHeight: number, screenFovDeg: number, exportHeight: number, exportFovDeg: number): number {
  const perRadian = (height: number, fovDeg: number) => height / 2 / Math.tan((fovDeg * Math.PI) / 360);
  return perRadian(exportHeight, exportFovDeg) / perRadian(screenHeight, screenFovDeg);
}

export interface SizedView {
  width: number;
  height: number;
  /** Export pixels per screen pixel (labels, point sizes). */
  pixelScale: number;
  /** Puts size, pixel ratio, camera, clear colour, hidden objects, point sizes and line widths back. Idempotent. */
  restore(): void;
}

export interface SizeOptions {
  transparent: boolean;
  /** The part of the screen the panels leave free (null: the whole screen). */
  free?: ScreenRect | null;
  /** The overview's journey as the camera sees it, when the screen shows it as framed: the export fits it instead. */
  journey?: DiscPicture | null;
}

/** Field of view and target position (px above the middle) that fit the journey's picture to the export's shape. */
export function journeyFraming(journey: DiscPicture, exportHeight: number, exportAspect: number): { fovDeg: number; raisePx: number } {
  const halfHeightTan = Math.max(journey.heightTan / 2, journey.halfWidthTan / exportAspect) / JOURNEY_FILL;
  return {
    fovDeg: (Math.atan(halfHeightTan) * 360) / Math.PI,
    raisePx: (journey.centreBelowTan / halfHeightTan) * (exportHeight / 2),
  };
}

/** Objects drawn as the sky (the starfield): hidden on a transparent background. */
const isSky = (object: Object3D): boolean => object.type === 'Points' && object.renderOrder < 0;

/**
 * Switches the renderer to exactly width×height. Throws ExportError('buffer-size') if the browser gave a different
 * drawing buffer (after restoring), so a wrong-sized image is never produced.
 */
export function sizeForExport(
  gl: WebGLRenderer, scene: Scene, camera: Camera, width: number, height: number, options: SizeOptions,
): SizedView {
  const perspective = camera as PerspectiveCamera;
  const saved = {
    pixelRatio: gl.getPixelRatio(),
    size: gl.getSize(new Vector2()),
    aspect: perspective.aspect,
    fov: perspective.fov,
    view: perspective.view?.enabled ? { ...perspective.view } : null,
    clearColor: gl.getClearColor(new Color()),
    clearAlpha: gl.getClearAlpha(),
  };
  const hidden: Object3D[] = [];
  const scaledUniforms: { uniform: { value: number }; value: number }[] = [];
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    for (const object of hidden) object.visible = true;
    for (const { uniform, value } of scaledUniforms) uniform.value = value;
    gl.setPixelRatio(saved.pixelRatio);
    gl.setSize(saved.size.x, saved.size.y, false);
    gl.setClearColor(saved.clearColor, saved.clearAlpha);
    if (perspective.isPerspectiveCamera) {
      perspective.aspect = saved.aspect;
      perspective.fov = saved.fov;
      const view = saved.view;
      if (view) perspective.setViewOffset(view.fullWidth, view.fullHeight, view.offsetX, view.offsetY, view.width, view.height);
      else perspective.clearViewOffset();
    }
  };

  const exportAspect = width / height;
  // The screen may draw the target off-centre, in the middle of the area the panels leave free; the export draws it
  // in its middle.
  const screenWidth = saved.size.x, screenHeight = saved.size.y, view = saved.view;
  const screen: ScreenView = {
    widthPx: screenWidth,
    heightPx: screenHeight,
    fovDeg: saved.fov,
    targetXPx: screenWidth / 2 - (view ? (view.offsetX * screenWidth) / view.fullWidth : 0),
    targetYPx: screenHeight / 2 - (view ? (view.offsetY * screenHeight) / view.fullHeight : 0),
  };
  const free = options.free ?? { left: 0, top: 0, right: screenWidth, bottom: screenHeight };
  const framing = options.journey
    ? journeyFraming(options.journey, height, exportAspect)
    : { fovDeg: fovToContain(screen, free, exportAspect), raisePx: 0 };
  const fov = perspective.isPerspectiveCamera ? framing.fovDeg : saved.fov;
  const scale = perspective.isPerspectiveCamera ? pixelScale(saved.size.y, saved.fov, height, fov) : height / saved.size.y;
  try {
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    const context = gl.getContext();
    if (context.drawingBufferWidth !== width || context.drawingBufferHeight !== height) {
      throw new ExportError('buffer-size',
        `the browser gave a ${context.drawingBufferWidth}×${context.drawingBufferHeight} drawing buffer for ${width}×${height}`);
    }
    if (perspective.isPerspectiveCamera) {
      perspective.aspect = exportAspect;
      perspective.fov = fov;
      if (framing.raisePx !== 0) perspective.setViewOffset(width, height, 0, framing.raisePx, width, height);
      else perspective.clearViewOffset();
    }
    if (options.transparent) {
      gl.setClearColor(saved.clearColor, 0);
      scene.traverseVisible((object) => { if (isSky(object)) hidden.push(object); });
      for (const object of hidden) object.visible = false;
    }
    // Sizes in screen pixels grow like everything else: point sprites (the starfield, sized by pixelRatio) and
    // wide lines (linewidth in CSS pixels).
    const seen = new Set<ShaderMaterial>();
    scene.traverse((object) => {
      const material = (object as { material?: unknown }).material;
      if (!(material instanceof ShaderMaterial) || seen.has(material)) return;
      seen.add(material);
      const { pixelRatio, linewidth } = material.uniforms;
      if (pixelRatio && typeof pixelRatio.value === 'number') {
        scaledUniforms.push({ uniform: pixelRatio, value: pixelRatio.value });
        pixelRatio.value = scale;
      }
      if (linewidth && typeof linewidth.value === 'number') {
        scaledUniforms.push({ uniform: linewidth, value: linewidth.value });
        linewidth.value *= scale;
      }
    });
  } catch (error) {
    restore();
    throw error;
  }
  return { width, height, pixelScale: scale, restore };
}
