/**
 * The installable, offline app: after one visit, the app loads and plays with its server gone and the network
 * off (every file from the service worker's precache, Chinese fonts included); a newly deployed version is
 * offered by a prompt and served only once the visitor accepts, never mixed into the running page.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from './support/app-page.ts';
import { launchChromium } from './support/chromium.ts';
import { startPreview } from './support/preview-server.ts';
import type { Browser } from 'playwright-core';

let browser: Browser;
let distCopy: string;
beforeAll(async () => {
  browser = await launchChromium();
  // A copy of the build: the update test deploys a "new version" into it.
  distCopy = await mkdtemp(join(tmpdir(), 'tw2-dist-'));
  await cp('dist', distCopy, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await rm(distCopy, { recursive: true, force: true });
});

async function visitAndLoad(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
  return page;
}

/** Until the service worker has installed (its precache complete) and is active. */
const serviceWorkerActive = (page: Page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.ready;
  return registration.active?.state ?? 'none';
});

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('offline and installable', () => {
  it('a second visit with the server stopped and the network off loads and plays, in Chinese, the Earth photographed; the kiosk runs its tour', async () => {
    const server = await startPreview(distCopy);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    let serverStopped = false;
    try {
      const first = await visitAndLoad(context, server.url);
      // A first visit is not taken over mid-load: only the next one is served by the worker.
      expect(await controlled(first)).toBe(false);
      await expect.poll(() => serviceWorkerActive(first), { timeout: 60_000 }).toBe('activated');
      const manifest = await first.evaluate(async () => (await fetch('/manifest.webmanifest')).json() as Promise<{ name: string; icons: unknown[] }>);
      expect(manifest.name).toBe('Tianwen-2 trajectory explorer');
      expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
      await first.close();

      await server.stop();
      serverStopped = true;
      await context.setOffline(true);

      const page = await context.newPage();
      const failed: string[] = [];
      const errors: string[] = [];
      page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? ''})`));
      page.on('pageerror', (error) => errors.push(error.message));
      // In Chinese, focused on the Earth: the Noto Sans SC subsets and the Earth's photographs are needed too.
      await page.goto(`${server.url}?t=2026-06-07T00:00:00Z&focus=earth&lang=zh`);
      await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
      await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
      expect(await controlled(page)).toBe(true);

      const before = await page.getByTestId('readout-utc').textContent();
      await page.getByTestId('play-pause').click();
      await page.waitForFunction((start) => document.querySelector('[data-testid="readout-utc"]')?.textContent !== start, before, { timeout: 20_000 });
      await page.getByTestId('play-pause').click();

      await expect.poll(() => page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('16px "Noto Sans SC"', '天问二号');
      }), { timeout: 20_000 }).toBe(true);
      // The Earth's photographs, drawn when it is larger than a dot (focused here).
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource')
        .some((entry) => /earth-blue-marble/.test(entry.name))), { timeout: 30_000 }).toBe(true);
      await page.screenshot({ path: `${OUTPUT_DIR}/offline-second-visit.png` });
      await page.close();

      // The museum kiosk, still offline: its tour runs (the story's data ships in the precached bundle).
      const kiosk = await context.newPage();
      kiosk.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? ''})`));
      kiosk.on('pageerror', (error) => errors.push(error.message));
      await kiosk.goto(`${server.url}?kiosk=1`);
      const chapter = kiosk.getByTestId('tour-chapter');
      await chapter.waitFor({ timeout: 60_000 });
      await expect(chapter.textContent()).resolves.toMatch(/^1 \/ 12/);
      await kiosk.getByTestId('story-caption-text').waitFor({ timeout: 10_000 });
      await kiosk.screenshot({ path: `${OUTPUT_DIR}/offline-kiosk.png` });
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      if (!serverStopped) await server.stop();
    }
  });

  it('a new deployment is offered by a prompt, and served only after Reload', async () => {
    const server = await startPreview(distCopy);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    try {
      const first = await visitAndLoad(context, server.url);
      await expect.poll(() => serviceWorkerActive(first), { timeout: 60_000 }).toBe('activated');
      await first.close();
      const page = await visitAndLoad(context, server.url);
      expect(await controlled(page)).toBe(true);
      await expect(page.getByTestId('update-prompt').count()).resolves.toBe(0);

      // Deploy a new version: an index.html with a marker, and a service worker listing its new revision.
      const indexPath = join(distCopy, 'index.html');
      const swPath = join(distCopy, 'sw.js');
      const html = await readFile(indexPath, 'utf8');
      await writeFile(indexPath, html.replace('<title>', '<meta name="tw-build" content="next" />\n    <title>'));
      const sw = await readFile(swPath, 'utf8');
      const withNewRevision = sw.replace(/(\{url:"index\.html",revision:")[^"]+(")/, '$1next-build$2');
      expect(withNewRevision).not.toBe(sw);
      await writeFile(swPath, withNewRevision);

      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByTestId('update-prompt');
      await prompt.waitFor({ timeout: 60_000 });
      await expect(prompt.textContent()).resolves.toMatch(/A new version of the explorer is ready/);
      // Until the visitor accepts, pages are still served the running version, whole.
      const other = await context.newPage();
      await other.goto(server.url);
      await expect(other.locator('meta[name="tw-build"]').count()).resolves.toBe(0);
      await other.close();
      await page.screenshot({ path: `${OUTPUT_DIR}/update-prompt.png` });

      await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await expect.poll(() => page.locator('meta[name="tw-build"]').count(), { timeout: 30_000 }).toBe(1);
      await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('update-prompt').count()).resolves.toBe(0);
    } finally {
      await context.close();
      await server.stop();
      await cp('dist', distCopy, { recursive: true, force: true });
    }
  });
});
