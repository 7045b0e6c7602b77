import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ephemerisCheck } from './scripts/vite/ephemeris-check.ts';
import { SECURITY_HEADERS, contentSecurityPolicyMeta } from './scripts/vite/security-headers.ts';

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

/**
 * The installable, offline app: a web manifest and a Workbox service worker precaching every file a visit can need
 * (the scripts with the data bundled in the propagation worker, styles, every font subset, both Earth textures,
 * icons). Older formats (.woff: every browser with service workers reads .woff2) and source maps are left out.
 * `prompt`: a new deployment's worker waits for the visitor (src/pwa/service-worker.ts registers it and shows the
 * prompt), so a page never runs half one build and half the next.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Tianwen-2 trajectory explorer',
    short_name: 'Tianwen-2',
    description: "See the journey of China's Tianwen-2 probe: Earth, Kamoʻoalewa, an Earth flyby, 311P/PANSTARRS",
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#05070d',
    theme_color: '#05070d',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,woff2,jpg,png,svg,webmanifest}'],
    globIgnores: ['**/*.map'],
    // The scene's chunk (three.js) is ~0.8 MB; the default 2 MiB limit would hold, this leaves room.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [ephemerisCheck(), react(), preloadUiFont(), contentSecurityPolicyMeta(), pwa],
  preview: { headers: { ...SECURITY_HEADERS } },
  // JSON.parse at run time, as the loader's own checks expect: an object literal would turn a "__proto__" key
  // into a prototype (and parses slower).
  json: { stringify: true },
  worker: { format: 'es', plugins: () => [ephemerisCheck()] },
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
