import { describe, expect, it } from 'vitest';
import { gmstDeg } from '../../src/core/earth-rotation.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';

const hms = (h: number, m: number, s: number) => (h + m / 60 + s / 3600) * 15;

describe('Greenwich mean sidereal time', () => {
  it('is 13h10m46.3668s at 1987-04-10 0h UT (Meeus, Astronomical Algorithms, example 12.a)', () => {
    const deg = gmstDeg(tdbSecFromIsoUtc('1987-04-10T00:00:00Z'));
    expect(Math.abs(deg - hms(13, 10, 46.3668)) * 240).toBeLessThan(0.01); // seconds of time
  });

  it('is 8h34m57.0896s at 1987-04-10 19:21 UT (Meeus, example 12.b)', () => {
    const deg = gmstDeg(tdbSecFromIsoUtc('1987-04-10T19:21:00Z'));
    expect(Math.abs(deg - hms(8, 34, 57.0896)) * 240).toBeLessThan(0.01);
  });
});
