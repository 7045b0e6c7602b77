import { describe, expect, it } from 'vitest';
import { Color, PerspectiveCamera, Scene, Vector2, type WebGLRenderer } from 'three';
import { sizeForExport } from '../../src/export/render-at-size.ts';
import { fatLine, fatLineMaterial, PolylineSegments } from '../../src/scene/fat-line.ts';

/** Just enough of a WebGLRenderer for sizeForExport: a drawing buffer that takes whatever size is asked. */
function fakeRenderer(width: number, height: number) {
  const size = new Vector2(width, height);
  const context = { drawingBufferWidth: width, drawingBufferHeight: height };
  let pixelRatio = 1;
  return {
    getPixelRatio: () => pixelRatio,
    setPixelRatio: (r: number) => { pixelRatio = r; },
    getSize: (target: Vector2) => target.copy(size),
    setSize: (w: number, h: number) => { size.set(w, h); context.drawingBufferWidth = w * pixelRatio; context.drawingBufferHeight = h * pixelRatio; },
    getClearColor: (target: Color) => target.set('#000000'),
    getClearAlpha: () => 1,
    setClearColor: () => {},
    getContext: () => context,
  } as unknown as WebGLRenderer;
}

describe('wide lines in exports', () => {
  it('grow with the export pixel scale and shrink back afterwards', () => {
    const scene = new Scene();
    const shared = fatLineMaterial({ widthPx: 2 });
    scene.add(fatLine(new PolylineSegments(3).geometry, shared), fatLine(new PolylineSegments(3).geometry, shared));
    const camera = new PerspectiveCamera(45, 1920 / 1080);
    const view = sizeForExport(fakeRenderer(1920, 1080), scene, camera, 3840, 2160, { transparent: false });
    expect(view.pixelScale).toBeCloseTo(2, 10);
    // Shared by two lines, scaled once.
    expect(shared.linewidth).toBeCloseTo(4, 10);
    view.restore();
    expect(shared.linewidth).toBe(2);
  });
});

describe('PolylineSegments', () => {
  it('gives all 8 corners of segment i the points i and i + 1, and draws any run of segments', () => {
    const segments = new PolylineSegments(3);
    segments.writePoints(new Float32Array([0, 0, 0, 1, 2, 3, 4, 5, 6]), 3);
    const start = segments.geometry.getAttribute('instanceStart');
    const end = segments.geometry.getAttribute('instanceEnd');
    for (let corner = 8; corner < 16; corner++) {
      expect([start.getX(corner), start.getY(corner), start.getZ(corner)]).toEqual([1, 2, 3]);
      expect([end.getX(corner), end.getY(corner), end.getZ(corner)]).toEqual([4, 5, 6]);
    }
    expect(segments.geometry.getIndex()!.getX(18)).toBe(8);
    segments.drawPoints(2);
    expect(segments.geometry.drawRange).toEqual({ start: 0, count: 18 });
    segments.drawPoints(0);
    expect(segments.geometry.drawRange.count).toBe(0);
    const ahead = segments.share();
    segments.drawBetween(1, 2, ahead);
    expect(ahead.drawRange).toEqual({ start: 18, count: 18 });
    expect(ahead.getAttribute('instanceStart')).toBe(start);
  });
});
