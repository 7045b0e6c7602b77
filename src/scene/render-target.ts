/**
 * The drawing buffer switched to an export's size and back: pixel ratio 1, exactly width×height (Chromium silently
 * caps a buffer's area, so the size is checked, never assumed), pixel-sized things (the stars' point sizes, wide
 * lines' widths) grown by the export's pixel scale, and the sky hidden for a transparent background.
 */
import { Color, ShaderMaterial, Vector2, type Object3D, type Scene, type WebGLRenderer } from 'three';

/** Objects drawn as the sky (the starfield): hidden on a transparent background. */
const isSky = (object: Object3D): boolean => object.type === 'Points' && object.renderOrder < 0;

export class BufferSizeError extends Error {}

export interface SizedTarget {
  width: number;
  height: number;
  pixelScale: number;
  transparent: boolean;
  /** Puts size, pixel ratio, clear colour, hidden objects, point sizes and line widths back. Idempotent. */
  restore(): void;
}

export function sizeTarget(gl: WebGLRenderer, scene: Scene, width: number, height: number, pixelScale: number, transparent: boolean): SizedTarget {
  const saved = { pixelRatio: gl.getPixelRatio(), size: gl.getSize(new Vector2()), clearColor: gl.getClearColor(new Color()), clearAlpha: gl.getClearAlpha() };
  const hidden: Object3D[] = [];
  const scaled: { uniform: { value: number }; value: number }[] = [];
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    for (const object of hidden) object.visible = true;
    for (const { uniform, value } of scaled) uniform.value = value;
    gl.setPixelRatio(saved.pixelRatio);
    gl.setSize(saved.size.x, saved.size.y, false);
    gl.setClearColor(saved.clearColor, saved.clearAlpha);
  };
  try {
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    const context = gl.getContext();
    if (context.drawingBufferWidth !== width || context.drawingBufferHeight !== height) {
      throw new BufferSizeError(`the browser gave a ${context.drawingBufferWidth}×${context.drawingBufferHeight} drawing buffer for ${width}×${height}`);
    }
    if (transparent) {
      gl.setClearColor(saved.clearColor, 0);
      scene.traverseVisible((object) => { if (isSky(object)) hidden.push(object); });
      for (const object of hidden) object.visible = false;
    }
    const seen = new Set<ShaderMaterial>();
    scene.traverse((object) => {
      const material = (object as { material?: unknown }).material;
      if (!(material instanceof ShaderMaterial) || seen.has(material)) return;
      seen.add(material);
      const { pixelRatio, linewidth } = material.uniforms;
      if (pixelRatio && typeof pixelRatio.value === 'number') {
        scaled.push({ uniform: pixelRatio, value: pixelRatio.value });
        pixelRatio.value = pixelScale;
      }
      if (linewidth && typeof linewidth.value === 'number') {
        scaled.push({ uniform: linewidth, value: linewidth.value });
        linewidth.value *= pixelScale;
      }
    });
  } catch (error) {
    restore();
    throw error;
  }
  return { width, height, pixelScale, transparent, restore };
}
