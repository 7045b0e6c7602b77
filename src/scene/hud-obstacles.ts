/**
 * Measures the HUD over the scene a few times a second: the boxes labels must keep clear of, and the area the
 * panels leave free in which the overview draws the journey largest.
 */
import { useEffect } from 'react';
import { ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG } from './camera-targets.ts';
import { largestFreeRect } from './free-area.ts';
import { framedJourneySize } from './overview-framing.ts';
import { createLabelObstacles } from './label-declutter.ts';
import type { SceneRuntime } from './scene-runtime.ts';

/** What covers the scene: a label may not hide under these. Not the modal dialogs: they cover it only while open. */
const HUD_SELECTOR = '.panel:not([role="dialog"]), .tl, .hud-cluster, .illustrative-note, .hud-bottom-right';
/**
 * Covers the scene but does not move the framing: the toolbar is a thin strip in a corner (its drop-downs open
 * and close), and in the clean view the faint restore button sits over the sky.
 */
const NOT_FRAMING_SELECTOR = '.hud-top-right, .hud-bottom-right';
/** Panels open, close and move with the layout; labels and framing follow within this much. */
const REFRESH_MS = 400;

/** Keeps runtime.labelObstacles and runtime.freeArea to the HUD over the scene wrapper, in its pixels. */
export function useHudObstacles(runtime: SceneRuntime, panelsVisible: boolean): void {
  useEffect(() => {
    const obstacles = runtime.labelObstacles;
    const framing = createLabelObstacles(obstacles.boxes.length / 4);
    const measure = () => {
      const wrapper = runtime.wrapper;
      const page = wrapper?.closest('main');
      if (!wrapper || !page) return;
      const origin = wrapper.getBoundingClientRect();
      let count = 0;
      framing.count = 0;
      for (const element of page.querySelectorAll(HUD_SELECTOR)) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || 4 * count >= obstacles.boxes.length) continue;
        const rect = [box.left - origin.left, box.top - origin.top, box.width, box.height];
        obstacles.boxes.set(rect, 4 * count++);
        if (!element.closest(NOT_FRAMING_SELECTOR)) framing.boxes.set(rect, 4 * framing.count++);
      }
      obstacles.count = count;
      const free = largestFreeRect(framing, origin.width, origin.height, (rect) => framedJourneySize(rect, origin.height, ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG));
      const was = runtime.freeArea;
      if (was && free.left === was.left && free.top === was.top && free.right === was.right && free.bottom === was.bottom) return;
      runtime.freeArea = free;
      runtime.requestFrame();
    };
    measure();
    const timer = setInterval(measure, REFRESH_MS);
    window.addEventListener('resize', measure);
    // Panels mounting or unmounting (after loading, a banner): measured before the next frame, so the framing that
    // makes room for them is drawn with their first paint rather than up to REFRESH_MS after it.
    const mounts = new MutationObserver(measure);
    const page = runtime.wrapper?.closest('main');
    if (page) mounts.observe(page, { childList: true, attributeFilter: ['data-panels-wait'] });
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', measure);
      mounts.disconnect();
      obstacles.count = 0;
      runtime.freeArea = null;
    };
  }, [runtime, panelsVisible]);
}
