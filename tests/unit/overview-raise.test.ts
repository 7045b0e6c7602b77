/** The overview's centre is drawn above the controls; everything else stays centred. */
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { applyRaise, glideRaisePx, OVERVIEW_RAISE_FRACTION, raiseTargetPx } from '../../src/scene/overview-raise.ts';

const OVERVIEW = { panelsVisible: true, focusId: null, cameraMode: 'orbit' } as const;

describe('the overview raise', () => {
  it('applies only to the orbit camera\'s overview with the panels shown', () => {
    expect(raiseTargetPx(OVERVIEW, 720)).toBeCloseTo(OVERVIEW_RAISE_FRACTION * 720, 9);
    expect(raiseTargetPx({ ...OVERVIEW, panelsVisible: false }, 720)).toBe(0);
    expect(raiseTargetPx({ ...OVERVIEW, focusId: 'earth' }, 720)).toBe(0);
    expect(raiseTargetPx({ ...OVERVIEW, cameraMode: 'probe-to-target' }, 720)).toBe(0);
  });

  it('glides at the same pace whatever the frame rate, and a long idle spell is one short step', () => {
    let at30 = 0, at60 = 0;
    for (let i = 0; i < 9; i++) at30 = glideRaisePx(at30, 72, 1 / 30);
    for (let i = 0; i < 18; i++) at60 = glideRaisePx(at60, 72, 1 / 60);
    expect(at30).toBeCloseTo(at60, 6);
    expect(at30).toBeGreaterThan(40);
    expect(at30).toBeLessThan(72);
    expect(glideRaisePx(0, 72, 5)).toBeLessThan(20);
    expect(glideRaisePx(71.9, 72, 1 / 60)).toBe(72);
  });

  it('draws the point the camera looks at that many pixels above the middle, and clears back to the middle', () => {
    const camera = new PerspectiveCamera(45, 1280 / 720, 0.1, 100);
    camera.position.set(0, 3, 4);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    const yPx = () => {
      const ndc = new Vector3(0, 0, 0).project(camera);
      return (1 - ndc.y) / 2 * 720;
    };
    applyRaise(camera, 1280, 720, 72);
    expect(yPx()).toBeCloseTo(360 - 72, 6);
    expect(camera.aspect).toBeCloseTo(1280 / 720, 12);
    applyRaise(camera, 1280, 720, 0);
    expect(camera.view?.enabled ?? false).toBe(false);
    expect(yPx()).toBeCloseTo(360, 6);
  });
});
