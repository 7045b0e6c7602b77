import { describe, expect, it } from 'vitest';
import { bodyBesideLabel, openApp, OUTPUT_DIR } from './support/app-page.ts';
import { blobsOf, type Region } from './support/pixels.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

describe('the app page', () => {
  it('loads without console errors or requests leaving the origin, and says the path is illustrative', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(app.browser, app.url);
    await expect(page.getByRole('note').filter({ hasText: /illustrative/i }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await page.screenshot({ path: `${OUTPUT_DIR}/page-loads.png` });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('follows a window resize: the drawing buffer takes the new size and the journey is framed clear of the panels', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await page.setViewportSize({ width: 900, height: 640 });
    const bufferSize = () => page.evaluate<[number, number]>(
      '(() => { const c = document.querySelector(".scene-surface canvas"); return [c.width, c.height]; })()',
    );
    await expect.poll(bufferSize, { timeout: 10_000 }).toEqual([900, 640]);
    await page.waitForTimeout(1500);
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/page-resized.png` });
    // The free area: right of the readouts column, above the playback bar.
    const column = (await page.locator('.readouts').boundingBox())!;
    const playback = (await page.getByTestId('playback-controls').boundingBox())!;
    const freeLeft = column.x + column.width, freeBottom = playback.y;
    // The Sun: a round white-yellow disc (the comet's tail is as white but long, the burn diamonds smaller).
    const isSunColour = (r: number, g: number, b: number) => r > 250 && g > 235 && b > 185;
    const sunDisc = (shot: Buffer, region: Region) => blobsOf(shot, isSunColour, region).find((blob) => {
      const width = blob.maxX - blob.minX + 1, height = blob.maxY - blob.minY + 1;
      return width >= 10 && width <= 30 && Math.abs(width - height) <= 3 && blob.count > 0.6 * width * height;
    });
    const sun = sunDisc(shot, { x: Math.round(freeLeft), y: 0, width: 900 - Math.round(freeLeft), height: Math.round(freeBottom) });
    expect(sun).toBeDefined();
    expect(Math.abs((sun!.minX + sun!.maxX) / 2 - (freeLeft + 900) / 2)).toBeLessThan(12);
    // Mars and 311P, under the readouts in a window-centred overview, are drawn and named in the free area.
    for (const id of ['mars', '311p']) {
      const body = await bodyBesideLabel(page, id);
      expect(body, id).not.toBeNull();
      expect(body!.x, id).toBeGreaterThan(freeLeft);
      expect(body!.y, id).toBeLessThan(freeBottom);
    }
    // The clean view (no panels) glides the journey back to the middle of the window, and closer.
    await page.keyboard.press('c');
    await page.waitForTimeout(1500);
    const centred = sunDisc(await page.screenshot({ path: `${OUTPUT_DIR}/page-resized-clean.png` }), { x: 0, y: 0, width: 900, height: 640 });
    expect(centred).toBeDefined();
    expect(Math.abs((centred!.minX + centred!.maxX) / 2 - 450)).toBeLessThan(12);
    // …the Sun above the middle: the near half of the journey is drawn larger than the far half.
    expect((centred!.minY + centred!.maxY) / 2).toBeLessThan(320 - 20);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
