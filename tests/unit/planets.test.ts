import { describe, expect, it } from 'vitest';
import { AU_KM, DAY_S, DEG, MU_EARTH_KM3_S2, MU_SUN_KM3_S2, OBLIQUITY_J2000_DEG } from '../../src/core/constants.ts';
import { helioPosEqjKm, helioStateEqjKm, planetGmKm3S2, PLANET_NAMES } from '../../src/core/planets.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { angleBetween, cross, norm, sub, type Vec3 } from '../../src/core/vec3.ts';

describe('planets: the astronomy-engine border', () => {
  it('velocity in km/s matches the central difference of positions in km, for every body', () => {
    const t = tdbSecFromIsoUtc('2026-06-07T00:00:00Z');
    const dt = 60;
    for (const body of PLANET_NAMES) {
      const { velKmS } = helioStateEqjKm(body, t);
      const velFromPos = sub(helioPosEqjKm(body, t + dt), helioPosEqjKm(body, t - dt)).map((d) => d / (2 * dt)) as Vec3;
      expect(norm(sub(velKmS, velFromPos)), body).toBeLessThan(1e-6 * norm(velKmS));
    }
  });

  it("Earth's orbit normal in EQJ is tilted by the J2000 obliquity 23.4392911° towards −y (IAU 1976, as JPL's Ecliptic of J2000.0)", () => {
    const earth = helioStateEqjKm('Earth', tdbSecFromIsoUtc('2025-01-01T00:00:00Z'));
    const normal = cross(earth.posKm, earth.velKmS);
    const eclipticPoleEqj: Vec3 = [0, -Math.sin(OBLIQUITY_J2000_DEG * DEG), Math.cos(OBLIQUITY_J2000_DEG * DEG)];
    // The instantaneous orbit plane wobbles by the Moon's pull on the Earth (~0.001°): compare to 0.01°.
    expect(angleBetween(normal, eclipticPoleEqj) / DEG).toBeLessThan(0.01);
  });

  it('Earth is 0.98333 au from the Sun at the 2025 perihelion, 2025-01-04 13:28 UT (USNO, "Earth\'s Seasons 2025")', () => {
    const perihelion = tdbSecFromIsoUtc('2025-01-04T13:28:00Z');
    const distanceAu = (t: number) => norm(helioPosEqjKm('Earth', t)) / AU_KM;
    expect(distanceAu(perihelion)).toBeCloseTo(0.98333, 4);
    expect(distanceAu(perihelion)).toBeLessThan(distanceAu(perihelion - 2 * DAY_S));
    expect(distanceAu(perihelion)).toBeLessThan(distanceAu(perihelion + 2 * DAY_S));
  });

  it('GM values are the DE405 ones: Earth/Moon mass ratio 81.30056, Earth GM ≈ 398600.44 km³/s² (IERS 2010)', () => {
    expect(planetGmKm3S2('Earth') / planetGmKm3S2('Moon')).toBeCloseTo(81.30056, 5);
    expect(planetGmKm3S2('EMB')).toBeCloseTo(planetGmKm3S2('Earth') + planetGmKm3S2('Moon'), 3);
    expect(Math.abs(planetGmKm3S2('Earth') / MU_EARTH_KM3_S2 - 1)).toBeLessThan(1e-7);
    // Sun/Jupiter-system mass ratio 1047.3486 (DE405, Standish 1998).
    expect(MU_SUN_KM3_S2 / planetGmKm3S2('Jupiter')).toBeCloseTo(1047.3486, 3);
  });
});
