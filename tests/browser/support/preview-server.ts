import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the built app (dist/, or `outDir`) with `vite preview`, started directly so that stopping it stops vite
 * itself. Vite preview reads each file when asked, so a test may change files in `outDir` while it serves them.
 */
export async function startPreview(outDir?: string): Promise<PreviewServer> {
  const port = await freePort();
  const viteBin = resolve('node_modules/.bin/vite');
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...(outDir ? ['--outDir', outDir] : [])];
  const child: ChildProcess = spawn(viteBin, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/`;
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('vite preview did not start within 30 s')), 30_000);
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`vite preview exited early with code ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
