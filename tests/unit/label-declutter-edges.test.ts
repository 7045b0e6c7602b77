/** Names never run off the view's left edge: on a narrow view with no room either side they sit inside its right edge. */
import { describe, expect, it } from 'vitest';
import { declutterLabels } from '../../src/scene/label-declutter.ts';

function place(boxes: number[], left: number[], viewWidth: number) {
  const b = new Float32Array(boxes), shown = new Uint8Array(boxes.length / 4);
  declutterLabels(b, new Uint8Array(shown.length).fill(1), shown.length, shown, 2, undefined, new Float32Array(left), viewWidth);
  return { x: [...b].filter((_, i) => i % 4 === 0), shown: [...shown] };
}

describe('names at the view\'s edges', () => {
  it('go inside the right edge when the right runs off and the left would start before the view', () => {
    // 100 px name, body at 300 of a 390 px phone with a big disc: right box at 350 (off), left at -60 (off).
    expect(place([350, 100, 100, 16], [-60], 390)).toEqual({ x: [290], shown: [1] });
  });

  it('take the left when it is inside the view, and are left out rather than clipped when the right is taken', () => {
    expect(place([350, 100, 100, 16], [40], 390)).toEqual({ x: [40], shown: [1] });
    // A higher-priority name holds the right; the left would start at -20: hidden, not drawn half off the view.
    expect(place([100, 100, 80, 16, 100, 100, 80, 16], [0, -20], 390).shown).toEqual([1, 0]);
  });
});
