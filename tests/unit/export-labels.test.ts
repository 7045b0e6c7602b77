/**
 * The names drawn into an exported image: every drawn body's, even one a panel hides on screen (the export has no
 * panels), decluttered in the export's own pixels with the screen's priorities.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PerspectiveCamera } from 'three';
import { placeLabels } from '../../src/export/export-labels.ts';
import type { BodyId } from '../../src/core/bodies.ts';
import { createSceneRuntime, type SceneRuntime } from '../../src/scene/scene-runtime.ts';
import { KM_PER_UNIT } from '../../src/scene/scene-units.ts';
import { createClock } from '../../src/state/clock.ts';
import { createViewStore } from '../../src/state/view-store.ts';

const WIDTH = 1600, HEIGHT = 900;

/** A runtime with these bodies drawn at these scene positions (km), each with a 60×16 px name. */
function runtimeWith(bodies: Partial<Record<BodyId, [number, number, number]>>): SceneRuntime {
  const runtime = createSceneRuntime(createClock({ startTdbSec: 0, stopTdbSec: 1 }), createViewStore(),
    { azimuthDeg: 0, elevationDeg: 90, distanceKm: 1 }, null);
  for (const [id, posKm] of Object.entries(bodies) as [BodyId, [number, number, number]][]) {
    runtime.bodies.posKm[id].set(posKm);
    runtime.drawn[id] = true;
    runtime.drawnRadiusPx[id] = 4;
    runtime.labelSizes[id] = [60, 16];
    // As a panel leaves it on screen: hidden.
    runtime.labelElements[id] = { style: { visibility: 'hidden' }, dataset: {} } as unknown as HTMLElement;
  }
  return runtime;
}

/** Looking straight down on the scene's x–z plane from 10 units up: 1 unit spans 109 px at 900 px high. */
function topDownCamera(): PerspectiveCamera {
  const camera = new PerspectiveCamera(45, WIDTH / HEIGHT, 0.1, 100);
  camera.position.set(0, 10, 0);
  camera.up.set(0, 0, -1);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return camera;
}

const unit = (x: number, z: number): [number, number, number] => [x * KM_PER_UNIT, 0, z * KM_PER_UNIT];

beforeEach(() => {
  vi.stubGlobal('getComputedStyle', () => ({ fontSize: '13px', fontWeight: '500', fontFamily: 'Inter', color: 'rgb(255, 255, 255)' }));
});
afterEach(() => vi.unstubAllGlobals());

describe('names in exports', () => {
  it('are placed for every drawn body, whatever hides them on screen, right of the body at the pixel scale', () => {
    const runtime = runtimeWith({ sun: unit(0, 0), mars: unit(2, 0) });
    const labels = placeLabels(runtime, topDownCamera(), WIDTH, HEIGHT, 2, 'en');
    expect(labels.map((label) => label.text)).toEqual(['Sun', 'Mars']);
    const sun = labels[0]!;
    expect(sun.align).toBe('left');
    // Right of the middle by (4 px × 0.75 + 5 px gap) × 2, the font grown twice.
    expect(sun.x).toBeCloseTo(WIDTH / 2 + 16, 3);
    expect(sun.font).toBe('500 26.00px Inter');
  });

  it('give way by priority: a name that would overlap a higher one goes on its body\'s left, or is left out', () => {
    // Venus 33 px left of the Sun: its name's right-hand place overlaps the Sun's; the left is free.
    const beside = placeLabels(runtimeWith({ sun: unit(0, 0), venus: unit(-0.3, 0) }), topDownCamera(), WIDTH, HEIGHT, 1, 'en');
    expect(beside.map((label) => [label.text, label.align])).toEqual([['Sun', 'left'], ['Venus', 'right']]);
    // Mercury on the Sun, the Earth 65 px left of it: the Sun's name takes Mercury's right, the Earth's its left.
    const crowded = placeLabels(runtimeWith({ sun: unit(0, 0), earth: unit(-0.6, 0), mercury: unit(0.01, 0) }), topDownCamera(), WIDTH, HEIGHT, 1, 'en');
    expect(crowded.map((label) => label.text)).toEqual(['Sun', 'Earth']);
  });

  it('follow the language asked for and leave out bodies outside the image', () => {
    const labels = placeLabels(runtimeWith({ sun: unit(0, 0), jupiter: unit(40, 0) }), topDownCamera(), WIDTH, HEIGHT, 1, 'zh');
    expect(labels.map((label) => label.text)).toEqual(['太阳']);
  });
});
