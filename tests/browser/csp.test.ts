/**
 * The built app under its Content-Security-Policy: the policy is sent (header and meta tag), it is enforced (an
 * inline script is refused and reported), and a whole session — load, play, a PNG export and a clip export —
 * reports no violation, neither as a `securitypolicyviolation` event nor in the console.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

/** Collects violations from the page (and the event's details) from before any script of the app runs. */
const COLLECT_VIOLATIONS = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
})()`;

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function download(page: Page, start: () => Promise<void>, timeout: number): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), start()]);
  return readFile(await file.path());
}

describe('the content security policy', () => {
  it('is sent as a header (with frame-ancestors and nosniff) and as a meta tag without eval or inline script', async () => {
    const response = await fetch(app.url);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(header).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(header).toMatch(/(^|; )frame-ancestors \*(;|$)/);
    expect(header).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    expect(meta).toMatch(/(^|; )default-src 'self'(;|$)/);
    // Browsers ignore frame-ancestors in a meta tag and warn about it.
    expect(meta).not.toMatch(/frame-ancestors|unsafe-eval|unsafe-inline/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('reports nothing over load, play, a PNG export, a clip export and the tour, and does refuse an inline script', async () => {
    const cspConsole: string[] = [];
    const { page, consoleErrors } = await openApp(app.browser, app.url, '', async (p) => {
      p.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) cspConsole.push(message.text());
      });
      await p.addInitScript(COLLECT_VIOLATIONS);
    });

    // Play two seconds at 1 month/s.
    await page.getByRole('button', { name: /1 mo\/s/ }).first().click();
    await page.getByTestId('play-pause').click();
    await page.waitForTimeout(2000);
    await page.getByTestId('play-pause').click();

    // A PNG through the Save image dialog.
    await page.getByTestId('save-image-button').click();
    const imageDialog = page.getByTestId('save-image-dialog');
    await imageDialog.waitFor();
    await imageDialog.getByRole('radio', { name: /1920×1080/ }).check();
    const png = await download(page, () => imageDialog.getByTestId('export-save').click(), 60_000);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await imageDialog.getByText('Close', { exact: true }).click();

    // A one-second clip through the Video clip dialog (mediabunny muxes it in a blob worker).
    const hasEncoder = await page.evaluate(() => typeof VideoEncoder !== 'undefined');
    await page.keyboard.press('v');
    const clipDialog = page.getByTestId('video-dialog');
    await clipDialog.waitFor();
    await clipDialog.getByTestId('clip-from').fill('2026-06-01T00:00');
    await clipDialog.getByTestId('clip-to').fill('2026-06-15T00:00');
    await clipDialog.getByTestId('clip-duration').fill('1');
    await clipDialog.getByTestId('clip-fps').selectOption('24');
    await clipDialog.getByTestId('clip-resolution').selectOption({ label: '1280×720' });
    if (hasEncoder) {
      const clip = await download(page, () => clipDialog.getByTestId('clip-export').click(), 180_000);
      expect(clip.length).toBeGreaterThan(1000);
    } else {
      await clipDialog.getByTestId('clip-export').click();
    }
    await clipDialog.getByText('Close', { exact: true }).click();
    // The guided tour: a few chapters (shots, captions, camera moves), then ended.
    await page.getByTestId('tour-button').click();
    await page.getByTestId('tour-chapter').waitFor({ timeout: 30_000 });
    for (let i = 0; i < 3; i++) await page.getByTestId('tour-next').click();
    await page.waitForTimeout(2000);
    await page.getByTestId('tour-stop').click();

    expect(await violations(page)).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // The policy is enforced, and this listener would have heard a violation.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    // One report per policy that refused it: the header's and the meta tag's.
    await expect.poll(() => violations(page)).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^script-src-elem blocked inline/),
    ]);
    await page.close();
  });
});
