import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveDirectory, type StaticServer } from './static-server.ts';

export interface FixturePage extends StaticServer {
  /** The temporary directory the page was built into (removed by stop()). */
  dir: string;
}

/**
 * Builds a page that is not part of the app (a test fixture or a bench's peer page: `root` holds its index.html)
 * into a temporary directory with vite, without the app's config, and serves it. It never lands in dist/.
 */
export async function buildAndServePage(root: string): Promise<FixturePage> {
  const dir = mkdtempSync(join(tmpdir(), 'tw-page-'));
  await build({
    configFile: false,
    root: resolve(root),
    base: '/',
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
  const server = await serveDirectory(dir);
  return {
    ...server,
    dir,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
