import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from './support/app-page.ts';
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
    expect(message).toMatch(/propagation worker failed: .*simulated worker failure.*Reload the page/s);
    expect(message).not.toMatch(/still shown/);
    await page.getByTestId('play-pause').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await expect(page.locator('main').getAttribute('data-path-ready')).resolves.toBe('false');
    await expect(page.getByTestId('readouts').getByText('path unavailable').count()).resolves.toBe(1);
    await page.screenshot({ path: `${OUTPUT_DIR}/worker-failure.png` });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
