import { describe, expect, it } from 'vitest';
import { enableDebugHooks, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

describe('a propagation worker that fails', () => {
  it('gets a clear message with what to do, and the page keeps its sky and its controls', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The worker's script throws as it loads, as a broken deployment or an old browser's missing feature would.
    await page.route(/propagation\.worker-[\w-]+\.js$/, (route) => route.fulfill({
      contentType: 'text/javascript',
      body: 'throw new Error("simulated worker failure");',
    }));
    await page.goto(app.url);
    const alert = page.getByRole('alert').filter({ hasText: /The planets and the probe path could not be computed/ });
    await alert.waitFor({ timeout: 30_000 });
    const message = await alert.textContent();
    expect(message).toMatch(/propagation worker failed: .*simulated worker failure.*Retry computes it again/s);
    expect(message).not.toMatch(/still shown/);
    // Retry starts a new worker, which fails the same way: the message comes back, the page keeps going.
    const retry = alert.getByRole('button', { name: 'Retry' });
    await retry.click();
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(/simulated worker failure/);
    await page.getByTestId('play-pause').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await expect(page.locator('main').getAttribute('data-path-ready')).resolves.toBe('false');
    await expect(page.getByTestId('readouts').getByText('path unavailable').count()).resolves.toBe(1);
    await page.screenshot({ path: `${OUTPUT_DIR}/worker-failure.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('after the planets: the message keeps them, and their orbits and the rest of the scene still load', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await enableDebugHooks(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The worker's answer to the mission arrives as the error a failed propagation posts.
    await page.addInitScript(`(() => {
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        set onmessage(handler) {
          super.onmessage = (event) => handler(event.data.type !== 'result' ? event : new MessageEvent('message', {
            data: { type: 'error', requestId: event.data.requestId, message: 'simulated propagation failure' },
          }));
        }
      };
    })()`);
    await page.goto(app.url);
    const alert = page.getByRole('alert').filter({ hasText: /The probe path could not be computed/ });
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(/simulated propagation failure\. The planets are still shown\. Retry/);
    const shownStages = () => page.evaluate(() => [...(window as unknown as { __twScene: { shownStages: Set<string> } }).__twScene.shownStages].sort());
    await expect.poll(shownStages, { timeout: 30_000 }).toEqual(['orbits', 'probe', 'small-bodies', 'trails']);
    await page.screenshot({ path: `${OUTPUT_DIR}/mission-failure.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a worker that stops answering: an error within the watchdog time, then Retry draws the path with the planets kept', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The scene's stage list is read below: its debug hooks exist only when asked for.
    await enableDebugHooks(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The first worker sends the planets and then nothing more, as one stuck in the mission's computation; the
    // workers after it answer normally.
    await page.addInitScript(`(() => {
      const NativeWorker = window.Worker;
      let created = 0;
      window.Worker = class extends NativeWorker {
        constructor(...args) {
          super(...args);
          this.stalled = ++created === 1;
        }
        set onmessage(handler) {
          let planetsSent = false;
          super.onmessage = (event) => {
            if (!this.stalled || !planetsSent) handler(event);
            if (event.data.type === 'planets') planetsSent = true;
          };
        }
      };
    })()`);
    await page.goto(app.url);
    const progress = page.getByRole('progressbar');
    await progress.waitFor({ timeout: 30_000 });
    const alert = page.getByRole('alert').filter({ hasText: /could not be computed/ });
    // The watchdog allows 15 s without progress once a request is open; the margin is for a loaded machine.
    await alert.waitFor({ timeout: 15_000 + 45_000 });
    await expect(alert.textContent()).resolves.toMatch(/stopped answering: no progress for 15 s.*The planets are still shown/s);
    await expect(progress.count()).resolves.toBe(0);
    const earthLabel = page.locator('.scene-label-earth');
    const earthShown = () => earthLabel.evaluate((el) => getComputedStyle(el).visibility);
    await expect.poll(earthShown, { timeout: 10_000 }).toBe('visible');
    await page.screenshot({ path: `${OUTPUT_DIR}/worker-stalled.png` });

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert.count()).resolves.toBe(0);
    // While the new worker computes the mission, the planets are still drawn.
    await expect(earthShown()).resolves.toBe('visible');
    await expect(page.locator('main').getAttribute('data-path-ready')).resolves.toBe('false');
    await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    const shownStages = () => page.evaluate(() => [...(window as unknown as { __twScene: { shownStages: Set<string> } }).__twScene.shownStages].sort());
    await expect.poll(shownStages, { timeout: 30_000 }).toContain('path');
    await expect(page.getByTestId('readouts').getByText('path unavailable').count()).resolves.toBe(0);
    await page.screenshot({ path: `${OUTPUT_DIR}/worker-retried.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
