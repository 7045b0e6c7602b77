/**
 * The return capsule at the 120 km entry interface, seen from a few metres behind it (capsule-entry-pose.ts):
 * the capsule in the middle of the view and the Earth's limb (the bright, blue-white edge of the globe and its
 * atmosphere) across the view under it. At 1280×720 and 390×844.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { propagateMission } from '../../src/core/mission/propagate-mission.ts';
import { utcMsFromTdbSec } from '../../src/core/time.ts';
import { capsuleEntryPose } from '../../src/state/camera/capsule-entry-pose.ts';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { patchesOf, type Region } from './support/pixels.ts';

const app = useAppServer();
const VIEWPORTS = [{ name: 'desktop', width: 1280, height: 720 }, { name: 'phone', width: 390, height: 844 }] as const;

let query = '';

beforeAll(() => {
  const mission = propagateMission(bundledMissionFiles()).result;
  const ephemeris = new Ephemeris(mission.tracks, [], mission.stay);
  // Two seconds before the capsule's arc ends at the interface (it is drawn while it has a state).
  const atTdbSec = ephemeris.coverage('capsule')!.endTdbSec - 2;
  const pose = capsuleEntryPose(ephemeris, 'heliocentric', atTdbSec)!;
  const t = new Date(utcMsFromTdbSec(atTdbSec)).toISOString();
  query = `?t=${t}&rate=1&play=0&focus=capsule&size=true&cam=${pose.azimuthDeg.toFixed(3)},${pose.elevationDeg.toFixed(3)},${pose.distanceKm}`;
}, 60_000);

const errorsOf = (errors: string[]) => errors.filter((e) => !/favicon|deprecated|GPU stall/i.test(e));
/** The limb's light: the sunlit air's blue-white, bright. */
const isLimb = (r: number, g: number, b: number) => b > 100 && b > r + 30 && r + g + b > 250;
const brightness = (image: PNG, x: number, y: number) => {
  const i = 4 * (y * image.width + x);
  return image.data[i]! + image.data[i + 1]! + image.data[i + 2]!;
};
/** The capsule's white shell, or its shaded side: anything lit in the middle of the view. */
const isLit = (r: number, g: number, b: number) => r + g + b > 90;

describe('the capsule at entry, the Earth\'s limb beyond it', () => {
  for (const viewport of VIEWPORTS) {
    it(`frames the capsule in the middle with the blue-white limb across the view (${viewport.name})`, { timeout: 150_000 }, async () => {
      const { page, consoleErrors } = await openApp(app.browser, app.url, query);
      await page.setViewportSize(viewport);
      await page.keyboard.press('c');
      await page.waitForTimeout(3000);
      const shot = await page.screenshot({ path: `${OUTPUT_DIR}/capsule-entry-limb-${viewport.name}.png` });
      // Mercury and the Sun lie beyond the Earth's limb here: their names are hidden by it (they showed over the ground).
      const named = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.scene-label')]
        .filter((label) => getComputedStyle(label).visibility === 'visible').map((label) => label.className));
      expect(named.some((c) => /scene-label-(mercury|sun)\b/.test(c)), named.join(', ')).toBe(false);
      expect(named.some((c) => /scene-label-capsule\b/.test(c)), named.join(', ')).toBe(true);
      const { width: w, height: h } = viewport;
      // The capsule: something lit at the centre of the view.
      const middle: Region = { x: Math.round(w / 2 - 0.04 * h), y: Math.round(h / 2 - 0.04 * h), width: Math.round(0.08 * h), height: Math.round(0.08 * h) };
      const capsule = patchesOf(shot, isLit, middle)[0];
      expect(capsule).toBeDefined();
      expect(capsule!.count).toBeGreaterThan(0.3 * middle.width * middle.height);
      // The limb: a blue-white band across the view, just under the capsule (which hides its middle, on a phone
      // nearly half the width): a limb pixel near the centre's height in every column of the view's outer fifths,
      // and in at least half of all columns.
      const image = PNG.sync.read(shot);
      let columns = 0, outer = 0, bandY = 0, bandBrightness = 0;
      for (let x = 0; x < w; x++) {
        for (let y = Math.round(h / 2 - 0.1 * h); y < Math.round(h / 2 + 0.2 * h); y++) {
          const i = 4 * (y * w + x);
          if (!isLimb(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!)) continue;
          columns++;
          if (x < w / 5 || x >= w - w / 5) outer++;
          bandY += y;
          bandBrightness += brightness(image, x, y);
          break;
        }
      }
      expect(outer / (2 * Math.floor(w / 5))).toBeGreaterThan(0.95);
      expect(columns / w).toBeGreaterThan(0.5);
      // Level: the band's first limb pixel is, on average, below the centre (the Earth under the capsule).
      expect(bandY / columns).toBeGreaterThan(h / 2 - 0.1 * h);
      // Above it the sky darkens: the top row is under a third of the band's brightness.
      let top = 0;
      for (let x = 0; x < w; x++) top += brightness(image, x, 4);
      expect(top / w).toBeLessThan(bandBrightness / columns / 3);
      // Below the limb, the night side: dark.
      let ground = 0;
      for (let x = 0; x < w; x++) ground += brightness(image, x, Math.round(0.9 * h));
      expect(ground / w).toBeLessThan(bandBrightness / columns / 3);
      expect(errorsOf(consoleErrors)).toEqual([]);
      await page.close();
    });
  }
});
