import { describe, expect, it } from 'vitest';
import { OVERVIEW_RAISE_FRACTION } from '../../src/scene/overview-raise.ts';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
import { boundingBoxOf } from './support/pixels.ts';
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

  it('follows a window resize: the drawing buffer takes the new size and the Sun stays in the middle, above the controls', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await page.setViewportSize({ width: 900, height: 640 });
    const bufferSize = () => page.evaluate<[number, number]>(
      '(() => { const c = document.querySelector(".scene-surface canvas"); return [c.width, c.height]; })()',
    );
    await expect.poll(bufferSize, { timeout: 10_000 }).toEqual([900, 640]);
    await page.waitForTimeout(500);
    // The Sun's white-yellow disc (its label is more yellow, the probe's label lower down).
    const isSunDisc = (r: number, g: number, b: number) => r > 250 && g > 235 && b > 185;
    const raised = boundingBoxOf(await page.screenshot({ path: `${OUTPUT_DIR}/page-resized.png` }), isSunDisc, { x: 390, y: 196, width: 120, height: 120 });
    expect(raised).not.toBeNull();
    expect(Math.abs((raised!.minX + raised!.maxX) / 2 - 450)).toBeLessThan(12);
    expect(Math.abs((raised!.minY + raised!.maxY) / 2 - (320 - OVERVIEW_RAISE_FRACTION * 640))).toBeLessThan(12);
    // The clean view (no panels) glides the Sun back to the very middle.
    await page.keyboard.press('c');
    await page.waitForTimeout(1500);
    const centred = boundingBoxOf(await page.screenshot({ path: `${OUTPUT_DIR}/page-resized-clean.png` }), isSunDisc, { x: 390, y: 260, width: 120, height: 120 });
    expect(centred).not.toBeNull();
    expect(Math.abs((centred!.minY + centred!.maxY) / 2 - 320)).toBeLessThan(12);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
