import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, OUTPUT_DIR, utcReadout } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { boundingBoxOf, pixelStats } from './support/pixels.ts';

const app = useAppServer();

/**
 * Steps through the events with → from the start of the clock until the clock stands on `dateUtc` (or within the
 * 12 h before it: an event's staged shot may open a little before the event), each step waiting until time and
 * camera have glided into the event's shot (its caption no longer busy).
 */
async function stepToEventOn(page: Page, dateUtc: string): Promise<void> {
  const valueText = () => page.evaluate(() => document.querySelector('[data-testid="timeline"] [role="slider"]')?.getAttribute('aria-valuetext') ?? '');
  const dayStartMs = Date.parse(`${dateUtc}T00:00:00Z`);
  const onTheDay = async () => {
    const ms = Date.parse(`${(await utcReadout(page)).replace(' ', 'T')}Z`);
    return ms >= dayStartMs - 12 * 3600_000 && ms < dayStartMs + 24 * 3600_000;
  };
  await page.keyboard.press('Home');
  for (let i = 0; i < 12 && !(await onTheDay()); i++) {
    const before = await valueText();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="timeline"] [role="slider"]')?.getAttribute('aria-valuetext') !== previous
        && document.querySelector('[data-testid="story-caption"]')?.getAttribute('aria-busy') === 'false',
      before,
      { timeout: 10_000 },
    );
  }
  expect(await onTheDay(), `the clock on ${dateUtc}`).toBe(true);
}

/** Centre of a scene label on the page, or null when it is hidden. */
async function labelCentre(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  const label = page.locator(`.scene-label-${id}`);
  if ((await label.evaluate((el) => getComputedStyle(el).visibility)) !== 'visible') return null;
  const box = await label.boundingBox();
  return box ? { x: box.x, y: box.y + box.height / 2 } : null;
}

const isBlue = (r: number, g: number, b: number) => b > 120 && b > r + 40 && b >= g;

describe('probe\'s-eye view', () => {
  it('on 2025-10-01, B shows the probe in the foreground and the Earth as a small blue dot with its label', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await stepToEventOn(page, '2025-10-01');
    await page.keyboard.press('b');
    // A clip from the arm keeps the arm's camera: the video dialog says so instead of offering moves.
    await page.keyboard.press('v');
    const dialog = page.getByTestId('video-dialog');
    await expect(dialog.getByTestId('clip-camera-fixed').textContent()).resolves.toMatch(/arm/);
    expect(await dialog.getByTestId('clip-camera').count()).toBe(0);
    await dialog.getByText('Close', { exact: true }).click();
    await page.keyboard.press('c'); // clean view: the photo alone
    await page.waitForTimeout(1500);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/probe-eye-earth.png` });

    // Foreground: the lit deck, capsule and flag fill much of the lower half (measured ~0.6; the sky is < 0.01).
    expect(pixelStats(shot, { x: 0, y: 360, width: 1280, height: 360 }).litFraction).toBeGreaterThan(0.25);
    // The Earth: its label is drawn, and just left of it (labels sit right of their body) a few blue pixels.
    const earth = await labelCentre(page, 'earth');
    expect(earth).not.toBeNull();
    const around = { x: Math.max(0, Math.round(earth!.x) - 30), y: Math.max(0, Math.round(earth!.y) - 10), width: 30, height: 30 };
    const dot = boundingBoxOf(shot, isBlue, around);
    expect(dot).not.toBeNull();
    expect(dot!.count).toBeGreaterThanOrEqual(2);
    // A dot, not a disc: the Earth is ~43 million km away.
    expect(dot!.maxX - dot!.minX).toBeLessThan(16);
    expect(dot!.maxY - dot!.minY).toBeLessThan(16);
    // The probe's own label stays off the photo.
    expect(await labelCentre(page, 'probe')).toBeNull();

    // O gives the orbit camera back: the probe is a marker again, not a foreground.
    await page.keyboard.press('o');
    await page.waitForTimeout(1000);
    const orbit = await page.screenshot();
    expect(pixelStats(orbit, { x: 0, y: 360, width: 1280, height: 360 }).litFraction).toBeLessThan(0.25);
    expect(consoleErrors.filter((e) => !/favicon|deprecated|GPU stall/i.test(e))).toEqual([]);
    await page.close();
  });

  it('at the arrival at Kamoʻoalewa, G looks at the asteroid: a few pixels (true size) with its label', async () => {
    const { page } = await openApp(app.browser, app.url);
    await stepToEventOn(page, '2026-06-07');
    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await page.waitForTimeout(1500);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/probe-eye-target.png` });
    expect(pixelStats(shot, { x: 0, y: 360, width: 1280, height: 360 }).litFraction).toBeGreaterThan(0.25);
    const rock = await labelCentre(page, 'kamooalewa');
    expect(rock).not.toBeNull();
    await page.close();
  });
});
