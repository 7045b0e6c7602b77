import { PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import { cameraMoved, createCameraMotion } from '../../src/scene/camera-motion.ts';

function cameraAt(distance: number, azimuthRad: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(45, 16 / 9, 0.1, 1e6);
  camera.position.set(distance * Math.sin(azimuthRad), 0.3 * distance, distance * Math.cos(azimuthRad));
  camera.lookAt(0, 0, 0);
  return camera;
}

describe('camera motion between frames', () => {
  it('counts the first frame as motion, then only steps above ~0.01 px (1e-5 rad or relative distance)', () => {
    const last = createCameraMotion();
    expect(cameraMoved(cameraAt(100, 0.2), last)).toBe(true);
    expect(cameraMoved(cameraAt(100, 0.2), last)).toBe(false);
    // A damping residual's last visible steps: 1e-4 rad (~0.1 px) still moves, 1e-6 rad does not.
    expect(cameraMoved(cameraAt(100, 0.2 + 1e-4), last)).toBe(true);
    expect(cameraMoved(cameraAt(100, 0.2 + 1e-4 + 1e-6), last)).toBe(false);
    // Zoom without a turn.
    expect(cameraMoved(cameraAt(100.1, 0.2 + 1e-4 + 1e-6), last)).toBe(true);
    expect(cameraMoved(cameraAt(100.1 * (1 + 1e-7), 0.2 + 1e-4 + 1e-6), last)).toBe(false);
  });
});
