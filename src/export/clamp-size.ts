/**
 * The largest image the browser can render for a requested size, keeping its aspect ratio. Chromium silently caps
 * a WebGL drawing buffer at 33,177,600 px (7680×4320) and may then change its aspect ratio, so requests are
 * clamped here first; the renderer still checks the drawing buffer it got.
 */

import type { RenderLimits } from '../scene/scene-port.ts';

export { CHROMIUM_MAX_DRAWING_BUFFER_PIXELS } from '../scene/scene-port.ts';
export type { RenderLimits };

/** Smallest side accepted from the custom-size fields. */
export const MIN_EXPORT_SIDE_PX = 16;
/** Largest side accepted from the custom-size fields before clamping (anything above is certainly clamped). */
export const MAX_REQUEST_SIDE_PX = 32_768;

export interface ClampedSize {
  width: number;
  height: number;
  clamped: boolean;
  /** Which limit decided, when clamped. */
  limit: 'pixels' | 'viewport' | 'renderbuffer' | null;
}

export function clampExportSize(width: number, height: number, limits: RenderLimits): ClampedSize {
  if (!(width >= 1 && height >= 1) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RangeError(`export size must be positive, got ${width}×${height}`);
  }
  const w = Math.round(width), h = Math.round(height);
  const byViewport = Math.min(limits.maxViewportWidth / w, limits.maxViewportHeight / h);
  const byRenderbuffer = limits.maxRenderbufferSize / Math.max(w, h);
  const byPixels = Math.sqrt(limits.maxPixels / (w * h));
  const scale = Math.min(1, byViewport, byRenderbuffer, byPixels);
  if (scale >= 1) return { width: w, height: h, clamped: false, limit: null };
  const limit = scale === byPixels ? 'pixels' : scale === byViewport ? 'viewport' : 'renderbuffer';
  // floor keeps every limit satisfied; the aspect ratio moves by less than one pixel on the shorter side.
  return { width: Math.max(1, Math.floor(w * scale)), height: Math.max(1, Math.floor(h * scale)), clamped: true, limit };
}

/** A custom size typed by the user: whole pixels within [MIN_EXPORT_SIDE_PX, MAX_REQUEST_SIDE_PX], or null. */
export function parseSide(value: string): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= MIN_EXPORT_SIDE_PX && n <= MAX_REQUEST_SIDE_PX ? n : null;
}
