/**
 * The adaptive quality step: while the scene moves and frames run long, it is drawn at a lower resolution (fewer
 * pixels to rasterise, which is where software WebGL spends a frame), and back at full resolution once frames are
 * quick again — and always for the frame the scene comes to rest in, so a still picture (a screenshot, a paused
 * journey) is never the coarse one. Plain logic: the live loop feeds it each drawn frame's interval.
 */

/** Resolution scales tried in turn: 64 % and then 42 % of the pixels. */
export const RESOLUTION_SCALES = [1, 0.8, 0.65] as const;
/** Frames judged at a time (about two seconds at the slow rate). */
const WINDOW_FRAMES = 30;
/** Longer than this (under 20 frames/s), the median frame steps the resolution down. */
const SLOW_FRAME_SEC = 1 / 20;
/** Shorter than this (over 30 frames/s), it steps back up: between the two it holds. */
const QUICK_FRAME_SEC = 1 / 30;
/** An interval this long is a pause between moves (an idle spell, a hidden tab), not a frame's cost. */
const GAP_SEC = 0.5;

export class AdaptiveResolution {
  private step = 0;
  private readonly intervals: number[] = [];

  /** The scale frames are drawn at while moving (the still frame is always at 1). */
  get movingScale(): number {
    return RESOLUTION_SCALES[this.step]!;
  }

  /**
   * One drawn frame: the real seconds since the previous one and whether the scene is moving in it. Returns the
   * resolution scale to draw it at.
   */
  frame(intervalSec: number, moving: boolean): number {
    if (!moving) {
      this.intervals.length = 0;
      return 1;
    }
    if (intervalSec > 0 && intervalSec < GAP_SEC) this.intervals.push(intervalSec);
    if (this.intervals.length >= WINDOW_FRAMES) {
      const sorted = [...this.intervals].sort((a, b) => a - b);
      const median = sorted[sorted.length >> 1]!;
      if (median > SLOW_FRAME_SEC && this.step < RESOLUTION_SCALES.length - 1) this.step++;
      else if (median < QUICK_FRAME_SEC && this.step > 0) this.step--;
      this.intervals.length = 0;
    }
    return this.movingScale;
  }
}
