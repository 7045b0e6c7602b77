/**
 * The scene's canvas and its WebGL 2 context, created ahead of the scene's code. Creating a context blocks the main
 * thread while the GPU process sets it up (profiled: 65–80 ms on a first visit); done while three.js and R3F are
 * still downloading and compiling, that wait leaves the path to the first frame. This module stays free of three.js
 * so it can run from the main bundle.
 */

export const MIN_DPR = 1;
export const MAX_DPR = 1.5;

/** What the scene asks of three.js's renderer beyond its defaults: a stencil buffer and the faster GPU. */
export const SCENE_RENDERER_OPTIONS = {
  antialias: false,
  stencil: true,
  powerPreference: 'high-performance',
} as const;

/**
 * The context three.js's renderer would create with those options. It always asks for an alpha channel (its own
 * `alpha` option only sets the clear alpha); the transparent-background export relies on that channel.
 */
const SCENE_CONTEXT_ATTRIBUTES = {
  alpha: true,
  depth: true,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  failIfMajorPerformanceCaveat: false,
  ...SCENE_RENDERER_OPTIONS,
} as const satisfies WebGLContextAttributes;

export function sceneDevicePixelRatio(): number {
  return Math.min(Math.max(MIN_DPR, window.devicePixelRatio), MAX_DPR);
}

let prepared: HTMLCanvasElement | null = null;

/** Creates the canvas, sized for the whole window as the scene fills it, and its context (null without WebGL 2). */
export function prepareSceneCanvas(): void {
  if (prepared) return;
  const canvas = document.createElement('canvas');
  const dpr = sceneDevicePixelRatio();
  canvas.width = Math.floor(window.innerWidth * dpr);
  canvas.height = Math.floor(window.innerHeight * dpr);
  canvas.getContext('webgl2', SCENE_CONTEXT_ATTRIBUTES);
  prepared = canvas;
}

/** The prepared canvas, handed out once; a later scene (after an unmount) gets a new canvas without a context. */
export function takeSceneCanvas(): HTMLCanvasElement {
  const canvas = prepared ?? document.createElement('canvas');
  prepared = null;
  return canvas;
}
