/**
 * Close-ups at true scale during the stay at Kamoʻoalewa (2026-09-01): the rock from 300 m, lit from the Sun's
 * side, fills at least a fifth of the view's height and turns visibly in 7 minutes (its published rotation period
 * is 28.3 min: https://en.wikipedia.org/wiki/469219_Kamo%CA%BBoalewa), with no trail drawn across it; and the probe,
 * 20 km sunward, seen at true scale with the rock a few pixels behind it. At 1280×720 and 390×844.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { poseFromOffset, type CameraPose } from '../../src/state/camera/camera-pose.ts';
import { bodyBesideLabel, openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { changedFraction, patchesOf, pixelStats, type Region } from './support/pixels.ts';

const app = useAppServer();

const STAY_UTC = '2026-09-01T00:00:00Z';
const SEVEN_MINUTES_LATER_UTC = '2026-09-01T00:07:00Z';
const VIEWPORTS = [{ name: 'desktop', width: 1280, height: 720 }, { name: 'phone', width: 390, height: 844 }] as const;

type View = { camera: { origin: number[]; pose: CameraPose } };
const sceneView = (page: Page) => page.evaluate(() => (window as unknown as { __twScene: { view: View } }).__twScene.view);

/** Opens the app at `query` in a viewport of this size, the panels hidden (clean view), and lets the frame settle. */
async function openAt(query: string, viewport: { width: number; height: number }): Promise<{ page: Page; consoleErrors: string[] }> {
  const opened = await openApp(app.browser, app.url, query);
  await opened.page.setViewportSize(viewport);
  await opened.page.keyboard.press('c');
  await opened.page.waitForTimeout(2500);
  return opened;
}

/** Unit vector from the focused body towards the Sun, view frame (the heliocentric view's origin is the Sun). */
async function towardsSun(page: Page): Promise<[number, number, number]> {
  const [x, y, z] = (await sceneView(page)).camera.origin as [number, number, number];
  const r = Math.hypot(x, y, z);
  return [-x / r, -y / r, -z / r];
}

/**
 * A camera pose `angleDeg` from `axis`: turned about the frame's north (so the Sun lights the rock from the side),
 * or towards the north (`towards: 'north'`, so what lies behind the target shows above or below it).
 */
function poseOffAxis(axis: [number, number, number], angleDeg: number, distanceKm: number, towards: 'side' | 'north' = 'side'): string {
  const a = (angleDeg * Math.PI) / 180;
  // A direction perpendicular to the axis: in the frame's plane, or the north made perpendicular to the axis.
  const side = towards === 'side' ? [axis[2], 0, -axis[0]] : [-axis[1] * axis[0], 1 - axis[1] * axis[1], -axis[1] * axis[2]];
  const n = Math.hypot(...side) || 1;
  const dir = axis.map((c, i) => Math.cos(a) * c + Math.sin(a) * side[i]! / n);
  const pose = poseFromOffset(dir.map((c) => c * distanceKm), { azimuthDeg: 0, elevationDeg: 0, distanceKm: 0 });
  return `${pose.azimuthDeg.toFixed(2)},${pose.elevationDeg.toFixed(2)},${distanceKm}`;
}

const isRock = (r: number, g: number, b: number) => r + g + b > 60;
const errorsOf = (errors: string[]) => errors.filter((e) => !/favicon|deprecated|GPU stall/i.test(e));

