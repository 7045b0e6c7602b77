import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** Inter's Latin faces at the weights the labels and panels use (500 draws with 400, 650 with 600). */
const PRELOADED_FONT = /^assets\/inter-latin-(400|600)-normal-[\w-]+\.woff2$/;

/**
 * Preloads the UI font, so the first layout of the scene labels finds it in memory. Without it, that layout walks
 * the fallback families through the system's font lookup while the font downloads (traced: ~45 ms of main thread
 * before the first frame) and the text is shown in a fallback face first.
 */
function preloadUiFont(): Plugin {
  return {
    name: 'preload-ui-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((fileName) => PRELOADED_FONT.test(fileName));
        if (fonts.length !== 2) throw new Error(`preload-ui-font: expected Inter's Latin 400 and 600 files, found ${fonts.length}`);
        return fonts.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadUiFont()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
