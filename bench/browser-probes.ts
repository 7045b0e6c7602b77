/**
 * Installed into the page before any app script runs: records long tasks, the moment the probe path is ready, the
 * first rendered frame, and the JS time spent in each animation frame (all rAF callbacks of one frame summed).
 */
export function installBrowserProbes(): void {
  const probes = {
    longTasks: [] as { startMs: number; durationMs: number }[],
    pathReadyMs: -1,
    firstFrameMs: -1,
    frameJsMs: [] as number[],
  };
  (window as unknown as { __twBench: typeof probes }).__twBench = probes;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probes.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const nativeRaf = window.requestAnimationFrame.bind(window);
  let frameStamp = -1;
  let frameTotal = 0;
  window.requestAnimationFrame = (callback) => nativeRaf((stamp) => {
    if (stamp !== frameStamp) {
      if (frameStamp >= 0) probes.frameJsMs.push(frameTotal);
      frameStamp = stamp;
      frameTotal = 0;
    }
    const t0 = performance.now();
    callback(stamp);
    frameTotal += performance.now() - t0;
  });

  const watch = () => {
    const main = document.querySelector('main');
    if (probes.pathReadyMs < 0 && main?.getAttribute('data-path-ready') === 'true') probes.pathReadyMs = performance.now();
    const scene = (window as unknown as { __twScene?: { frames: number } }).__twScene;
    if (probes.firstFrameMs < 0 && scene && scene.frames > 0) probes.firstFrameMs = performance.now();
    if (probes.pathReadyMs < 0 || probes.firstFrameMs < 0) nativeRaf(watch);
  };
  nativeRaf(watch);
}
