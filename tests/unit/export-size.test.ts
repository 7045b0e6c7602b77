import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { CHROMIUM_MAX_DRAWING_BUFFER_PIXELS, clampExportSize, parseSide, type RenderLimits } from '../../src/export/clamp-size.ts';
import { exportCamera, fovToContain, pixelScale } from '../../src/state/camera/export-camera.ts';
import { offsetFromPose } from '../../src/state/camera/camera-pose.ts';
import { copyCameraState, createCameraState, sameCameraState } from '../../src/state/camera/camera-state.ts';
import { applyCamera } from '../../src/scene/apply-camera.ts';
import { KM_PER_UNIT } from '../../src/scene/scene-units.ts';
import { clipFileName, imageFileName, utcStamp } from '../../src/export/file-name.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

// SwiftShader's limits as Chromium reports them, and a small GPU's.
const SWIFTSHADER: RenderLimits = { maxPixels: CHROMIUM_MAX_DRAWING_BUFFER_PIXELS, maxViewportWidth: 8192, maxViewportHeight: 8192, maxRenderbufferSize: 8192 };
const SMALL_GPU: RenderLimits = { maxPixels: CHROMIUM_MAX_DRAWING_BUFFER_PIXELS, maxViewportWidth: 4096, maxViewportHeight: 4096, maxRenderbufferSize: 4096 };

describe('clampExportSize', () => {
  it('leaves sizes the browser can render alone', () => {
    expect(clampExportSize(3840, 2160, SWIFTSHADER)).toEqual({ width: 3840, height: 2160, clamped: false, limit: null });
    expect(clampExportSize(7680, 4320, SWIFTSHADER).clamped).toBe(false); // exactly 33,177,600 px
  });

  it('clamps 10000×10000 by area to 5760×5760 (5760² = 33,177,600)', () => {
    expect(clampExportSize(10000, 10000, SWIFTSHADER)).toEqual({ width: 5760, height: 5760, clamped: true, limit: 'pixels' });
  });

  it('clamps a long side to MAX_VIEWPORT_DIMS', () => {
    const size = clampExportSize(16000, 1000, SWIFTSHADER);
    expect(size).toMatchObject({ width: 8192, height: 512, limit: 'viewport' });
    expect(clampExportSize(3840, 2160, SMALL_GPU)).toMatchObject({ width: 3840, height: 2160, clamped: false });
    expect(clampExportSize(7680, 4320, SMALL_GPU)).toMatchObject({ width: 4096, height: 2304, clamped: true });
  });

  it('property: within every limit, aspect kept to under a pixel, never larger than asked', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const w = 16 + Math.floor(random() * 30000), h = 16 + Math.floor(random() * 30000);
      const limits = random() < 0.5 ? SWIFTSHADER : SMALL_GPU;
      const size = clampExportSize(w, h, limits);
      expect(size.width * size.height).toBeLessThanOrEqual(limits.maxPixels);
      expect(size.width).toBeLessThanOrEqual(limits.maxViewportWidth);
      expect(size.height).toBeLessThanOrEqual(limits.maxViewportHeight);
      expect(size.width).toBeLessThanOrEqual(w);
      expect(size.height).toBeLessThanOrEqual(h);
      // The shorter side is within one pixel of what the requested aspect ratio asks for.
      expect(Math.abs(size.height - (size.width * h) / w)).toBeLessThan(1 + h / w);
      expect(Math.abs(size.width - (size.height * w) / h)).toBeLessThan(1 + w / h);
      expect(size.clamped).toBe(size.width !== w || size.height !== h);
    }
  });

  it('parses custom sides: whole numbers 16–32768 only', () => {
    expect(parseSide('3840')).toBe(3840);
    expect(parseSide(' 16 ')).toBe(16);
    for (const bad of ['', '15', '40000', '12.5', '-100', '1e4', 'abc', '0x100']) expect(parseSide(bad), bad).toBeNull();
  });
});