describe('Kamoʻoalewa up close, at true scale', () => {
  for (const viewport of VIEWPORTS) {
    it(`from 300 m it fills a fifth of the view's height and turns visibly in 7 minutes (${viewport.name})`, { timeout: 120_000 }, async () => {
      const full: Region = { x: 0, y: 0, width: viewport.width, height: viewport.height };
      const base = `?t=${STAY_UTC}&rate=60&play=0&focus=kamooalewa&size=true`;
      // First the Sun's direction at the rock, then the camera placed 70° from it: lit face and terminator both seen.
      const probe = await openAt(`${base}&cam=0,20,0.3`, viewport);
      const cam = poseOffAxis(await towardsSun(probe.page), 70, 0.3);
      await probe.page.close();

      const first = await openAt(`${base}&cam=${cam}`, viewport);
      const pose = (await sceneView(first.page)).camera.pose;
      expect(pose.distanceKm).toBeCloseTo(0.3, 3);
      const before = await first.page.screenshot({ path: `${OUTPUT_DIR}/close-up-kamooalewa-${viewport.name}.png` });
      const later = await openAt(`?t=${SEVEN_MINUTES_LATER_UTC}&rate=60&play=0&focus=kamooalewa&size=true&cam=${cam}`, viewport);
      const after = await later.page.screenshot({ path: `${OUTPUT_DIR}/close-up-kamooalewa-7min-${viewport.name}.png` });

      for (const shot of [before, after]) {
        const rock = patchesOf(shot, isRock, full)[0];
        expect(rock).toBeDefined();
        // The largest lit patch is the rock: at least a fifth of the view's height, in the middle of the view.
        expect(rock!.maxY - rock!.minY + 1).toBeGreaterThanOrEqual(viewport.height / 5);
        expect(Math.abs((rock!.minX + rock!.maxX) / 2 - viewport.width / 2)).toBeLessThan(viewport.width / 4);
        // Nothing else lit but stars and labels: no trail or orbit line across the view (a line would light a long run).
        const others = patchesOf(shot, isRock, full).slice(1);
        for (const patch of others) expect(Math.max(patch.maxX - patch.minX, patch.maxY - patch.minY)).toBeLessThan(viewport.width / 6);
      }
      // A quarter turn in 7 of its 28.3 minutes: the lit shape changes.
      const rock = patchesOf(before, isRock, full)[0]!;
      const box: Region = { x: rock.minX, y: rock.minY, width: rock.maxX - rock.minX + 1, height: rock.maxY - rock.minY + 1 };
      expect(changedFraction(before, after, box)).toBeGreaterThan(0.1);
      expect(errorsOf([...first.consoleErrors, ...later.consoleErrors])).toEqual([]);
      await first.page.close();
      await later.page.close();
    });
  }

  it('at the nearest the camera goes (1.05 radii from its centre, under 2 m above its highest point) the surface fills the view, unclipped', { timeout: 120_000 }, async () => {
    const viewport = VIEWPORTS[0];
    const base = `?t=${STAY_UTC}&rate=60&play=0&focus=kamooalewa&size=true`;
    const probe = await openAt(`${base}&cam=0,20,0.3`, viewport);
    const cam = poseOffAxis(await towardsSun(probe.page), 40, 0.001);
    await probe.page.close();
    const { page, consoleErrors } = await openAt(`${base}&cam=${cam}`, viewport);
    const distanceKm = (await sceneView(page)).camera.pose.distanceKm;
    expect(distanceKm).toBeLessThan(0.04);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/close-up-kamooalewa-nearest-desktop.png` });
    // The rock, not the sky, behind the middle of the view: a near plane cutting into it would open holes of sky.
    const middle: Region = { x: 320, y: 180, width: 640, height: 360 };
    expect(pixelStats(shot, middle).litFraction).toBeGreaterThan(0.9);
    expect(errorsOf(consoleErrors)).toEqual([]);
    await page.close();
  });

  for (const viewport of VIEWPORTS) {
  it(`the probe, 20 km sunward of the rock, at true scale: 15 m across from 40 m, the 70 m rock a few pixels behind it (${viewport.name})`, { timeout: 120_000 }, async () => {
    const base = `?t=${STAY_UTC}&rate=60&play=0&focus=probe&size=true`;
    const probe = await openAt(`${base}&cam=0,20,0.04`, viewport);
    // From the Sun's side, 7° off the Sun–probe line towards the north: the wings' cells lit, the rock behind the
    // probe but clear of it, inside even a phone's narrow view.
    const cam = poseOffAxis(await towardsSun(probe.page), 7, 0.04, 'north');
    await probe.page.close();
    const { page, consoleErrors } = await openAt(`${base}&cam=${cam}`, viewport);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/close-up-probe-beside-kamooalewa-${viewport.name}.png` });
    // The probe: a 15 m span at 40 m is ~21° across, a large lit shape (a quarter of the desktop view's width).
    const probeShape = patchesOf(shot, isRock, { x: 0, y: 0, width: viewport.width, height: viewport.height })[0]!;
    expect(Math.max(probeShape.maxX - probeShape.minX, probeShape.maxY - probeShape.minY)).toBeGreaterThan(0.08 * viewport.height);
    expect(pixelStats(shot).litFraction).toBeGreaterThan(0.02);
    // The rock: at 20 km its 70 m are 0.2°, about 3 px; a small lit dot by its label, not a disc.
    const rock = await bodyBesideLabel(page, 'kamooalewa');
    expect(rock).not.toBeNull();
    // Left of the label (which sits right of its body), clear of its letters.
    const around: Region = { x: Math.max(0, Math.round(rock!.x) - 22), y: Math.max(0, Math.round(rock!.y) - 16), width: 20, height: 24 };
    const dot = patchesOf(shot, isRock, around)[0];
    expect(dot).toBeDefined();
    expect(Math.max(dot!.maxX - dot!.minX, dot!.maxY - dot!.minY)).toBeLessThan(10);
    expect(errorsOf(consoleErrors)).toEqual([]);
    await page.close();
  });
  }
});

