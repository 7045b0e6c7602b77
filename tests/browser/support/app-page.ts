import type { Browser, Page } from 'playwright-core';

export const OUTPUT_DIR = 'test-output/browser';
export const BEFORE_THE_MISSION = '2024-01-01T00:00:00Z';

export interface AppPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Opens the app, collecting console errors and any request that leaves the origin; waits until it has loaded:
 * the probe path computed and every scene stage compiled and shown (a shader that fails to compile has logged
 * its error by then). While the stages load, software WebGL keeps the GPU process busy and frames, with the
 * readouts written in them, come late: tests interact with the loaded app, as their fixed waits assume.
 * `prepare` runs on the new page before it loads (e.g. to route requests). The page's calendar is pinned to a day
 * before the mission (`pinToday`), so that without `t=` it opens at launch, as these tests
 * expect, whatever day they run on (inside the mission the app opens at today's date: tests/browser/story.test.ts).
 */
export async function openApp(
  browser: Browser, baseUrl: string, query = '', prepare?: (page: Page) => Promise<unknown>,
): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
  await enableDebugHooks(page);
  await pinToday(page, BEFORE_THE_MISSION);
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await prepare?.(page);
  await page.goto(`${baseUrl}${query}`);
  await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
  return { page, consoleErrors, foreignRequests };
}

/** The scene's frame counters (window.__twScene) are installed only for pages that ask, before their scripts run. */
export async function enableDebugHooks(page: Page): Promise<void> {
  await page.addInitScript('window.__twDebug = true;');
}

export async function utcReadout(page: Page): Promise<string> {
  return (await page.getByTestId('readout-utc').textContent()) ?? '';
}

/**
 * Where a body is drawn, px, read back from its name label, which sits beside it on the side the layout chose
 * (src/scene/Labels.tsx: a few px from the disc, its bottom edge about level with the body's centre; or centred
 * above or below it, or off one of its corners); null when hidden.
 */
export async function bodyBesideLabel(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  const label = page.locator(`.scene-label-${id}`);
  const side = await label.evaluate((el) => (getComputedStyle(el).visibility === 'visible' ? (el as HTMLElement).dataset.side ?? 'right' : null));
  const box = side ? await label.boundingBox() : null;
  if (!box) return null;
  // Centred above or below its body when neither side was free.
  if (side === 'above') return { x: box.x + box.width / 2, y: box.y + box.height };
  if (side === 'below') return { x: box.x + box.width / 2, y: box.y };
  // Off a corner: the body is at the box's corner nearest it (a few px beyond).
  if (side === 'upper-right') return { x: box.x, y: box.y + box.height };
  if (side === 'lower-right') return { x: box.x, y: box.y };
  if (side === 'upper-left') return { x: box.x + box.width, y: box.y + box.height };
  if (side === 'lower-left') return { x: box.x + box.width, y: box.y };
  return { x: side === 'left' ? box.x + box.width : box.x, y: box.y + box.height };
}

/**
 * Today, for the page, is `isoUtc` (running on from it in real time): only `Date.now`, which is all the app asks
 * "what day is it" with. Playwright's clock.setFixedTime also stops the clocks timing uses, which holds back work
 * the app schedules (the Earth's photographs never loaded under it).
 */
export async function pinToday(page: Page, isoUtc: string): Promise<void> {
  await page.addInitScript(`(() => { const start = ${Date.parse(isoUtc)} - performance.now(); Date.now = () => start + performance.now(); })();`);
}
