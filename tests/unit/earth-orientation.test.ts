import { describe, expect, it } from 'vitest';
import { Matrix4, SphereGeometry, Vector3 } from 'three';
import { helioStateEqjKm } from '../../src/core/planets.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { ViewFrame } from '../../src/core/view-frame.ts';
import { earthGlobeRotation, lonLatOfLocal } from '../../src/scene/earth-orientation.ts';

const wrap180 = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;

/** Longitude and latitude on the texture of the point straight under the Sun, as the globe is drawn. */
function subSolarPoint(iso: string, frameId: 'heliocentric' | 'sun-earth-rotating'): [number, number] {
  const tdbSec = tdbSecFromIsoUtc(iso);
  const earth = helioStateEqjKm('Earth', tdbSec);
  const frame = new ViewFrame(frameId);
  frame.setEarthState(earth.posKm, earth.velKmS);
  const sun = [0, 0, 0], earthDisplay = [0, 0, 0];
  frame.apply([0, 0, 0], sun);
  frame.apply(earth.posKm, earthDisplay);
  const towardSun = new Vector3().fromArray(sun).sub(new Vector3().fromArray(earthDisplay));
  const toLocal = earthGlobeRotation(frame, tdbSec, new Matrix4()).transpose();
  return lonLatOfLocal(towardSun.applyMatrix4(toLocal));
}

describe('Earth globe orientation', () => {
  it('reads longitude and latitude the way SphereGeometry lays out an equirectangular map from −180° to 180°', () => {
    const geometry = new SphereGeometry(1, 24, 12);
    const position = geometry.getAttribute('position'), uv = geometry.getAttribute('uv');
    let checked = 0;
    for (let i = 0; i < position.count; i++) {
      const [lon, lat] = lonLatOfLocal(new Vector3().fromBufferAttribute(position, i));
      expect(Math.abs(lat - (uv.getY(i) - 0.5) * 180)).toBeLessThan(1e-4);
      if (Math.abs(lat) > 89.9) continue;
      expect(Math.abs(wrap180(lon - (uv.getX(i) * 360 - 180)))).toBeLessThan(1e-4);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  // Equation of time (apparent − mean solar time), rounded values as tabulated in almanacs; the Sun
  // crosses Greenwich at 12:00 UTC − EoT, so at 12:00 UTC the sub-solar longitude is −EoT × 0.25°/min.
  it.each([
    ['2026-02-11T12:00:00Z', -14.2],
    ['2026-11-03T12:00:00Z', 16.4],
    ['2027-11-27T12:00:00Z', 12.3],
  ])('puts the Sun over longitude −EoT × 0.25°/min at %s (EoT %f min), in both display frames', (iso, eotMin) => {
    for (const frame of ['heliocentric', 'sun-earth-rotating'] as const) {
      const [lon] = subSolarPoint(iso, frame);
      expect(Math.abs(wrap180(lon + eotMin * 0.25))).toBeLessThan(0.6);
    }
  });

  it('has the Sun over the equator at 39.6° W at the March equinox, 2026-03-20 14:46 UTC (EoT −7.5 min)', () => {
    const [lon, lat] = subSolarPoint('2026-03-20T14:46:00Z', 'heliocentric');
    expect(Math.abs(lat)).toBeLessThan(0.3);
    expect(Math.abs(lon - -39.6)).toBeLessThan(0.6);
  });

  it('has the Sun over the Tropic of Cancer at the June solstice and of Capricorn at the December one', () => {
    expect(subSolarPoint('2026-06-21T08:24:00Z', 'sun-earth-rotating')[1]).toBeCloseTo(23.44, 0);
    expect(subSolarPoint('2026-12-21T20:50:00Z', 'heliocentric')[1]).toBeCloseTo(-23.44, 0);
  });
});
