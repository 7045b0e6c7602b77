import { describe, expect, it } from 'vitest';
import { Scene } from 'three';
import { sizeTarget } from '../../src/scene/render-target.ts';
import { fatLine, fatLineMaterial, PolylineSegments } from '../../src/scene/fat-line.ts';
import { fakeRenderer } from './support/fake-renderer.ts';

describe('wide lines in exports', () => {
  it('grow with the export pixel scale and shrink back afterwards', () => {
    const scene = new Scene();
    const shared = fatLineMaterial({ widthPx: 2 });
    scene.add(fatLine(new PolylineSegments(3).geometry, shared), fatLine(new PolylineSegments(3).geometry, shared));
    const view = sizeTarget(fakeRenderer(1920, 1080), scene, 3840, 2160, 2, false);
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