describe('311P up close, at true scale', () => {
  const AT_311P_UTC = '2035-03-01T00:00:00Z';
  const isTail = (r: number, g: number, b: number) => b > 25 && b > r + 6 && r + g + b > 45;

  for (const viewport of VIEWPORTS) {
  it(`its 190 m nucleus from 1.5 km, lit from the side, with structured dust tails leaving it away from the Sun (${viewport.name})`, { timeout: 120_000 }, async () => {
    const full: Region = { x: 0, y: 0, width: viewport.width, height: viewport.height };
    const base = `?t=${AT_311P_UTC}&rate=60&play=0&focus=311p&size=true`;
    const probe = await openAt(`${base}&cam=0,20,1.5`, viewport);
    const cam = poseOffAxis(await towardsSun(probe.page), 80, 1.5);
    await probe.page.close();
    const { page, consoleErrors } = await openAt(`${base}&cam=${cam}`, viewport);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/close-up-311p-${viewport.name}.png` });
    // 380 m across at 1.5 km: ~14.5° of the 45° view, about a third of its height.
    const nucleus = patchesOf(shot, (r, g, b) => r + g + b > 90 && r >= b - 10, full)[0];
    expect(nucleus).toBeDefined();
    expect(nucleus!.maxY - nucleus!.minY + 1).toBeGreaterThan(0.2 * viewport.height);
    // The tails: bluish light over a wide part of the view beside the nucleus.
    const bluish = patchesOf(shot, isTail, full);
    expect(bluish.length).toBeGreaterThan(0);
    expect(Math.max(bluish[0]!.maxX - bluish[0]!.minX, bluish[0]!.maxY - bluish[0]!.minY)).toBeGreaterThan(viewport.width / 4);
    expect(errorsOf(consoleErrors)).toEqual([]);
    await page.close();
  });
  }

  it('in the overview its tails are a short, faint stub, not a third of the screen', { timeout: 120_000 }, async () => {
    for (const viewport of VIEWPORTS) {
      const { page, consoleErrors } = await openAt(`?t=${AT_311P_UTC}&rate=60&play=0`, viewport);
      const shot = await page.screenshot({ path: `${OUTPUT_DIR}/close-up-311p-overview-${viewport.name}.png` });
      // On a phone the comet's name may give way to the probe's; the probe hovers 20 km from it, the same pixel.
      const comet = (await bodyBesideLabel(page, '311p')) ?? (await bodyBesideLabel(page, 'probe'));
      const sun = await bodyBesideLabel(page, 'sun');
      expect(comet).not.toBeNull();
      expect(sun).not.toBeNull();
      // Along the line from the comet away from the Sun (where a tail points on screen), 40–200 px out: the old cone
      // lit it all the way; a stub of ~22 px leaves it dark but for lines crossing it.
      const image = PNG.sync.read(shot);
      const ax = comet!.x - sun!.x, ay = comet!.y - sun!.y, n = Math.hypot(ax, ay);
      let lit = 0, samples = 0;
      for (let d = 40; d <= 200; d += 4) {
        const x = Math.round(comet!.x + (ax / n) * d), y = Math.round(comet!.y + (ay / n) * d);
        if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
        const i = 4 * (y * image.width + x);
        samples++;
        if (isTail(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!)) lit++;
      }
      expect(samples).toBeGreaterThan(5);
      expect(lit / samples).toBeLessThan(0.2);
      expect(errorsOf(consoleErrors)).toEqual([]);
      await page.close();
    }
  });
});
