import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { startPreview, type PreviewServer } from './support/preview-server.ts';

const OUTPUT_DIR = 'test-output/browser';
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the app page', () => {
  it('loads without console errors or requests leaving the origin, and says the path is illustrative', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        foreignRequests.push(request.url());
      }
    });
    await page.goto(server.url);
    await expect(page.getByRole('note').filter({ hasText: /illustrative/i }).isVisible()).resolves.toBe(true);
    // The worker propagates the whole mission and hands the tracks over.
    await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await page.screenshot({ path: `${OUTPUT_DIR}/page-loads.png` });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
