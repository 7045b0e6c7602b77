/**
 * The part of the view the panels leave free: the largest rectangle that overlaps none of them. The overview is
 * framed in it, so the journey is not drawn under the readouts or the timeline. Brute force over the panels' edges:
 * a handful of panels make a few thousand candidates, measured a few times a second at most.
 */
import type { ScreenRect } from '../state/camera/screen-rect.ts';
import type { LabelObstacles } from './label-declutter.ts';

export type { ScreenRect };

function overlapsAny(boxes: LabelObstacles, left: number, top: number, right: number, bottom: number): boolean {
  for (let k = 0; k < boxes.count; k++) {
    const x = boxes.boxes[4 * k] as number, y = boxes.boxes[4 * k + 1] as number;
    const w = boxes.boxes[4 * k + 2] as number, h = boxes.boxes[4 * k + 3] as number;
    if (left < x + w && x < right && top < y + h && y < bottom) return true;
  }
  return false;
}

const area = (rect: ScreenRect) => (rect.right - rect.left) * (rect.bottom - rect.top);

/**
 * Largest rectangle of the width×height view clear of every box (x, y, w, h in its pixels), by `size` (its area
 * unless told); the whole view if none is.
 */
export function largestFreeRect(
  panels: LabelObstacles, width: number, height: number, size: (rect: ScreenRect) => number = area,
): ScreenRect {
  const lefts = [0], rights = [width], tops = [0], bottoms = [height];
  for (let k = 0; k < panels.count; k++) {
    const x = panels.boxes[4 * k] as number, y = panels.boxes[4 * k + 1] as number;
    lefts.push(x + (panels.boxes[4 * k + 2] as number));
    rights.push(x);
    tops.push(y + (panels.boxes[4 * k + 3] as number));
    bottoms.push(y);
  }
  let best: ScreenRect = { left: 0, top: 0, right: width, bottom: height };
  let bestSize = -Infinity;
  const candidate: ScreenRect = { left: 0, top: 0, right: 0, bottom: 0 };
  for (const left of lefts) {
    for (const right of rights) {
      if (right <= left || left < 0 || right > width) continue;
      for (const top of tops) {
        for (const bottom of bottoms) {
          if (bottom <= top || top < 0 || bottom > height) continue;
          candidate.left = left; candidate.top = top; candidate.right = right; candidate.bottom = bottom;
          const candidateSize = size(candidate);
          if (candidateSize <= bestSize || overlapsAny(panels, left, top, right, bottom)) continue;
          best = { left, top, right, bottom };
          bestSize = candidateSize;
        }
      }
    }
  }
  return best;
}
