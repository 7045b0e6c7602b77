import { describe, expect, it } from 'vitest';
import { eqjToEcl, helioToSunEarthRotating } from '../../src/core/frames.ts';
import type { Vec3 } from '../../src/core/vec3.ts';
import { ViewFrame } from '../../src/core/view-frame.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const randomVec = (random: () => number, scale: number): Vec3 => [
  (random() - 0.5) * scale, (random() - 0.5) * scale, (random() - 0.5) * scale,
];

describe('view frames', () => {
  it('heliocentric: shows the ecliptic (x, y, z) as three.js (x, z, -y), so +y is ecliptic north', () => {
    const frame = new ViewFrame('heliocentric');
    const random = seededRandom(7);
    for (let k = 0; k < 50; k++) {
      const eqj = randomVec(random, 6e8);
      const ecl = eqjToEcl(eqj);
      const out = [0, 0, 0];
      frame.apply(eqj, out);
      expect(out[0]).toBeCloseTo(ecl[0], 4);
      expect(out[1]).toBeCloseTo(ecl[2], 4);
      expect(out[2]).toBeCloseTo(-ecl[1], 4);
    }
  });

  it('rotating: agrees with the core helioToSunEarthRotating, mapped to (x, z, -y), for random Earth states', () => {
    const frame = new ViewFrame('sun-earth-rotating');
    const random = seededRandom(11);
    for (let k = 0; k < 50; k++) {
      const earth = { posKm: randomVec(random, 3e8), velKmS: randomVec(random, 60) };
      frame.setEarthState(earth.posKm, earth.velKmS);
      const body = randomVec(random, 6e8);
      const expected = helioToSunEarthRotating(body, earth);
      const out = new Float64Array(3);
      frame.apply(body, out);
      expect(out[0]).toBeCloseTo(expected[0], 3);
      expect(out[1]).toBeCloseTo(expected[2], 3);
      expect(out[2]).toBeCloseTo(-expected[1], 3);
    }
  });

  it('rotating: the Earth sits at the origin and the Sun on the -x axis at the Earth\'s distance', () => {
    const frame = new ViewFrame('sun-earth-rotating');
    const earth = { posKm: [1e8, -1.1e8, 2e4] as Vec3, velKmS: [21, 19, 0.01] as Vec3 };
    frame.setEarthState(earth.posKm, earth.velKmS);
    const atEarth = [1, 1, 1];
    frame.apply(earth.posKm, atEarth);
    atEarth.forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-6));
    const sun = [0, 0, 0];
    frame.apply([0, 0, 0], sun);
    expect(sun[0]).toBeCloseTo(-Math.hypot(...earth.posKm), 3);
    expect(Math.hypot(sun[1]!, sun[2]!)).toBeLessThan(1e-6);
  });

  it('switching back to heliocentric forgets the Earth offset', () => {
    const frame = new ViewFrame('sun-earth-rotating');
    frame.setEarthState([1.5e8, 0, 0], [0, 30, 0]);
    frame.setMode('heliocentric');
    const out = [9, 9, 9];
    frame.apply([0, 0, 0], out);
    expect(out).toEqual([0, 0, 0]);
  });
});