describe('export camera', () => {
  const WHOLE_SCREEN = { left: 0, top: 0, right: 1280, bottom: 720 };
  const centred = { widthPx: 1280, heightPx: 720, fovDeg: 45, targetXPx: 640, targetYPx: 360 };
  const tanHalf = (fovDeg: number) => Math.tan((fovDeg * Math.PI) / 360);

  it('keeps the vertical field of view for wider images and widens it for narrower ones', () => {
    expect(fovToContain(centred, WHOLE_SCREEN, 16 / 9)).toBeCloseTo(45, 12);
    expect(fovToContain(centred, WHOLE_SCREEN, 21 / 9)).toBeCloseTo(45, 12);
    // Vertical 9:16 from a 16:9 screen: the horizontal half-angle stays tan(22.5°)·16/9.
    const fov = fovToContain(centred, WHOLE_SCREEN, 9 / 16);
    expect(tanHalf(fov) * (9 / 16)).toBeCloseTo(tanHalf(45) * (16 / 9), 12);
  });

  it('centres the target and holds the area the panels leave free, however far off-centre the screen drew it', () => {
    // The overview at 1280×720: the Sun drawn at (824, 220), the free area right of the panels and above the controls.
    const overview = { ...centred, targetXPx: 824, targetYPx: 220 };
    const free = { left: 368, top: 0, right: 1280, bottom: 558 };
    // Widest need: 456 px either side of the Sun, 338 px below it, at 16:9 the height binds: 338 of 360 px.
    expect(tanHalf(fovToContain(overview, free, 16 / 9))).toBeCloseTo((338 / 360) * tanHalf(45), 12);
    // A square export: the width binds, 456 px.
    expect(tanHalf(fovToContain(overview, free, 1))).toBeCloseTo((456 / 360) * tanHalf(45), 12);
  });

  /** A camera at `distance` and 52° elevation looking at the origin, drawn at (dx, dy) px off the screen's middle. */
  function screenCamera(distance: number, dx: number, dy: number, journeyFramed: boolean) {
    const state = createCameraState();
    state.pose = { azimuthDeg: 0, elevationDeg: 52, distanceKm: distance };
    offsetFromPose(state.pose, state.positionKm);
    for (let c = 0; c < 3; c++) state.forward[c] = -state.positionKm[c]! / distance;
    const along = state.forward[1]!;
    const up = [-along * state.forward[0]!, 1 - along * along, -along * state.forward[2]!];
    const n = Math.hypot(up[0]!, up[1]!, up[2]!);
    state.up.set(up.map((u) => u / n));
    state.nearKm = distance * 1e-3;
    state.farKm = distance * 1e3;
    state.offsetPx.set([dx, dy]);
    state.journeyFramed = journeyFramed;
    return state;
  }
  const drawnAt = (camera: PerspectiveCamera, point: Vector3, width: number, height: number) => {
    const ndc = point.clone().project(camera);
    return [(ndc.x + 1) / 2 * width, (1 - ndc.y) / 2 * height];
  };

  it('draws the target in the middle of the image, and leaves the screen\'s camera as it was', () => {
    const screen = screenCamera(5, 184, -140, false);
    const before = copyCameraState(screen);
    const onScreen = new PerspectiveCamera();
    applyCamera(onScreen, screen, 1280, 720);
    expect(drawnAt(onScreen, new Vector3(), 1280, 720)[0]).toBeCloseTo(824, 6);
    const view = exportCamera(screen, 1280, 720, { left: 368, top: 0, right: 1280, bottom: 558 }, 3840, 2160, 2.44);
    const inExport = new PerspectiveCamera();
    applyCamera(inExport, view.camera, 3840, 2160);
    const [x, y] = drawnAt(inExport, new Vector3(), 3840, 2160);
    expect(x).toBeCloseTo(1920, 6);
    expect(y).toBeCloseTo(1080, 6);
    expect(sameCameraState(screen, before)).toBe(true);
  });

  it('fits the overview\'s journey to the export\'s own shape: a vertical poster is filled across, centred', () => {
    const distance = 6.5, reach = 2.44;
    const screen = screenCamera(distance, 184, -140, true);
    const view = exportCamera(screen, 1280, 720, null, 1080, 1920, reach);
    const camera = new PerspectiveCamera();
    applyCamera(camera, view.camera, 1080, 1920);
    const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    const point = new Vector3();
    for (let i = 0; i < 3600; i++) {
      const angle = (i / 3600) * 2 * Math.PI;
      // The camera in view km, scene units of 10⁶ km: the disc is drawn at the same scale.
      point.set(reach * Math.cos(angle), 0, reach * Math.sin(angle)).multiplyScalar(1 / KM_PER_UNIT);
      const [x, y] = drawnAt(camera, point, 1080, 1920);
      box.left = Math.min(box.left, x!); box.right = Math.max(box.right, x!);
      box.top = Math.min(box.top, y!); box.bottom = Math.max(box.bottom, y!);
    }
    expect(box.right - box.left).toBeCloseTo(0.94 * 1080, 0);
    expect((box.left + box.right) / 2).toBeCloseTo(540, 0);
    expect((box.top + box.bottom) / 2).toBeCloseTo(960, 0);
    expect(screen.offsetPx[0]).toBe(184);
  });

  it('scales pixel sizes by export pixels per screen pixel', () => {
    expect(pixelScale(720, 45, 2160, 45)).toBeCloseTo(3, 12);
    expect(pixelScale(720, 45, 1920, fovToContain(centred, WHOLE_SCREEN, 9 / 16))).toBeCloseTo(1080 / 1280, 12);
  });
});

describe('file names', () => {
  it('name the mission, the UTC minute and the size', () => {
    const t = tdbSecFromIsoUtc('2026-06-07T00:00:00Z');
    expect(imageFileName(t, 3840, 2160)).toBe('tianwen2-2026-06-07T0000Z-3840x2160.png');
    expect(utcStamp(tdbSecFromIsoUtc('2025-05-28T17:31:29Z'))).toBe('2025-05-28T1731Z');
    expect(clipFileName(t, tdbSecFromIsoUtc('2026-07-01T12:30:00Z'), 1920, 1080, 'mp4'))
      .toBe('tianwen2-2026-06-07T0000Z-to-2026-07-01T1230Z-1920x1080.mp4');
  });

  it('round to the second before cutting, so a moment a few ms short of the minute keeps its minute', () => {
    expect(utcStamp(tdbSecFromIsoUtc('2026-06-07T00:00:00Z') - 0.004)).toBe('2026-06-07T0000Z');
  });
});
