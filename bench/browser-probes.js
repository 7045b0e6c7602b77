// Installed into the page before any app script runs (plain JS: given to Chromium as it is, untransformed):
// records long tasks, the first rendered frame, the first with the planets placed, the moment the panels can be
// painted, the moments the probe path is ready, each scene stage is shown and all are, and the JS time spent in
// each animation frame (all requestAnimationFrame callbacks of one frame summed). Logs 'tw-bench: loaded' once all
// of the loading moments are recorded.
(() => {
  // The app installs its frame counters (window.__twScene) only when asked.
  window.__twDebug = true;
  const probes = {
    longTasks: [], pathReadyMs: -1, sceneReadyMs: -1, firstFrameMs: -1, planetsFrameMs: -1, panelsShownMs: -1,
    stageShownMs: {}, frameJsMs: [],
  };
  window.__twBench = probes;
  const LOADED_MESSAGE = 'tw-bench: loaded';
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

  // The panels mount with the planets (main loses data-panels-wait); the frame after that is the first one that can
  // hold them.
  let panelsUnhidden = false;
  const watch = () => {
    const main = document.querySelector('main');
    if (probes.pathReadyMs < 0 && main && main.getAttribute('data-path-ready') === 'true') probes.pathReadyMs = performance.now();
    if (probes.firstFrameMs < 0 && window.__twScene && window.__twScene.frames > 0) probes.firstFrameMs = performance.now();
    if (probes.planetsFrameMs < 0 && window.__twScene && window.__twScene.framesWithPlanets > 0) probes.planetsFrameMs = performance.now();
    if (window.__twScene) {
      for (const stage of window.__twScene.shownStages) if (!(stage in probes.stageShownMs)) probes.stageShownMs[stage] = performance.now();
    }
    if (probes.sceneReadyMs < 0 && document.querySelector('[data-scene-ready="true"]')) probes.sceneReadyMs = performance.now();
    if (probes.panelsShownMs < 0) {
      if (panelsUnhidden) probes.panelsShownMs = performance.now();
      else if (main && !main.hasAttribute('data-panels-wait')) panelsUnhidden = true;
    }
    const pending = [probes.pathReadyMs, probes.firstFrameMs, probes.planetsFrameMs, probes.sceneReadyMs, probes.panelsShownMs];
    if (pending.some((ms) => ms < 0)) nativeRaf(watch);
    // The bench listens for this instead of evaluating in the page, which would run Playwright's scripts mid-load.
    else console.info(LOADED_MESSAGE);
  };
  nativeRaf(watch);
})();
