import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { OUTPUT_DIR } from './app-page.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

/** One preview server and one Chromium for a test file; read them after beforeAll has run. */
export function useAppServer(): { readonly url: string; readonly browser: Browser } {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    server = await startPreview();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get url() {
      if (!server) throw new Error('the preview server is not running yet');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
  };
}
