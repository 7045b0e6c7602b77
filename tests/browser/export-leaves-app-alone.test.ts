/**
 * Exports draw the scene at their own time, camera and size through the render port: while the clock plays, a 4K
 * image and a 2-second clip leave the clock's time and rate and the screen's camera exactly where they would have
 * been without them (the clock keeps running in real time; the camera keeps its pose).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

interface ScreenView { tdbSec: number; rateSPerS: number; playing: boolean; camera: { pose: { azimuthDeg: number; elevationDeg: number; distanceKm: number } } }

/** The clock and camera of the screen's last frame, with the wall time it was read at (ms). */
async function screenView(page: Page): Promise<ScreenView & { wallMs: number }> {
  return page.evaluate(() => {
    const view = (window as unknown as { __twScene: { view: ScreenView } }).__twScene.view;
    return { ...view, camera: JSON.parse(JSON.stringify(view.camera)), wallMs: performance.now() };
  });
}

async function download(page: Page, start: () => Promise<void>, timeout = 180_000): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), start()]);
  return readFile(await file.path());
}

/** What the clock would show without the export: it ran on in real time. Screen frames come every ~50–300 ms here. */
function expectClockRanOn(before: ScreenView & { wallMs: number }, after: ScreenView & { wallMs: number }) {
  const expected = before.tdbSec + before.rateSPerS * ((after.wallMs - before.wallMs) / 1000);
  const toleranceSec = 0.6 * before.rateSPerS;
  console.log(`clock: ran ${((after.tdbSec - before.tdbSec) / before.rateSPerS).toFixed(2)} s of ${((after.wallMs - before.wallMs) / 1000).toFixed(2)} s wall`);
  expect(Math.abs(after.tdbSec - expected)).toBeLessThan(toleranceSec);
  expect(after.rateSPerS).toBe(before.rateSPerS);
  expect(after.playing).toBe(true);
  expect(after.camera.pose).toEqual(before.camera.pose);
}

describe('exports leave the app alone', () => {
  it('a 4K image while the clock plays: the clock runs on and the camera keeps its pose', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, '?t=2026-06-10T00:00:00Z&rate=3600&play=1&focus=probe&cam=30,20,500');
    await page.waitForTimeout(1500);
    await page.getByTestId('save-image-button').click();
    const dialog = page.getByTestId('save-image-dialog');
    await dialog.getByRole('radio', { name: /3840×2160/ }).check();
    await page.waitForTimeout(500);
    const before = await screenView(page);
    const png = await download(page, () => dialog.getByTestId('export-save').click());
    expect(png.length).toBeGreaterThan(100_000);
    await page.waitForTimeout(500);
    expectClockRanOn(before, await screenView(page));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a 2-second clip while the clock plays: the clock runs on and the camera keeps its pose', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, '?t=2026-06-10T00:00:00Z&rate=3600&play=1&focus=kamooalewa&cam=300,35,5');
    if (!(await page.evaluate(() => typeof VideoEncoder !== 'undefined'))) throw new Error('this Chromium has no WebCodecs: the clip cannot be tested');
    await page.waitForTimeout(1500);
    await page.getByTestId('video-clip-button').click();
    const dialog = page.getByTestId('video-dialog');
    await dialog.getByTestId('clip-from').fill('2026-07-01T00:00');
    await dialog.getByTestId('clip-to').fill('2026-07-02T00:00');
    await dialog.getByTestId('clip-duration').fill('2');
    await dialog.getByTestId('clip-fps').selectOption('24');
    await dialog.getByTestId('clip-resolution').selectOption({ label: '1280×720' });
    await dialog.getByTestId('clip-camera').selectOption({ label: 'Turn around the focus' });
    const before = await screenView(page);
    const clip = await download(page, () => dialog.getByTestId('clip-export').click());
    expect(clip.length).toBeGreaterThan(10_000);
    await page.waitForTimeout(500);
    expectClockRanOn(before, await screenView(page));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
