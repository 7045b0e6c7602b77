import { describe, expect, it } from 'vitest';
import { AdaptiveResolution, RESOLUTION_SCALES } from '../../src/scene/adaptive-resolution.ts';

/** Feeds `n` moving frames of `intervalSec` each; the scale of the last. */
const run = (adaptive: AdaptiveResolution, n: number, intervalSec: number): number => {
  let scale = 1;
  for (let i = 0; i < n; i++) scale = adaptive.frame(intervalSec, true);
  return scale;
};

describe('adaptive resolution', () => {
  it('keeps full resolution while frames are quick enough (30 frames/s)', () => {
    expect(run(new AdaptiveResolution(), 300, 1 / 30)).toBe(1);
  });

  it('steps down, one step per window, while frames run long (10 frames/s), and no lower than its last step', () => {
    const adaptive = new AdaptiveResolution();
    expect(run(adaptive, 29, 0.1)).toBe(1);
    expect(run(adaptive, 1, 0.1)).toBe(RESOLUTION_SCALES[1]);
    expect(run(adaptive, 30, 0.1)).toBe(RESOLUTION_SCALES[2]);
    expect(run(adaptive, 300, 0.1)).toBe(RESOLUTION_SCALES[RESOLUTION_SCALES.length - 1]);
  });

  it('draws the frame the scene comes to rest in at full resolution, and keeps the step for the next move', () => {
    const adaptive = new AdaptiveResolution();
    run(adaptive, 30, 0.1);
    expect(adaptive.frame(0.1, false)).toBe(1);
    expect(adaptive.frame(3, true)).toBe(RESOLUTION_SCALES[1]);
  });

  it('steps back up once frames are quick again (60 frames/s)', () => {
    const adaptive = new AdaptiveResolution();
    run(adaptive, 60, 0.1);
    expect(run(adaptive, 30, 1 / 60)).toBe(RESOLUTION_SCALES[1]);
    expect(run(adaptive, 30, 1 / 60)).toBe(1);
  });

  it('does not count an idle gap as a slow frame', () => {
    const adaptive = new AdaptiveResolution();
    for (let i = 0; i < 100; i++) {
      adaptive.frame(5, true);
      adaptive.frame(1 / 30, true);
    }
    expect(adaptive.movingScale).toBe(1);
  });

  it('a median, not a mean: a few long frames (a shader compile) do not step it down', () => {
    const adaptive = new AdaptiveResolution();
    for (let i = 0; i < 90; i++) adaptive.frame(i % 10 === 0 ? 0.4 : 1 / 30, true);
    expect(adaptive.movingScale).toBe(1);
  });
});
