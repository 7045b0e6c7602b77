/**
 * Measures the HUD over the scene a few times a second: the boxes labels must keep clear of, and the area the
 * panels leave free in which the overview draws the journey largest.
 */
import { useEffect } from 'react';
import { ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG } from '../state/camera/camera-targets.ts';
import { largestFreeRect } from './free-area.ts';
import { framedJourneySize } from '../state/camera/overview-fit.ts';
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

/** Attributes that show, hide or resize parts of the HUD: loading, the clean view, the event list, the plot. */
const HUD_SHAPE_ATTRIBUTES = ['data-panels-wait', 'data-panels', 'hidden', 'data-collapsed'];

/** Whether a DOM change adds or removes part of the HUD (text written while playing changes text nodes only). */
function movesHud(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  const isHud = (node: Node) => node instanceof Element && (node.matches(HUD_SELECTOR) || node.querySelector(HUD_SELECTOR) !== null);
  return [...record.addedNodes].some(isHud) || [...record.removedNodes].some(isHud);
}

/** Keeps runtime.labelObstacles and runtime.freeArea to the HUD over the scene wrapper, in its pixels. */
export function useHudObstacles(runtime: SceneRuntime, panelsVisible: boolean): void {
  useEffect(() => {
    const obstacles = runtime.labelObstacles;
    const framing = createLabelObstacles(obstacles.boxes.length / 4);
    const measured = { boxes: new Float32Array(obstacles.boxes.length), count: -1 };
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
    // Panels mounting or unmounting (after loading, a banner, the event list, a card): measured before the next
    // frame, so the framing and the labels make room for them with their first paint rather than up to REFRESH_MS
    // after it (a closed list kept the names it had covered hidden that long).
    const mounts = new MutationObserver((records) => {
      if (records.some(movesHud)) measure();
    });
    const page = runtime.wrapper?.closest('main');
    if (page) mounts.observe(page, { childList: true, subtree: true, attributeFilter: HUD_SHAPE_ATTRIBUTES });
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', measure);
      mounts.disconnect();
      obstacles.count = 0;
      runtime.freeArea = null;
    };
  }, [runtime, panelsVisible]);
}
