/**
 * A lost WebGL context (a GPU reset, a phone reclaiming memory) forced with WEBGL_lose_context: the page says what
 * happened instead of showing a white canvas, and on restore the scene is drawn again, textures and all, with no
 * input (the clock stays paused, nothing is clicked). The pixels are compared with the frame before the loss.
 * Here the notice's removal also re-renders the scene's React tree, which asks for a frame by itself; the scene's
 * own request on restore, which does not depend on that, is checked in tests/unit/context-loss.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enableDebugHooks, openApp, OUTPUT_DIR, utcReadout } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { changedFraction, pixelStats } from './support/pixels.ts';

const app = useAppServer();

interface Debug { frames: number; contextRestores: number }
const debug = (page: Page) => page.evaluate(() => {
  const hooks = (window as unknown as { __twScene: Debug }).__twScene;
  return { frames: hooks.frames, contextRestores: hooks.contextRestores };
});

/** Kept on the page: the extension object must be the one the loss was made with to restore it. */
const loseContext = (page: Page) => page.evaluate(() => {
  const canvas = document.querySelector('.scene-surface canvas') as HTMLCanvasElement;
  const extension = (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
  (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = extension;
  extension.loseContext();
});
const restoreContext = (page: Page) => page.evaluate(() => {
  (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext();
});

/** Forces a loss and a restore at the page's current size; returns the screenshots before, during and after. */
async function loseAndRestore(page: Page, name: string, restoresBefore: number) {
  const { width, height } = page.viewportSize()!;
  const whole = { x: 0, y: 0, width, height };
  const utc = await utcReadout(page);
  // The frame the restored one must match: taken once the view has settled (a resize reframes the camera).
  let before = await page.screenshot();
  await expect.poll(async () => {
    const previous = before;
    before = await page.screenshot();
    return changedFraction(previous, before, whole, 10);
  }, { timeout: 30_000, interval: 500 }).toBe(0);
  await page.screenshot({ path: `${OUTPUT_DIR}/${name}-before.png` });
  // The frame shows the sky and its bodies, not an empty canvas: what the restored frame is compared with.
  expect(pixelStats(before, whole).litFraction).toBeGreaterThan(0.01);

  await loseContext(page);
  const notice = page.getByRole('alert').filter({ hasText: 'The 3D view was interrupted' });
  await notice.waitFor({ timeout: 10_000 });
  await expect(notice.textContent()).resolves.toMatch(/comes back by itself/);
  await expect(page.locator('.scene-canvas[data-context-lost]').count()).resolves.toBe(1);
  const lost = await page.screenshot({ path: `${OUTPUT_DIR}/${name}-lost.png` });
  // Dark sky behind the message, not a white canvas: over the whole page, less than the lit frame had.
  const lostStats = pixelStats(lost, whole);
  expect(lostStats.meanLuma).toBeLessThan(60);

  const { frames } = await debug(page);
  await restoreContext(page);
  await expect.poll(async () => (await debug(page)).contextRestores, { timeout: 10_000 }).toBe(restoresBefore + 1);
  await notice.waitFor({ state: 'detached', timeout: 10_000 });
  await expect.poll(async () => (await debug(page)).frames, { timeout: 10_000 }).toBeGreaterThan(frames);
  // Software WebGL uploads the textures and compiles every program again: the frame may come a few seconds late.
  let after = await page.screenshot();
  await expect.poll(async () => {
    after = await page.screenshot();
    return changedFraction(before, after, whole);
  }, { timeout: 30_000, interval: 500 }).toBeLessThan(0.005);
  await page.screenshot({ path: `${OUTPUT_DIR}/${name}-restored.png` });
  expect(pixelStats(after, whole).litFraction).toBeGreaterThan(0.01);
  // Nothing moved the clock: the frame was drawn because the context came back, not because time did.
  await expect(utcReadout(page)).resolves.toBe(utc);
}

describe('a lost WebGL context', () => {
  it('shows a message while lost and draws the scene again on restore, with no input, at desktop and phone sizes', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    await loseAndRestore(page, 'context-loss-desktop', 0);

    // In Chinese too, and a second loss is handled like the first.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('language-button').click();
    await loseContext(page);
    const zhNotice = page.getByRole('alert').filter({ hasText: '三维视图暂时中断' });
    await zhNotice.waitFor({ timeout: 10_000 });
    await expect(zhNotice.textContent()).resolves.toMatch(/自动恢复/);
    await page.screenshot({ path: `${OUTPUT_DIR}/context-loss-phone-zh-lost.png` });
    await restoreContext(page);
    await zhNotice.waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByTestId('language-button').click();
    await loseAndRestore(page, 'context-loss-phone', 2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lost while the scene is still loading: once restored, every stage compiles and shows and the path is drawn', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await enableDebugHooks(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(app.url);
    // As soon as the planets' frame is up: the later stages are being compiled (compileAsync) when the context goes.
    await page.waitForFunction(() => ((window as unknown as { __twScene?: { framesWithPlanets: number } }).__twScene?.framesWithPlanets ?? 0) > 0,
      undefined, { timeout: 60_000 });
    await loseContext(page);
    await page.getByRole('alert').filter({ hasText: 'The 3D view was interrupted' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1500);
    await restoreContext(page);
    await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    const shot = await page.screenshot({ path: `${OUTPUT_DIR}/context-loss-while-loading.png` });
    expect(pixelStats(shot, { x: 0, y: 0, width: 1280, height: 720 }).litFraction).toBeGreaterThan(0.01);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
