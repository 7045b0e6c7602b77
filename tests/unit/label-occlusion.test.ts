/** A body behind the focused body's drawn disc has no name (311P behind Kamoʻoalewa seen from metres away). */
import { describe, expect, it } from 'vitest';
import type { BodyId } from '../../src/core/bodies.ts';
import { createLabelLayout, LABEL_ORDER, placeLabels } from '../../src/scene/label-placement.ts';
import { KM_PER_UNIT } from '../../src/scene/scene-units.ts';
import { topDownFrame } from './support/top-down-frame.ts';

const frameFromAbove = topDownFrame;

/** Focus Kamoʻoalewa at the origin, drawn 300 px in radius, seen from 10 units up; 311P at `cometUnits`. */
function cometNameShown(cometUnits: [number, number, number], focusId: BodyId = 'kamooalewa', rockRadiusPx = 300): boolean {
  const frame = frameFromAbove();
  frame.focusId = focusId;
  frame.bodies.posKm.probe.set([0, 0, 0]);
  frame.drawn.probe = true;
  frame.drawnRadiusPx.probe = 300;
  const sizes: Partial<Record<BodyId, [number, number]>> = { kamooalewa: [80, 16], '311p': [80, 16] };
  frame.bodies.posKm.kamooalewa.set([0, 0, 0]);
  frame.bodies.posKm['311p'].set(cometUnits.map((c) => c * KM_PER_UNIT));
  frame.drawn.kamooalewa = frame.drawn['311p'] = true;
  frame.drawnRadiusPx.kamooalewa = rockRadiusPx;
  frame.drawnRadiusPx['311p'] = 2;
  const layout = placeLabels(frame, sizes, undefined, createLabelLayout());
  return layout.shown[LABEL_ORDER.indexOf('311p')] === 1;
}

describe('names behind the focused body', () => {
  it('are hidden behind its disc, shown in front of it or beside it', () => {
    // 0.3 units off the middle from 10 units up is ~33 px: inside the 300 px disc.
    expect(cometNameShown([0.3, -40, 0])).toBe(false);
    expect(cometNameShown([0.3, 5, 0])).toBe(true);
    // Behind, but 8 units aside at 20 units' depth: ~430 px off the middle, outside the disc's 240 px (0.8 of its radius).
    expect(cometNameShown([8, -10, 0])).toBe(true);
  });

  it('are kept behind a focused spacecraft: its drawn radius is the wings\' reach, mostly sky', () => {
    // (The rock a dot here: drawn large, it would hide 311P as the largest disc in view.)
    expect(cometNameShown([0.3, -40, 0], 'probe', 2)).toBe(true);
  });
});

describe('names behind the largest disc in view', () => {
  /** The Earth at the origin drawn 400 px in radius, the capsule focused in front of it; Mercury at `mercuryUnits`. */
  function mercuryNameShown(mercuryUnits: [number, number, number]): boolean {
    const frame = frameFromAbove();
    frame.focusId = 'capsule';
    frame.bodies.posKm.capsule.set([0, 5 * KM_PER_UNIT, 0]);
    frame.drawn.capsule = true;
    frame.drawnRadiusPx.capsule = 100;
    frame.bodies.posKm.earth.set([0, 0, 0]);
    frame.bodies.posKm.mercury.set(mercuryUnits.map((c) => c * KM_PER_UNIT));
    frame.drawn.earth = frame.drawn.mercury = true;
    frame.drawnRadiusPx.earth = 400;
    frame.drawnRadiusPx.mercury = 2;
    const layout = placeLabels(frame, { earth: [40, 16], mercury: [60, 16], capsule: [90, 16] }, undefined, createLabelLayout());
    return layout.shown[LABEL_ORDER.indexOf('mercury')] === 1;
  }

  it('hide what is behind the Earth\'s limb when a spacecraft is the focus (the capsule at entry), not what is beside it', () => {
    expect(mercuryNameShown([0.3, -40, 0])).toBe(false);
    expect(mercuryNameShown([10, -10, 0])).toBe(true);
    expect(mercuryNameShown([0.3, 7, 0])).toBe(true);
  });
});

/** Earth at the origin and the Moon `apartUnits` aside, both small dots, seen from 10 units up (~110 px per unit). */
function moonNameShown(apartUnits: number): { moon: boolean; earth: boolean } {
  const frame = frameFromAbove();
  frame.bodies.posKm.earth.set([0, 0, 0]);
  frame.bodies.posKm.moon.set([apartUnits * KM_PER_UNIT, 0, 0]);
  frame.drawn.earth = frame.drawn.moon = true;
  frame.drawnRadiusPx.earth = frame.drawnRadiusPx.moon = 2;
  const layout = placeLabels(frame, { earth: [40, 16], moon: [40, 16] }, undefined, createLabelLayout());
  return { moon: layout.shown[LABEL_ORDER.indexOf('moon')] === 1, earth: layout.shown[LABEL_ORDER.indexOf('earth')] === 1 };
}

describe('a moon beside its planet', () => {
  it('is one dot with it, named once ("Earth", not "Moon·Earth"), until the two are drawn apart', () => {
    // 0.05 units is ~5 px: one dot.
    expect(moonNameShown(0.05)).toEqual({ moon: false, earth: true });
    // 1 unit is ~110 px: two names.
    expect(moonNameShown(1)).toEqual({ moon: true, earth: true });
  });
});
