import { describe, expect, it } from 'vitest';
import { angleBetween, dot, norm, type Vec3 } from '../../src/core/vec3.ts';
import {
  CLIP_CAMERA_AMOUNTS, CLIP_CAMERA_DEFAULT_AMOUNT, clipCameraMove, clipCameraOffset, clipDistanceLimits, easeMove,
  moveFraction, NEAREST_RADII, type ClipCameraMove,
} from '../../src/export/clip-camera-path.ts';

/** The app's zoom limits (SceneCanvas.tsx), scene units. */
const LIMITS = { min: 1e-8, max: 2e4 };
const UP: Vec3 = [0, 1, 0];
const START: Vec3 = [3, 2, 4];
const FRAMES = 24;
const DEG = Math.PI / 180;
const MOVES = {
  still: clipCameraMove('still', 0),
  turn: clipCameraMove('turn', 90),
  zoomIn: clipCameraMove('zoomIn', 8),
  zoomOut: clipCameraMove('zoomOut', 8),
} as const;

const path = (move: ClipCameraMove, start: Vec3 = START, frames = FRAMES) =>
  Array.from({ length: frames }, (_, i) => clipCameraOffset(start, UP, move, i, frames, LIMITS));
/** Azimuth about the y axis, as camera-pose.ts measures it. */
const azimuth = (v: Vec3) => Math.atan2(v[0], v[2]);

describe('clip camera path', () => {
  it('every move starts exactly at the starting pose', () => {
    for (const move of Object.values(MOVES)) expect(clipCameraOffset(START, UP, move, 0, FRAMES, LIMITS)).toEqual(START);
  });

  it('a still camera never moves', () => {
    for (const offset of path(MOVES.still)) expect(offset).toEqual(START);
  });

  it('turn: 90° about the up axis by the last frame, at constant distance and height', () => {
    const frames = path(MOVES.turn);
    const last = frames.at(-1)!;
    expect((azimuth(last) - azimuth(START)) / DEG).toBeCloseTo(90, 9);
    for (const offset of frames) {
      expect(norm(offset)).toBeCloseTo(norm(START), 12);
      expect(offset[1]).toBeCloseTo(START[1], 12);
    }
    // Planar angle turned grows frame by frame.
    const flat = (v: Vec3): Vec3 => [v[0], 0, v[2]];
    const turned = frames.map((v) => angleBetween(flat(START), flat(v)));
    for (let i = 1; i < turned.length; i++) expect(turned[i]!).toBeGreaterThan(turned[i - 1]!);
  });

  it('turn about a tilted up axis keeps the component along that axis', () => {
    const up: Vec3 = [0, 0.6, 0.8];
    const last = clipCameraOffset(START, up, { kind: 'turn', degrees: 180 }, FRAMES - 1, FRAMES, LIMITS);
    expect(dot(last, up)).toBeCloseTo(dot(START, up), 12);
    expect(norm(last)).toBeCloseTo(norm(START), 12);
  });

  it('the dialog\'s choices map to moves: zoom in ×8 is a factor of 1/8, out ×8 a factor of 8; defaults are offered', () => {
    expect(MOVES).toEqual({
      still: { kind: 'still' }, turn: { kind: 'turn', degrees: 90 }, zoomIn: { kind: 'zoom', factor: 0.125 }, zoomOut: { kind: 'zoom', factor: 8 },
    });
    for (const kind of ['turn', 'zoomIn', 'zoomOut'] as const) {
      expect(CLIP_CAMERA_AMOUNTS[kind] as readonly number[]).toContain(CLIP_CAMERA_DEFAULT_AMOUNT[kind]);
    }
  });

  it('zoom in ×1/8 and out ×8: the distance reaches the factor on the last frame, in the same direction, steadily', () => {
    for (const factor of [1 / 8, 8]) {
      const move: ClipCameraMove = { kind: 'zoom', factor };
      const distances = path(move).map(norm);
      expect(distances.at(-1)! / norm(START)).toBeCloseTo(factor, 12);
      expect(angleBetween(path(move).at(-1)!, START)).toBeLessThan(1e-12);
      for (let i = 1; i < distances.length; i++) {
        if (factor < 1) expect(distances[i]!).toBeLessThan(distances[i - 1]!);
        else expect(distances[i]!).toBeGreaterThan(distances[i - 1]!);
      }
    }
  });

  it('zoom stays within the zoom limits: clamped at 10 m and at ~130 au', () => {
    const near: Vec3 = [0, 0, 4e-8];
    const far: Vec3 = [0, 1e4, 0];
    const inward = path(MOVES.zoomIn, near).map(norm);
    const outward = path(MOVES.zoomOut, far).map(norm);
    for (const d of inward) expect(d).toBeGreaterThanOrEqual(LIMITS.min);
    for (const d of outward) expect(d).toBeLessThanOrEqual(LIMITS.max);
    expect(inward.at(-1)).toBe(LIMITS.min);
    expect(outward.at(-1)).toBe(LIMITS.max);
    // Eased all the way to the limit, not stopped early: the second-to-last frame is still short of it.
    expect(inward.at(-2)).toBeGreaterThan(LIMITS.min);
    expect(outward.at(-2)).toBeLessThan(LIMITS.max);
  });

  it('a zoom in stops three radii from the focused body, unless the camera starts nearer', () => {
    const earthRadius = 6371e-6;
    const fromAfar = clipDistanceLimits(LIMITS, 0.9, earthRadius);
    expect(fromAfar).toEqual({ min: NEAREST_RADII * earthRadius, max: LIMITS.max });
    const dive = (frame: number) => norm(clipCameraOffset([0, 0, 0.9], UP, clipCameraMove('zoomIn', 1000), frame, FRAMES, fromAfar));
    expect(dive(FRAMES - 1)).toBeCloseTo(NEAREST_RADII * earthRadius, 15);
    expect(dive(FRAMES - 2)).toBeGreaterThan(NEAREST_RADII * earthRadius);
    expect(clipDistanceLimits(LIMITS, 0.01, earthRadius).min).toBe(0.01);
    expect(clipDistanceLimits(LIMITS, 1, 0).min).toBe(LIMITS.min);
  });

  it('the easing is monotonic, starts and ends at rest, and a one-frame clip shows the start', () => {
    let previous = -1;
    for (let i = 0; i <= 1000; i++) {
      const value = easeMove(i / 1000);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect([easeMove(0), easeMove(1)]).toEqual([0, 1]);
    // Slow at both ends: the first and last steps are much smaller than the middle one.
    const step = (i: number) => moveFraction(i + 1, FRAMES) - moveFraction(i, FRAMES);
    expect(step(0)).toBeLessThan(step(FRAMES / 2) / 20);
    expect(step(FRAMES - 2)).toBeLessThan(step(FRAMES / 2) / 20);
    expect(moveFraction(0, 1)).toBe(0);
    expect(clipCameraOffset(START, UP, MOVES.zoomIn, 0, 1, LIMITS)).toEqual(START);
  });
});
