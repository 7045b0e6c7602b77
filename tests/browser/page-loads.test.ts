import { describe, expect, it } from 'vitest';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
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
});
