import { describe, expect, it } from 'vitest';
import { bodyBesideLabel, openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { boundingBoxOf, patchesOf, pixelStats } from './support/pixels.ts';

const app = useAppServer();

/** "20.0 km" / "1.23 million km" → km. */
function kmFromReadout(text: string): number {
  const match = /([\d.,]+)\s*(million km|km|au)/.exec(text);
  if (!match) throw new Error(`not a distance: "${text}"`);
  const value = Number(match[1]!.replace(/,/g, ''));
  return match[2] === 'au' ? value * 149_597_870.7 : match[2] === 'million km' ? value * 1e6 : value;
}

describe('the journey', () => {
  it('draws the inner solar system with the whole path at once (the canvas is not blank)', async () => {
    const { page } = await openApp(app.browser, app.url);
    await page.waitForTimeout(500);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/journey-overview.png` });
    const centre = pixelStats(shot, { x: 400, y: 150, width: 480, height: 380 });
    expect(centre.litFraction).toBeGreaterThan(0.02);
    await page.close();
  });

  it('clicking the Earth-flyby marker on the path jumps there and opens its card', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await page.waitForTimeout(500);
    // The flyby diamond is the one patch of its light blue (#7fd4ff) in the overview: the comet's tail, a paler blue,
    // comes within 30 of it in places but not within 12 (measured).
    const isFlybyBlue = (r: number, g: number, b: number) => Math.abs(r - 127) < 12 && Math.abs(g - 212) < 12 && b > 240;
    const [diamond] = patchesOf(await page.screenshot(), isFlybyBlue, { x: 380, y: 0, width: 900, height: 550 });
    expect(diamond).toBeDefined();
    await page.mouse.click((diamond!.minX + diamond!.maxX) / 2, (diamond!.minY + diamond!.maxY) / 2);
    await expect.poll(() => page.getByTestId('readout-utc').textContent()).toMatch(/^2027-11-27/);
    await expect(page.getByTestId('info-panel').textContent()).resolves.toMatch(/Capsule release and Earth gravity assist/);
    await page.screenshot({ path: `${OUTPUT_DIR}/journey-marker-clicked.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('jumping to the arrival at Kamoʻoalewa and following the probe shows it beside the asteroid', async () => {
    const { page } = await openApp(app.browser, app.url);
    await page.getByRole('button', { name: /^Events$/ }).click();
    await page.getByTestId('event-list').getByRole('button', { name: /^Arrival at Kamoʻoalewa/ }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    // The glide into the arrival's shot takes 2.5 s of frames; software WebGL draws them slowly, so wait for it to end.
    await page.locator('[data-testid="story-caption"][aria-busy="false"]').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1000);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/journey-kamooalewa-arrival.png` });
    expect((await page.getByTestId('readout-utc').textContent())?.slice(0, 10)).toBe('2026-06-07');
    const targetKm = kmFromReadout((await page.getByTestId('readout-target').textContent()) ?? '');
    // The rendezvous leaves the probe about 2,000 km out; later burns bring it to about 20 km (the event's text and
    // sources in ephemeris/mission-events.json: The Planetary Society; Tech Times, 2026-06-02).
    expect(targetKm).toBeGreaterThan(1000);
    expect(targetKm).toBeLessThan(3000);
    expect(pixelStats(shot, { x: 440, y: 200, width: 400, height: 320 }).litFraction).toBeGreaterThan(0.001);
    await page.close();
  });
});

describe('the info card', () => {
  it('choosing an event shows its card with status and date; Escape closes it', async () => {
    const { page } = await openApp(app.browser, app.url);
    await page.getByRole('button', { name: /^Events$/ }).click();
    await page.getByTestId('event-list').getByRole('button', { name: /^Capsule release/ }).click();
    // The choice closes the list, like a menu.
    await expect(page.locator('.event-list-panel').isHidden()).resolves.toBe(true);
    const card = page.getByTestId('info-panel');
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/planned/i);
    await expect(card.textContent()).resolves.toMatch(/2027-11-2\d/);
    await page.screenshot({ path: `${OUTPUT_DIR}/info-card-flyby.png` });
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    await page.close();
  });
});

describe('the Sun–Earth co-rotating frame', () => {
  it('shows Kamoʻoalewa\'s quasi-satellite loop around the Earth', async () => {
    const { page } = await openApp(app.browser, app.url);
    await page.keyboard.press('e');
    await page.waitForTimeout(2500);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/journey-rotating-frame.png` });
    expect(pixelStats(shot, { x: 400, y: 150, width: 480, height: 380 }).litFraction).toBeGreaterThan(0.005);
    // Kamoʻoalewa's track is drawn in warm sand (~rgb(226,185,143)); in this frame it must close around the Earth,
    // the overview's centre (the region is the sky right of the panels, whose orange curve is the same hue).
    const sky = { x: 380, y: 0, width: 900, height: 550 };
    const loop = boundingBoxOf(shot, (r, g, b) => r > 150 && r - b > 50 && g > 0.7 * r && g < 0.9 * r, sky);
    const earth = await bodyBesideLabel(page, 'earth');
    expect(loop).not.toBeNull();
    expect(earth).not.toBeNull();
    // Measured: ~3,800 such pixels in this frame, ~700 (pieces of the probe path) in the heliocentric one.
    expect(loop!.count).toBeGreaterThan(2000);
    expect(loop!.minX).toBeLessThan(earth!.x);
    expect(loop!.maxX).toBeGreaterThan(earth!.x);
    expect(loop!.minY).toBeLessThan(earth!.y);
    expect(loop!.maxY).toBeGreaterThan(earth!.y);
    // …and it is the narrow yearly loop (~210 × 350 px here), not the 1 au heliocentric orbit (~490 px across).
    expect(loop!.maxX - loop!.minX).toBeLessThan(300);
    expect(loop!.maxY - loop!.minY).toBeGreaterThan(250);
    await page.close();
  });
});

describe('names under a drop-down', () => {
  it('hide while the event list covers them and come back the frame after it closes, the clock paused', async () => {
    const { page } = await openApp(app.browser, app.url);
    const sunLabel = page.locator('.scene-label-sun');
    const sunShown = () => sunLabel.evaluate((label) => getComputedStyle(label).visibility === 'visible');
    // Two animation frames: the one in which the change is made, and the next, drawn with it.
    const twoFrames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(sunShown()).resolves.toBe(true);
    await page.getByRole('button', { name: /^Events$/ }).click();
    await twoFrames();
    // At 1280 × 720 the list (x 775–1133 px) lies over the Sun's name (x ~835 px).
    const list = await page.locator('.event-list-panel').boundingBox();
    const name = await sunLabel.boundingBox();
    expect(list!.x).toBeLessThan(name!.x);
    expect(list!.x + list!.width).toBeGreaterThan(name!.x + name!.width);
    await expect(sunShown()).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await twoFrames();
    await expect(sunShown()).resolves.toBe(true);
    await page.screenshot({ path: `${OUTPUT_DIR}/event-list-closed.png` });
    await page.close();
  });
});

describe('English / 中文', () => {
  it('switching to 中文 changes the controls, the timeline and the scene labels; switching back restores English', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await expect(page.getByText('Mars', { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.getByTestId('language-button').click();
    await page.waitForTimeout(800);
    await expect(page.getByText('火星', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('timeline').textContent()).resolves.toContain('发射');
    await expect(page.getByTestId('readouts').textContent()).resolves.toContain('北京时间');
    await page.screenshot({ path: `${OUTPUT_DIR}/language-zh.png` });
    await page.getByTestId('language-button').click();
    await expect(page.getByTestId('timeline').textContent()).resolves.toContain('Launch');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('focus from a list', () => {
  it('choosing Mars centres the view on it', async () => {
    const { page } = await openApp(app.browser, app.url);
    await page.getByTestId('focus-picker').selectOption('mars');
    await page.waitForTimeout(2500);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/journey-focus-mars.png` });
    // Mars sits at the centre of the view once the camera has flown there.
    const red = boundingBoxOf(shot, (r, g, b) => r > 60 && g < 0.7 * r && b < 0.6 * r, { x: 540, y: 260, width: 200, height: 200 });
    expect(red).not.toBeNull();
    expect(Math.abs((red!.minX + red!.maxX) / 2 - 640)).toBeLessThan(30);
    await page.close();
  });
});
