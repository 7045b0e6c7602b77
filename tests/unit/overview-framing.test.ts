/** The overview framed in the free area: projected with three's own camera, the journey's disc fills it, centred. */
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { DEG } from '../../src/core/constants.ts';
import type { ScreenRect } from '../../src/scene/free-area.ts';
import { applyCamera } from '../../src/scene/apply-camera.ts';
import { createCameraState } from '../../src/state/camera/camera-state.ts';
import { discPicture, fitOverview, glideStepSec, glideToward, type OverviewFit } from '../../src/state/camera/overview-fit.ts';

const ELEVATION_DEG = 52;

/** The disc's rim as drawn by a camera at the fit, px: its bounding box. */
function drawnDisc(fit: OverviewFit, reach: number, width: number, height: number) {
  const camera = new PerspectiveCamera(45, width / height, 0.01, 1e4);
  camera.position.set(0, fit.distanceKm * Math.sin(ELEVATION_DEG * DEG), fit.distanceKm * Math.cos(ELEVATION_DEG * DEG));
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  // The target drawn (dx, dy) px off the middle: the principal point moves, as the scene's camera phase does it.
  camera.setViewOffset(width, height, -fit.targetDxPx, -fit.targetDyPx, width, height);
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  const point = new Vector3();
  for (let i = 0; i < 3600; i++) {
    const angle = (i / 3600) * 2 * Math.PI;
    point.set(reach * Math.cos(angle), 0, reach * Math.sin(angle)).project(camera);
    const x = (point.x + 1) / 2 * width, y = (1 - point.y) / 2 * height;
    box.left = Math.min(box.left, x); box.right = Math.max(box.right, x);
    box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y);
  }
  const target = new Vector3(0, 0, 0).project(camera);
  return { box, targetX: (target.x + 1) / 2 * width, targetY: (1 - target.y) / 2 * height };
}

function fit(free: ScreenRect, width: number, height: number, reach = 2.44): OverviewFit {
  return fitOverview({ reachKm: reach, free, widthPx: width, heightPx: height, fovDeg: 45, elevationDeg: ELEVATION_DEG },
    { distanceKm: 0, targetDxPx: 0, targetDyPx: 0 });
}

describe('the overview framing', () => {
  it('fills the height of a wide free area (1280×720 beside the panels), the disc centred in it', () => {
    const free = { left: 368, top: 0, right: 1280, bottom: 558 };
    const framed = fit(free, 1280, 720);
    const { box, targetX, targetY } = drawnDisc(framed, 2.44, 1280, 720);
    expect(box.bottom - box.top).toBeCloseTo(0.94 * 558, 0);
    expect(box.right - box.left).toBeLessThan(0.94 * 912);
    expect((box.top + box.bottom) / 2).toBeCloseTo(279, 0);
    expect((box.left + box.right) / 2).toBeCloseTo(824, 0);
    // The near half is drawn larger, so the centre (the Sun) sits above the area's middle.
    expect(targetX).toBeCloseTo(824, 6);
    expect(targetY).toBeLessThan(279 - 20);
  });

  it('describes the disc\'s picture as the camera draws it (what exports fit)', () => {
    const framed = fit({ left: 368, top: 0, right: 1280, bottom: 558 }, 1280, 720);
    const { box, targetY } = drawnDisc(framed, 2.44, 1280, 720);
    const picture = discPicture(framed.distanceKm, 2.44, ELEVATION_DEG)!;
    const pxPerTan = 360 / Math.tan(22.5 * DEG);
    expect(picture.heightTan * pxPerTan).toBeCloseTo(box.bottom - box.top, 1);
    expect(2 * picture.halfWidthTan * pxPerTan).toBeCloseTo(box.right - box.left, 1);
    expect(targetY + picture.centreBelowTan * pxPerTan).toBeCloseTo((box.top + box.bottom) / 2, 1);
    expect(discPicture(2, 2.44, ELEVATION_DEG)).toBeNull();
  });

  it('fills the width of a narrow free area (900×640 beside the panels)', () => {
    const free = { left: 368, top: 0, right: 900, bottom: 478 };
    const { box } = drawnDisc(fit(free, 900, 640), 2.44, 900, 640);
    expect(box.right - box.left).toBeCloseTo(0.94 * 532, 0);
    expect(box.bottom - box.top).toBeLessThan(0.94 * 478);
    expect(box.left).toBeGreaterThan(368);
    expect(box.bottom).toBeLessThan(478);
  });

  it('frames beside an event\'s card in a narrow window (660×900), where the journey is drawn at half its whole-view size', () => {
    const free = { left: 350, top: 482, right: 660, bottom: 738 };
    const whole = fit({ left: 0, top: 0, right: 660, bottom: 900 }, 660, 900);
    const beside = fit(free, 660, 900);
    expect(whole.distanceKm / beside.distanceKm).toBeGreaterThan(0.45);
    const { box } = drawnDisc(beside, 2.44, 660, 900);
    expect(box.left).toBeGreaterThan(350);
    expect(box.right).toBeLessThan(660);
    expect(box.top).toBeGreaterThan(482);
    expect(box.bottom).toBeLessThan(738);
  });

  it('scales with the reach and uses the whole view when the free area is too small to frame in', () => {
    const free = { left: 0, top: 0, right: 1280, bottom: 720 };
    expect(fit(free, 1280, 720, 0.3).distanceKm / fit(free, 1280, 720, 2.44).distanceKm).toBeCloseTo(0.3 / 2.44, 9);
    const sliver = fit({ left: 1000, top: 0, right: 1280, bottom: 720 }, 1280, 720);
    expect(sliver).toEqual(fit(free, 1280, 720));
    expect(sliver.targetDxPx).toBe(0);
  });

  it('glides in real time whatever the frame rate, software rendering\'s 5 frames/s included', () => {
    const glide = (fps: number, seconds: number) => {
      let value = 0, glided = false;
      for (let i = 0; i < Math.round(fps * seconds); i++) {
        value = glideToward(value, 72, glideStepSec(1 / fps, glided), 0.25);
        glided = true;
      }
      return value;
    };
    // After 1 s (3.3 time constants) every rate has covered 93-97 % of the way (steps capped at 0.05 s had covered
    // 56 % at 5 frames/s).
    for (const fps of [5, 20, 60]) {
      expect(glide(fps, 1)).toBeGreaterThan(0.92 * 72);
      expect(glide(fps, 1)).toBeLessThan(0.97 * 72);
    }
    expect(glideToward(71.9, 72, 1 / 60, 0.25)).toBe(72);
  });

  it('starts a glide with one short step, whatever still spell came before, and caps a stalled frame', () => {
    expect(glideStepSec(5, false)).toBeCloseTo(1 / 60, 12);
    expect(glideStepSec(1 / 30, true)).toBeCloseTo(1 / 30, 12);
    expect(glideStepSec(3, true)).toBe(0.25);
    expect(glideToward(0, 72, glideStepSec(5, false), 0.25)).toBeLessThan(5);
  });

  it('clears the view offset when the target is drawn in the middle (the camera phase)', () => {
    const camera = new PerspectiveCamera(45, 16 / 9, 0.1, 100);
    const state = createCameraState();
    state.offsetPx.set([184, -80]);
    applyCamera(camera, state, 1280, 720);
    expect(camera.view?.enabled).toBe(true);
    expect(camera.aspect).toBeCloseTo(16 / 9, 12);
    state.offsetPx.set([0, 0]);
    applyCamera(camera, state, 1280, 720);
    expect(camera.view?.enabled ?? false).toBe(false);
  });
});
