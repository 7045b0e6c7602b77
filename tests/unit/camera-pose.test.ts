import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { offsetFromPose, poseFromOffset } from '../../src/state/camera/camera-pose.ts';

describe('camera pose for deep links', () => {
  it('round-trips random poses, from a metre to tens of au', () => {
    const random = seededRandom(7);
    const position = new Float64Array(3);
    const pose = { azimuthDeg: 0, elevationDeg: 0, distanceKm: 0 };
    for (let i = 0; i < 500; i++) {
      const wanted = { azimuthDeg: random() * 360, elevationDeg: random() * 178 - 89, distanceKm: 10 ** (random() * 13 - 3) };
      poseFromOffset(offsetFromPose(wanted, position), pose);
      expect(pose.azimuthDeg).toBeCloseTo(wanted.azimuthDeg, 6);
      expect(pose.elevationDeg).toBeCloseTo(wanted.elevationDeg, 6);
      expect(pose.distanceKm / wanted.distanceKm).toBeCloseTo(1, 9);
    }
  });

  it('puts elevation 90° above the ecliptic, looking down the pole', () => {
    const [x, y, z] = offsetFromPose({ azimuthDeg: 123, elevationDeg: 90, distanceKm: 1e6 });
    expect(x! / 1e6).toBeCloseTo(0, 9);
    expect(z! / 1e6).toBeCloseTo(0, 9);
    expect(y! / 1e6).toBeCloseTo(1, 9);
  });
});
