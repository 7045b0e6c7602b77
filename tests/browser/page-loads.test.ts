import { describe, expect, it } from 'vitest';
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

  it('follows a window resize: the drawing buffer takes the new size and the Sun stays in the middle', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await page.setViewportSize({ width: 900, height: 640 });
    const bufferSize = () => page.evaluate<[number, number]>(
      '(() => { const c = document.querySelector(".scene-surface canvas"); return [c.width, c.height]; })()',
    );
    await expect.poll(bufferSize, { timeout: 10_000 }).toEqual([900, 640]);
    await page.waitForTimeout(500);
    const png = await page.screenshot({ path: `${OUTPUT_DIR}/page-resized.png` });
    // The Sun's white-yellow disc (its label is more yellow, the probe's label lower down).
    const sun = boundingBoxOf(png, (r, g, b) => r > 250 && g > 235 && b > 185, { x: 390, y: 260, width: 120, height: 120 });
    expect(sun).not.toBeNull();
    expect(Math.abs((sun!.minX + sun!.maxX) / 2 - 450)).toBeLessThan(12);
    expect(Math.abs((sun!.minY + sun!.maxY) / 2 - 320)).toBeLessThan(12);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
