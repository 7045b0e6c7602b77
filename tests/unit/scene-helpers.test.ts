import { Ephemeris } from '../../src/core/ephemeris.ts';
import { describe, expect, it } from 'vitest';
import type { Track } from '../../src/core/track.ts';
import { createLabelObstacles, declutterLabels, LABEL_SIDE } from '../../src/scene/label-declutter.ts';
import { displayRadiusKm, kmPerPixel } from '../../src/scene/pixel-size.ts';
import { buildDisplayPolyline, countUpTo, writeRelativeUnits } from '../../src/scene/track-polyline.ts';
import { easeTransition, lerpDistanceLog } from '../../src/state/camera/camera-targets.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

function boxes(list: [number, number, number, number][]): Float32Array {
  return new Float32Array(list.flat());
}

describe('label declutter', () => {
  it('keeps the higher-priority label of two overlapping ones and every label that overlaps nothing', () => {
    const b = boxes([[100, 100, 60, 16], [130, 108, 60, 16], [400, 100, 60, 16], [100, 140, 60, 16]]);
    const shown = new Uint8Array(4);
    declutterLabels(b, new Uint8Array([1, 1, 1, 1]), 4, shown, 2);
    expect([...shown]).toEqual([1, 0, 1, 1]);
  });

  it('a hidden label does not push others away', () => {
    const b = boxes([[100, 100, 60, 16], [130, 108, 60, 16]]);
    const shown = new Uint8Array(2);
    declutterLabels(b, new Uint8Array([0, 1]), 2, shown);
    expect([...shown]).toEqual([0, 1]);
  });

  it('keeps labels off HUD panels: moves one to its body\'s left when the right is covered, hides it when both are', () => {
    const panel = createLabelObstacles(2);
    panel.boxes.set([0, 0, 360, 200]);
    panel.count = 1;
    // Body at x 370: right box [375, 435] is clear; body at x 300: right box under the panel, left box too.
    // Body at x 500 with the panel moved to cover its right: the left box [435, 495] is clear.
    const b = boxes([[375, 50, 60, 16], [305, 80, 60, 16]]);
    const shown = new Uint8Array(2);
    declutterLabels(b, new Uint8Array([1, 1]), 2, shown, 2, panel, new Float32Array([310, 235]));
    expect([...shown]).toEqual([1, 0]);

    panel.boxes.set([505, 0, 300, 200]);
    const right = boxes([[505, 50, 60, 16]]);
    declutterLabels(right, new Uint8Array([1]), 1, shown, 2, panel, new Float32Array([435]));
    expect(shown[0]).toBe(1);
    expect(right[0]).toBe(435);
  });

  it('puts a name that would run off the view\'s right edge on its body\'s left', () => {
    // Body at x 610 in a 660 px view: the right box [615, 735] would be cut, the left box [485, 605] fits.
    const b = boxes([[615, 50, 120, 16]]);
    const shown = new Uint8Array(1);
    declutterLabels(b, new Uint8Array([1]), 1, shown, 2, undefined, new Float32Array([485]), 660);
    expect(shown[0]).toBe(1);
    expect(b[0]).toBe(485);
  });

  it('hides a name that would be cut by the view\'s top edge (on either side of its body)', () => {
    // A body near the top: its name's box starts 6 px above the view (seen: "upiter" at the top of a reopened link).
    const b = boxes([[400, -6, 60, 16]]);
    const shown = new Uint8Array(1);
    declutterLabels(b, new Uint8Array([1]), 1, shown, 2, undefined, new Float32Array([330]), 660);
    expect(shown[0]).toBe(0);
  });

  it('centres a name above its body when both sides are taken (Kamoʻoalewa between Earth\'s and the probe\'s names), below if above is too', () => {
    // Label 0 and 1 are shown on the right and left of their bodies; label 2's body sits between them at x 200.
    const b = boxes([[205, 100, 60, 16], [80, 100, 110, 16], [205, 102, 80, 16]]);
    const shown = new Uint8Array(3), side = new Uint8Array(3);
    const vertical = { centredX: new Float32Array([0, 0, 160]), aboveY: new Float32Array([0, 0, 80]), belowY: new Float32Array([0, 0, 122]) };
    declutterLabels(b, new Uint8Array([1, 1, 1]), 3, shown, 2, undefined, new Float32Array([0, 80, 115]), 660, vertical, side);
    expect([...shown]).toEqual([1, 1, 1]);
    expect([side[2], b[8], b[9]]).toEqual([LABEL_SIDE.above, 160, 80]);
    // A panel over the space above: below, then.
    const panel = createLabelObstacles(1);
    panel.boxes.set([150, 60, 200, 25]);
    panel.count = 1;
    const again = boxes([[205, 100, 60, 16], [80, 100, 110, 16], [205, 102, 80, 16]]);
    declutterLabels(again, new Uint8Array([1, 1, 1]), 3, shown, 2, panel, new Float32Array([0, 80, 115]), 660, vertical, side);
    expect([shown[2], side[2], again[9]]).toEqual([1, LABEL_SIDE.below, 122]);
  });

  it('puts a name off a corner of its body when both sides, above and below are taken (three bodies within a name\'s length on a phone)', () => {
    // Labels 0 and 1 take the right and left of label 2's body at (200, ~110); obstacles take the space above and below.
    const crowd = (): Float32Array => boxes([[205, 100, 60, 16], [80, 100, 110, 16], [205, 102, 80, 16]]);
    const vertical = { centredX: new Float32Array([0, 0, 160]), aboveY: new Float32Array([0, 0, 80]), belowY: new Float32Array([0, 0, 122]) };
    const leftX = new Float32Array([0, 80, 115]);
    const place = (obstacles: [number, number, number, number][]) => {
      const panels = createLabelObstacles(obstacles.length);
      obstacles.forEach((box, k) => panels.boxes.set(box, 4 * k));
      panels.count = obstacles.length;
      const b = crowd(), shown = new Uint8Array(3), side = new Uint8Array(3);
      declutterLabels(b, new Uint8Array([1, 1, 1]), 3, shown, 2, panels, leftX, 660, vertical, side);
      return { shown: shown[2], side: side[2], x: b[8], y: b[9] };
    };
    // Above and below blocked left of the body (and so are the left-hand corners): above-right.
    expect(place([[170, 85, 30, 5], [170, 125, 30, 5]])).toEqual({ shown: 1, side: LABEL_SIDE.upperRight, x: 205, y: 80 });
    // Blocked right of the body: above-left, its box ending at the body's left.
    expect(place([[205, 85, 30, 5], [205, 125, 30, 5]])).toEqual({ shown: 1, side: LABEL_SIDE.upperLeft, x: 115, y: 80 });
    // Above-right taken, below-right free: below-right.
    expect(place([[170, 85, 70, 5], [170, 125, 30, 5]])).toMatchObject({ shown: 1, side: LABEL_SIDE.lowerRight, y: 122 });
    // Every place taken: no name.
    expect(place([[100, 78, 200, 20], [100, 120, 200, 20]]).shown).toBe(0);
  });

  it('property: shown boxes never overlap', () => {
    const random = seededRandom(3);
    const n = 40;
    const b = new Float32Array(4 * n);
    for (let i = 0; i < n; i++) b.set([random() * 800, random() * 600, 30 + random() * 80, 14], 4 * i);
    const shown = new Uint8Array(n);
    declutterLabels(b, new Uint8Array(n).fill(1), n, shown, 0);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) {
      if (!shown[i] || !shown[j]) continue;
      const separate = b[4 * i]! + b[4 * i + 2]! <= b[4 * j]! || b[4 * j]! + b[4 * j + 2]! <= b[4 * i]!
        || b[4 * i + 1]! + b[4 * i + 3]! <= b[4 * j + 1]! || b[4 * j + 1]! + b[4 * j + 3]! <= b[4 * i + 1]!;
      expect(separate).toBe(true);
    }
    expect(shown[0]).toBe(1);
  });
});

