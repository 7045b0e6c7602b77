/** The largest part of the view the panels leave free. */
import { describe, expect, it } from 'vitest';
import { ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG } from '../../src/state/camera/camera-targets.ts';
import { largestFreeRect } from '../../src/scene/free-area.ts';
import { framedJourneySize } from '../../src/state/camera/overview-fit.ts';
import { createLabelObstacles } from '../../src/scene/label-declutter.ts';

function panels(...boxes: [number, number, number, number][]) {
  const out = createLabelObstacles();
  boxes.forEach((box, k) => out.boxes.set(box, 4 * k));
  out.count = boxes.length;
  return out;
}

describe('the free area', () => {
  it('is the whole view without panels', () => {
    expect(largestFreeRect(panels(), 800, 600)).toEqual({ left: 0, top: 0, right: 800, bottom: 600 });
  });

  it('is right of the readouts column and above the controls, as the app lays them out at 1280×720', () => {
    // Boxes measured in the app: readouts, illustrative note, distance plot, playback bar, timeline.
    const hud = panels([12, 12, 356, 212], [12, 236, 356, 85], [12, 402, 338, 153], [276, 558, 728, 52], [12, 618, 1256, 92]);
    expect(largestFreeRect(hud, 1280, 720)).toEqual({ left: 368, top: 0, right: 1280, bottom: 558 });
  });

  it('takes the larger side when a panel splits the view', () => {
    expect(largestFreeRect(panels([300, 0, 100, 600]), 800, 600)).toEqual({ left: 400, top: 0, right: 800, bottom: 600 });
    expect(largestFreeRect(panels([0, 400, 800, 50]), 800, 600)).toEqual({ left: 0, top: 0, right: 800, bottom: 400 });
  });

  it('measured by the journey it can hold, prefers the wider rectangle beside an event\'s card (660×900)', () => {
    // Boxes measured in the app: readouts, note, playback bar, timeline, the card, the distance plot.
    const hud = panels([12, 60, 356, 213], [12, 285, 356, 85], [177, 738, 306, 54], [12, 798, 636, 92], [376, 60, 272, 422], [12, 582, 338, 154]);
    // By area, the strip between the note and the distance plot (376 × 212) beats the corner right of the plot (310 × 256)…
    expect(largestFreeRect(hud, 660, 900)).toEqual({ left: 0, top: 370, right: 376, bottom: 582 });
    // …but the tilted journey is drawn larger in the corner.
    const journey = (rect: { left: number; top: number; right: number; bottom: number }) => framedJourneySize(rect, 900, ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG);
    expect(largestFreeRect(hud, 660, 900, journey)).toEqual({ left: 350, top: 482, right: 660, bottom: 738 });
  });

  it('ignores panels outside the view and still returns the whole view when every pixel is covered', () => {
    expect(largestFreeRect(panels([900, 0, 100, 100], [-200, 0, 100, 600]), 800, 600)).toEqual({ left: 0, top: 0, right: 800, bottom: 600 });
    expect(largestFreeRect(panels([0, 0, 800, 600]), 800, 600)).toEqual({ left: 0, top: 0, right: 800, bottom: 600 });
  });
});
