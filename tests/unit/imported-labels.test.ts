/**
 * An imported track is named in the scene's label system: from its slot after the catalogue's names, beside its
 * drawn point, decluttered with the others (a catalogue name keeps its place; the track's name moves or goes), and
 * not at all while its point is not drawn.
 */
import { describe, expect, it } from 'vitest';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import type { ImportedBodyId, ImportedTrack } from '../../src/core/imported-track.ts';
import { createLabelLayout, LABEL_ORDER, LABEL_SLOTS, placeLabels } from '../../src/scene/label-placement.ts';
import { KM_PER_UNIT } from '../../src/scene/scene-units.ts';
import { topDownFrame, TOP_DOWN_HEIGHT as HEIGHT, TOP_DOWN_WIDTH as WIDTH } from './support/top-down-frame.ts';

const ID: ImportedBodyId = 'import:test-orbiter';
const SLOT = LABEL_ORDER.length;

/** A two-sample track (its states are not read here: the frame's positions are set by hand). */
function track(id: ImportedBodyId): ImportedTrack {
  const segment = { tdbSec: Float64Array.of(0, 100), posKm: new Float64Array(6), velKmS: new Float64Array(6) };
  return { id, name: 'Test orbiter', sourceName: 'test.oem', color: '#5ee0c8', track: { id, segments: [segment] }, startTdbSec: 0, endTdbSec: 100 };
}

/** Seen from 10 units above the origin, looking down (~110 px per unit at the origin's depth); the track placed at `units`. */
function frameWithTrack(units: [number, number, number], drawnRadiusPx: number) {
  const frame = topDownFrame();
  frame.bodies.setEphemeris(new Ephemeris([], [track(ID)]));
  frame.bodies.importedPosKm[0]!.set(units.map((u) => u * KM_PER_UNIT));
  frame.bodies.importedValid[0] = 1;
  frame.importedDrawnRadiusPx[0] = drawnRadiusPx;
  return frame;
}

function overlaps(boxes: Float32Array, a: number, b: number): boolean {
  const [ax, ay, aw, ah] = [boxes[4 * a]!, boxes[4 * a + 1]!, boxes[4 * a + 2]!, boxes[4 * a + 3]!];
  const [bx, by, bw, bh] = [boxes[4 * b]!, boxes[4 * b + 1]!, boxes[4 * b + 2]!, boxes[4 * b + 3]!];
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

describe('an imported track\'s name', () => {
  it('is placed beside its drawn point, in the slot after the catalogue\'s', () => {
    const frame = frameWithTrack([0, 0, 0], 3.5);
    const layout = placeLabels(frame, { [ID]: [90, 16] }, undefined, createLabelLayout());
    expect(layout.ids[SLOT]).toBe(ID);
    expect(layout.shown[SLOT]).toBe(1);
    // The point is at the view's middle: the name starts a few px to its right, level with it.
    expect(layout.boxes[4 * SLOT]! - WIDTH / 2).toBeGreaterThan(0);
    expect(layout.boxes[4 * SLOT]! - WIDTH / 2).toBeLessThan(15);
    expect(Math.abs(layout.boxes[4 * SLOT + 1]! + 8 - HEIGHT / 2)).toBeLessThan(12);
    expect(layout.ids.length).toBe(LABEL_SLOTS);
  });

  it('is not shown while its point is not drawn or has no state, nor for a slot with no track', () => {
    const notDrawn = frameWithTrack([0, 0, 0], 0);
    expect(placeLabels(notDrawn, { [ID]: [90, 16] }, undefined, createLabelLayout()).shown[SLOT]).toBe(0);
    const noState = frameWithTrack([0, 0, 0], 3.5);
    noState.bodies.importedValid[0] = 0;
    expect(placeLabels(noState, { [ID]: [90, 16] }, undefined, createLabelLayout()).shown[SLOT]).toBe(0);
    const layout = placeLabels(frameWithTrack([0, 0, 0], 3.5), { [ID]: [90, 16] }, undefined, createLabelLayout());
    expect(layout.ids[SLOT + 1]).toBeNull();
    expect(layout.shown[SLOT + 1]).toBe(0);
  });

  it('declutters with the catalogue\'s names: beside Mars, Mars keeps its place and the two never overlap', () => {
    const frame = frameWithTrack([0.02, 0, 0], 3.5);
    frame.bodies.posKm.mars.set([0, 0, 0]);
    frame.drawn.mars = true;
    frame.drawnRadiusPx.mars = 3;
    const sizes = { [ID]: [90, 16] as [number, number], mars: [40, 16] as [number, number] };
    const alone = placeLabels(frameWithTrack([0.02, 0, 0], 3.5), sizes, undefined, createLabelLayout());
    const layout = placeLabels(frame, sizes, undefined, createLabelLayout());
    const mars = LABEL_ORDER.indexOf('mars');
    expect(layout.shown[mars]).toBe(1);
    // Mars' name on its right, where the track's would have gone alone: the track's name went elsewhere.
    expect(layout.side[mars]).toBe(alone.side[SLOT]);
    expect(layout.shown[SLOT]).toBe(1);
    expect(layout.side[SLOT]).not.toBe(alone.side[SLOT]);
    expect(overlaps(layout.boxes, mars, SLOT)).toBe(false);
  });
});
