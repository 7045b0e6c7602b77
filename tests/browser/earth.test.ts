import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { Vector3 } from 'three';
import { helioStateEqjKm } from '../../src/core/planets.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { offsetFromPose } from '../../src/state/camera/camera-pose.ts';
import { ViewFrame } from '../../src/core/view-frame.ts';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

const TIME = '2027-11-27T06:00:00Z';
interface Pose { azimuthDeg: number; elevationDeg: number; distanceKm: number }
/** 45° from the Sun's azimuth (335° at this date): a gibbous Earth; and 90° from it: half day, half night. */
const GIBBOUS: Pose = { azimuthDeg: 290, elevationDeg: 20, distanceKm: 25_000 };
const HALF: Pose = { azimuthDeg: 245, elevationDeg: 10, distanceKm: 25_000 };
const query = (pose: Pose) => `?t=${TIME}&frame=helio&focus=earth&cam=${pose.azimuthDeg},${pose.elevationDeg},${pose.distanceKm}`;
const VIEW = { width: 1280, height: 720, fovDeg: 45 };
const EARTH_RADIUS_KM = 6371;

/**
 * For each pixel of the Earth's disc, the cosine of the Sun's angle from the local vertical (found by casting the
 * pixel's ray onto the sphere, camera and Sun placed as the app places them), or null off the disc.
 */
function sunElevationMap(pose: Pose) {
  const earth = helioStateEqjKm('Earth', tdbSecFromIsoUtc(TIME));
  const earthDisplay = [0, 0, 0];
  new ViewFrame('heliocentric').apply(earth.posKm, earthDisplay);
  const towardSun = new Vector3().fromArray(earthDisplay).negate().normalize();
  const camera = new Vector3().fromArray(offsetFromPose(pose)).multiplyScalar(1 / EARTH_RADIUS_KM); // Earth radii
  const forward = camera.clone().negate().normalize();
  const right = new Vector3().crossVectors(forward, new Vector3(0, 1, 0)).normalize();
  const up = new Vector3().crossVectors(right, forward);
  const pxToTan = Math.tan((VIEW.fovDeg / 2) * (Math.PI / 180)) / (VIEW.height / 2);
  const ray = new Vector3(), hit = new Vector3();
  return (x: number, y: number): number | null => {
    ray.copy(forward).addScaledVector(right, (x + 0.5 - VIEW.width / 2) * pxToTan).addScaledVector(up, -(y + 0.5 - VIEW.height / 2) * pxToTan).normalize();
    const b = camera.dot(ray), c = camera.lengthSq() - 1;
    if (b * b - c < 0.02) return null; // off the disc or within a hair of the limb
    hit.copy(camera).addScaledVector(ray, -b - Math.sqrt(b * b - c));
    return hit.dot(towardSun);
  };
}

interface DiscStats {
  land: number; ocean: number; dayLandPixels: number; dayLandLuma: number; nightLuma: number; cityLights: number;
}

/**
 * Over the disc: the share of lit pixels that are ocean (clearly blue) and land or ice (red ≥ blue); the mean
 * luma of land where the Sun is over 20° up, and of everything where it is over 10° down; and the number of
 * warm bright pixels (city lights) there.
 */
function discStats(png: Buffer, pose: Pose): DiscStats {
  const image = PNG.sync.read(png);
  const sunUp = sunElevationMap(pose);
  let lit = 0, land = 0, ocean = 0, day = 0, dayN = 0, night = 0, nightN = 0, cityLights = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const cosSun = sunUp(x, y);
      if (cosSun === null) continue;
      const i = 4 * (y * image.width + x);
      const r = image.data[i]!, g = image.data[i + 1]!, b = image.data[i + 2]!;
      const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      if (cosSun < -0.17) {
        night += luma; nightN++;
        if (luma > 40 && r > b + 20) cityLights++;
      }
      if (cosSun > 0.34 && r >= b) { day += luma; dayN++; }
      if (luma < 20) continue;
      lit++;
      if (b > r + 30 && b >= g) ocean++;
      if (r >= b) land++;
    }
  }
  return { land: land / lit, ocean: ocean / lit, dayLandPixels: dayN, dayLandLuma: day / dayN, nightLuma: night / nightN, cityLights };
}

const show = (s: DiscStats) =>
  `land ${(100 * s.land).toFixed(1)} %, ocean ${(100 * s.ocean).toFixed(1)} % of lit pixels; luma of day-side land ${s.dayLandLuma.toFixed(0)}, of the night side ${s.nightLuma.toFixed(0)}, with ${s.cityLights} city-light pixels`;

describe('the Earth close up', () => {
  it.each([
    ['earth-closeup', GIBBOUS],
    ['earth-half-lit', HALF],
  ] as const)('at the flyby shows land and ocean, with the day side towards the Sun (%s.png)', async (name, pose) => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, query(pose));
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /earth-(blue-marble|night)/.test(e.name)).length === 2);
    await page.waitForTimeout(1500);
    const stats = discStats(await page.screenshot({ path: `${OUTPUT_DIR}/${name}.png` }), pose);
    console.log(`textured Earth, ${name}: ${show(stats)}`);
    expect(stats.land).toBeGreaterThan(0.1);
    expect(stats.ocean).toBeGreaterThan(0.1);
    expect(stats.dayLandPixels).toBeGreaterThan(5000);
    expect(stats.dayLandLuma).toBeGreaterThan(3 * stats.nightLuma);
    // Western Europe and West Africa are before dawn at 06:00 UTC in late November: their cities are lit
    // (measured 186 and 379 pixels).
    expect(stats.cityLights).toBeGreaterThan(50);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('without its pictures (the requests fail) is the plain blue globe, and the page carries on', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, query(GIBBOUS), (p) => p.route(/earth-(blue-marble|night)/, (route) => route.abort()));
    await page.waitForTimeout(1500);
    const stats = discStats(await page.screenshot({ path: `${OUTPUT_DIR}/earth-closeup-no-texture.png` }), GIBBOUS);
    console.log(`plain Earth: ${show(stats)}`);
    expect(stats.land).toBeLessThan(0.01);
    expect(stats.ocean).toBeGreaterThan(0.9);
    expect(stats.cityLights).toBe(0);
    // The browser itself reports the failed requests; the app adds nothing.
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });
});
