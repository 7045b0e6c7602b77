/**
 * Browser tests walk the whole tour and the kiosk's idle restart in seconds: with the debug flag set, a page may
 * ask for a faster pace (`window.__twStoryPace`). Without the flag the app keeps its own pace.
 */
declare global {
  interface Window {
    __twStoryPace?: { holdScale?: number; kioskIdleMs?: number };
  }
}

export function storyTestPace(): { holdScale: number; kioskIdleMs: number | undefined } {
  const pace = typeof window !== 'undefined' && window.__twDebug === true ? window.__twStoryPace : undefined;
  const holdScale = pace?.holdScale;
  const idle = pace?.kioskIdleMs;
  return {
    holdScale: typeof holdScale === 'number' && holdScale >= 1 && holdScale <= 100 ? holdScale : 1,
    kioskIdleMs: typeof idle === 'number' && idle >= 500 ? idle : undefined,
  };
}
