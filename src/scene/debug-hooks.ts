/**
 * Counters for tests and benchmarks, installed only when the page is opened with the debug flag: a script run
 * before the page's own sets `window.__twDebug = true` (Playwright's addInitScript). Shipped pages stay clean.
 */
export interface SceneDebugHooks {
  /** Frames drawn, of them frames with the planets placed, and the stages shown. */
  frames: number;
  framesWithPlanets: number;
  shownStages: ReadonlySet<string>;
  /** The resolution scale the last frame was drawn at (adaptive-resolution.ts; 1 at rest). */
  resolutionScale: number;
  /** Times the WebGL context came back after a loss (context-loss.ts). */
  contextRestores: number;
  /** The clock and the camera as the screen's last frame had them (tests compare them around an export). */
  view: { tdbSec: number; rateSPerS: number; playing: boolean; camera: unknown };
  /**
   * Imported tracks as the last frame drew them, and Mars and the probe beside them: view-frame km and normalised device
   * coordinates through the scene's camera (x, y in -1..1; z > 1 behind the camera).
   */
  imported?: Record<string, { posKm: number[]; ndc: number[] }>;
  /**
   * The sampling descent's line as the last frame drew it (DescentPath.tsx): the probe's distance from the rock's
   * centre, km, and normalised device coordinates of the line's top (the standoff), its foot (the surface), the
   * probe and the rock's centre; null while no line is drawn.
   */
  descent?: { probeFromCentreKm: number; topNdc: number[]; footNdc: number[]; probeNdc: number[]; centreNdc: number[] } | null;
  /** Imported tracks' trails as the last frame drew them: shown, and the straight distance from tail to head, km. */
  importedTrails?: Record<string, { visible: boolean; spanKm: number }>;
}

declare global {
  interface Window {
    __twDebug?: boolean;
    __twScene?: SceneDebugHooks;
  }
}

/** The hooks, created on first use, or null without the flag. */
export function debugHooks(): SceneDebugHooks | null {
  if (typeof window === 'undefined' || window.__twDebug !== true) return null;
  window.__twScene ??= { frames: 0, resolutionScale: 1, framesWithPlanets: 0, shownStages: new Set(), contextRestores: 0, view: { tdbSec: 0, rateSPerS: 0, playing: false, camera: null } };
  return window.__twScene;
}
