/**
 * The touch-and-go descent (ephemeris/proximity-operations.json: the method is published, the date and profile
 * illustrative) seen from beside Kamoʻoalewa: 20 minutes before contact the probe is drawn ~60 m above the rock,
 * within a few of its radii, and the descent's line runs from the probe's foot point on the surface up the Sun line
 * out of the view. At 1280×720 and 390×844.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { poseFromOffset } from '../../src/state/camera/camera-pose.ts';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

/** Touch-and-go starts 2026-11-15T00:00Z with a 10 h descent: 09:45 is 15 min before contact, ~40 m above. */
const DESCENT_UTC = '2026-11-15T09:45:00Z';
const RADIUS_KM = 0.035;
const VIEWPORTS = [{ name: 'desktop', width: 1280, height: 720 }, { name: 'phone', width: 390, height: 844 }] as const;

type Descent = { probeFromCentreKm: number; topNdc: number[]; footNdc: number[]; probeNdc: number[]; centreNdc: number[] };
type Hooks = { view: { camera: { origin: number[] } }; descent?: Descent | null };
const hooks = (page: Page) => page.evaluate(() => (window as unknown as { __twScene: Hooks }).__twScene);

/** Opens the app at `query`, lets the frame settle and reads the distance from the probe's target, then hides the panels. */
async function openAt(query: string, viewport: { width: number; height: number }) {
  const opened = await openApp(app.browser, app.url, query);
  await opened.page.setViewportSize(viewport);
  await opened.page.waitForTimeout(1500);
  const targetReadout = (await opened.page.getByTestId('readout-target').textContent()) ?? '';
  await opened.page.keyboard.press('c');
  await opened.page.waitForTimeout(2500);
  return { ...opened, targetReadout };
}

/** A pose `angleDeg` from the Sun line, turned towards the frame's north: the line then runs up the view. */
function poseOffSunLine(towardsSun: number[], angleDeg: number, distanceKm: number): string {
  const a = (angleDeg * Math.PI) / 180;
  const [x, y, z] = towardsSun as [number, number, number];
  const side = [-y * x, 1 - y * y, -y * z];
  const n = Math.hypot(...side);
  const dir = towardsSun.map((c, i) => Math.cos(a) * c + Math.sin(a) * side[i]! / n);
  const pose = poseFromOffset(dir.map((c) => c * distanceKm), { azimuthDeg: 0, elevationDeg: 0, distanceKm: 0 });
  return `${pose.azimuthDeg.toFixed(2)},${pose.elevationDeg.toFixed(2)},${distanceKm}`;
}

const toPx = (ndc: number[], w: number, h: number) => ({ x: ((ndc[0]! + 1) / 2) * w, y: ((1 - ndc[1]!) / 2) * h });
/** The line's warm white, brighter in red than in blue (the rock is grey, the sky black). */
const isLine = (r: number, g: number, b: number) => r > 90 && r > b + 30 && g > b;
const errorsOf = (errors: string[]) => errors.filter((e) => !/favicon|deprecated|GPU stall/i.test(e));

describe('a sampling descent beside Kamoʻoalewa', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows the probe a few radii above the rock and its descent line to the surface (${viewport.name})`, { timeout: 150_000 }, async () => {
      const base = `?t=${DESCENT_UTC}&rate=60&play=0&focus=kamooalewa&size=true`;
      const first = await openAt(`${base}&cam=0,20,0.6`, viewport);
      const [ox, oy, oz] = (await hooks(first.page)).view.camera.origin as [number, number, number];
      const r = Math.hypot(ox, oy, oz);
      await first.page.close();
      // 55° off the Sun line, to the south of it: the sunlit side of the rock, the probe above it, its wings (which
      // face the Sun) seen at an angle, and the line climbing the view towards the Sun.
      const { page, consoleErrors, targetReadout } = await openAt(`${base}&cam=${poseOffSunLine([-ox / r, -oy / r, -oz / r], -55, 0.3)}`, viewport);
      const shot = await page.screenshot({ path: `${OUTPUT_DIR}/sampling-descent-${viewport.name}.png` });
      const descent = (await hooks(page)).descent;
      expect(descent).toBeTruthy();
      // Placed by the stay's path: ~100 m from the centre, under four radii, outside the rock.
      expect(descent!.probeFromCentreKm).toBeGreaterThan(RADIUS_KM);
      expect(descent!.probeFromCentreKm).toBeLessThan(4 * RADIUS_KM);
      // The readouts give the same distance from Kamoʻoalewa, in metres.
      expect(targetReadout).toMatch(/^\d+ m$/);
      expect(Math.abs(Number.parseInt(targetReadout, 10) - descent!.probeFromCentreKm * 1000)).toBeLessThanOrEqual(1);
      const { width: w, height: h } = viewport;
      const probe = toPx(descent!.probeNdc, w, h), foot = toPx(descent!.footNdc, w, h), centre = toPx(descent!.centreNdc, w, h);
      // Framed on the rock: its centre in the middle, the probe in the view beside it.
      expect(Math.abs(centre.x - w / 2)).toBeLessThan(2);
      expect(Math.abs(centre.y - h / 2)).toBeLessThan(2);
      expect(probe.x).toBeGreaterThan(0); expect(probe.x).toBeLessThan(w);
      expect(probe.y).toBeGreaterThan(0); expect(probe.y).toBeLessThan(h);
      // The line, seen: its colour along the run from the foot through the probe and on up (the standoff, 20 km
      // up the Sun line, may lie behind the camera), past the probe's 15 m body and within the view.
      const dx = probe.x - foot.x, dy = probe.y - foot.y, n = Math.hypot(dx, dy);
      expect(n).toBeGreaterThan(10);
      // The foot on the rock: within its radius of the centre on screen (at 300 m, 35 m is ~70 px at 720 px).
      const pxPerKm = h / (2 * 0.3 * Math.tan((22.5 * Math.PI) / 180));
      expect(Math.hypot(foot.x - centre.x, foot.y - centre.y)).toBeLessThan(1.2 * RADIUS_KM * pxPerKm);
      const image = PNG.sync.read(shot);
      let lit = 0, samples = 0;
      for (let d = 0; d < 2000; d += 3) {
        const x = probe.x + (dx / n) * (60 + d), y = probe.y + (dy / n) * (60 + d);
        if (x < 4 || y < 4 || x > w - 4 || y > h - 4) break;
        samples++;
        // Within 2 px of the line's centre (it is 2.4 px wide).
        let hit = false;
        for (let ox2 = -2; ox2 <= 2 && !hit; ox2++) {
          for (let oy2 = -2; oy2 <= 2 && !hit; oy2++) {
            const i = 4 * (Math.round(y + oy2) * image.width + Math.round(x + ox2));
            hit = isLine(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!);
          }
        }
        if (hit) lit++;
      }
      expect(samples).toBeGreaterThan(20);
      expect(lit / samples).toBeGreaterThan(0.8);
      expect(errorsOf(consoleErrors)).toEqual([]);
      await page.close();
    });
  }
});
