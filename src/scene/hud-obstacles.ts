/**
 * Measures the areas the panels registered as covering the scene (src/state/screen-areas.ts): the boxes names must
 * keep clear of, and the area the panels leave free in which the overview draws the journey largest.
 */
import { useEffect } from 'react';
import { ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG } from '../state/camera/camera-targets.ts';
import { largestFreeRect } from './free-area.ts';
import { framedJourneySize } from '../state/camera/overview-fit.ts';
import { screenAreas, type ScreenAreas } from '../state/screen-areas.ts';
import { createLabelObstacles } from './label-declutter.ts';
import type { SceneRuntime } from './scene-runtime.ts';

/** Panels open, close and move with the layout; names and framing follow within this much (changes are told at once). */
const REFRESH_MS = 400;

/** Keeps runtime.labelObstacles and runtime.freeArea to the HUD over the scene wrapper, in its pixels. */
export function useHudObstacles(runtime: SceneRuntime, panelsVisible: boolean, areas: ScreenAreas = screenAreas): void {
  useEffect(() => {
    const obstacles = runtime.labelObstacles;
    const framing = createLabelObstacles(obstacles.boxes.length / 4);
    const measured = { boxes: new Float32Array(obstacles.boxes.length), count: -1 };
    const measure = () => {
      const wrapper = runtime.wrapper;
      if (!wrapper) return;
      const origin = wrapper.getBoundingClientRect();
      let count = 0;
      framing.count = 0;
      for (const area of areas.areas()) {
        const box = area.measure();
        if (!box || box.width === 0 || box.height === 0 || 4 * count >= obstacles.boxes.length) continue;
        const rect = [box.left - origin.left, box.top - origin.top, box.width, box.height];
        obstacles.boxes.set(rect, 4 * count++);
        if (area.framing) framing.boxes.set(rect, 4 * framing.count++);
      }
      obstacles.count = count;
      // A paused scene draws no frames: the labels are placed again only in the frame asked for here.
      const obstaclesMoved = count !== measured.count || obstacles.boxes.some((value, k) => k < 4 * count && value !== measured.boxes[k]);
      measured.boxes.set(obstacles.boxes);
      measured.count = count;
      const free = largestFreeRect(framing, origin.width, origin.height, (rect) => framedJourneySize(rect, origin.height, ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG));
      const was = runtime.freeArea;
      const freeAreaMoved = !was || free.left !== was.left || free.top !== was.top || free.right !== was.right || free.bottom !== was.bottom;
      if (freeAreaMoved) runtime.freeArea = free;
      if (freeAreaMoved || obstaclesMoved) runtime.requestFrame();
    };
    measure();
    const timer = setInterval(measure, REFRESH_MS);
    window.addEventListener('resize', measure);
    // A panel registering, leaving, resizing, showing or hiding is measured at once: the framing and the names make
    // room for it with its first paint rather than up to REFRESH_MS after it.
    const stopAreas = areas.subscribe(measure);
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', measure);
      stopAreas();
      obstacles.count = 0;
      runtime.freeArea = null;
    };
  }, [runtime, panelsVisible, areas]);
}