describe('pixel size', () => {
  it('a 90° field of view 1000 px tall spans 2 km at 1 km: 2 m per pixel', () => {
    expect(kmPerPixel(1, Math.PI / 2, 1000)).toBeCloseTo(0.002, 12);
  });

  it('exaggeration only ever grows a body, and off means the true radius', () => {
    expect(displayRadiusKm(6371, 4, 1e5, true)).toBe(4e5);
    expect(displayRadiusKm(6371, 4, 1, true)).toBe(6371);
    expect(displayRadiusKm(6371, 4, 1e5, false)).toBe(6371);
  });
});

describe('track polylines', () => {
  const track: Track = {
    id: 'probe',
    segments: [
      { tdbSec: new Float64Array([0, 10]), posKm: new Float64Array([1e8, 0, 0, 1e8, 1e5, 0]), velKmS: new Float64Array([0, 1e4, 0, 0, 1e4, 0]) },
      { tdbSec: new Float64Array([10, 20, 30]), posKm: new Float64Array([1e8, 1e5, 0, 1e8, 2e5, 0, 1e8, 3e5, 0]), velKmS: new Float64Array([0, 1e4, 0, 0, 1e4, 0, 0, 1e4, 0]) },
    ],
  };

  it('keeps every sample in time order across segments, and only those in the window', () => {
    const ephemeris = new Ephemeris([track]);
    const all = buildDisplayPolyline(ephemeris, 'probe', { frame: 'heliocentric' })!;
    expect([...all.tdbSec]).toEqual([0, 10, 10, 20, 30]);
    expect(all.segmentStarts).toEqual([0, 2]);
    const window = buildDisplayPolyline(ephemeris, 'probe', { frame: 'heliocentric', startTdbSec: 5, endTdbSec: 25 })!;
    expect([...window.tdbSec]).toEqual([10, 10, 20]);
    expect(window.posKm.length).toBe(9);
  });

  it('has no rotating-frame line without an Earth track', () => {
    expect(buildDisplayPolyline(new Ephemeris([track]), 'probe', { frame: 'sun-earth-rotating' })).toBeNull();
  });

  it('rotating: a track equal to the Earth\'s collapses onto the origin', () => {
    const line = buildDisplayPolyline(new Ephemeris([track, { ...track, id: 'earth' }]), 'probe', { frame: 'sun-earth-rotating' })!;
    for (const value of line.posKm) expect(Math.abs(value)).toBeLessThan(1e-6);
  });

  it('writes float32 scene units relative to an origin without losing metres near it', () => {
    const src = new Float64Array([1.5e8 + 0.003, 2e8, -3e7, 1.5e8 - 0.001, 2e8, -3e7]);
    const dst = new Float32Array(6);
    writeRelativeUnits(src, 2, [1.5e8, 2e8, -3e7], 1e6, dst);
    expect(dst[0]! * 1e6).toBeCloseTo(0.003, 6);
    expect(dst[3]! * 1e6).toBeCloseTo(-0.001, 6);
  });

  it('countUpTo counts the samples at or before a time', () => {
    const times = new Float64Array([0, 10, 10, 20, 30]);
    expect(countUpTo(times, 5, -1)).toBe(0);
    expect(countUpTo(times, 5, 10)).toBe(3);
    expect(countUpTo(times, 5, 25)).toBe(4);
    expect(countUpTo(times, 5, 99)).toBe(5);
  });
});

describe('camera easing', () => {
  it('starts and ends still, is monotonic, and interpolates distance geometrically', () => {
    expect(easeTransition(0)).toBe(0);
    expect(easeTransition(1)).toBe(1);
    expect(easeTransition(2)).toBe(1);
    for (let x = 0; x < 1; x += 0.05) expect(easeTransition(x + 0.05)).toBeGreaterThanOrEqual(easeTransition(x));
    expect(lerpDistanceLog(1e8, 100, 0.5)).toBeCloseTo(1e5, 3);
  });
});
