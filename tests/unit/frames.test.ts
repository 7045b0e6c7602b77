import { describe, expect, it } from 'vitest';
import { eclToEqj, eqjToEcl, helioToSunEarthRotating } from '../../src/core/frames.ts';

describe('frames', () => {
  it('puts the ecliptic pole at RA 270°, Dec 90° − ε (ε = 23.4392911°, IAU 1976)', () => {
    // The ecliptic pole (0,0,1) seen in EQJ points to RA 270°, Dec 66.56° (90° − obliquity 23.4392911°).
    const pole = eclToEqj([0, 0, 1]);
    expect(pole[0]).toBeCloseTo(0, 15);
    expect(pole[1]).toBeCloseTo(-Math.sin(23.4392911 * Math.PI / 180), 12);
    expect(Math.asin(pole[2]) * 180 / Math.PI).toBeCloseTo(66.5607089, 7);
  });

  it('round-trips', () => {
    const v: [number, number, number] = [1.2, -3.4, 5.6];
    const back = eclToEqj(eqjToEcl(v));
    back.forEach((value, i) => expect(value).toBeCloseTo(v[i]!, 12));
  });

  it('puts a body just sunward of the Earth on the negative x axis of the Sun–Earth rotating frame', () => {
    const earth = { posKm: [1.5e8, 0, 0] as [number, number, number], velKmS: [0, 29.8, 0] as [number, number, number] };
    const rotating = helioToSunEarthRotating([1.5e8 - 1e6, 2e5, 0], earth);
    expect(rotating[0]).toBeCloseTo(-1e6, 6);
    expect(rotating[1]).toBeCloseTo(2e5, 6);
    expect(rotating[2]).toBeCloseTo(0, 6);
  });
});
