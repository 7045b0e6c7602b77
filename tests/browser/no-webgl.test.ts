import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { OUTPUT_DIR, utcReadout } from './support/app-page.ts';
import { startPreview, type PreviewServer } from './support/preview-server.ts';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchChromium(['--disable-3d-apis']);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a browser without WebGL', () => {
  it('gets a clear message instead of a blank page, and time still plays', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    const alert = page.getByRole('alert').filter({ hasText: /WebGL 2 is unavailable/ });
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(/hardware acceleration/);
    // A banner over the sky: right of the readouts, below the toolbar, not a strip across the page under the panels.
    const banner = (await alert.boundingBox())!;
    const toolbar = (await page.getByRole('button', { name: /Copy link/ }).boundingBox())!;
    const readouts = (await page.getByTestId('readouts').boundingBox())!;
    expect(banner.width).toBeLessThanOrEqual(560);
    expect(banner.x).toBeGreaterThanOrEqual(readouts.x + readouts.width);
    expect(banner.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
    await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
    const before = await utcReadout(page);
    await page.getByTestId('play-pause').click();
    await page.waitForFunction((start) => document.querySelector('[data-testid="readout-utc"]')?.textContent !== start, before);
    await page.screenshot({ path: `${OUTPUT_DIR}/no-webgl.png` });
    await page.close();
  });
});
