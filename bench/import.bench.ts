/**
 * `npm run bench:import -- [--mb 50]`: writes an illustrative Mars-centred OEM of about the given size (one orbiter,
 * 60 s steps; written by the app's own OEM writer), drops it onto the built app in headless Chromium, and reports:
 * the progress values the page showed, the time until the track was drawn, and the longest main-thread task
 * (PerformanceObserver 'longtask', so every task over 50 ms is listed) from the drop to the track being drawn.
 * A bench, not a test: the numbers depend on the machine. Software WebGL on a shared machine inflates them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOem } from '../src/core/formats/oem-writer.ts';
import { enableDebugHooks } from '../tests/browser/support/app-page.ts';
import { launchChromium } from '../tests/browser/support/chromium.ts';
import { startPreview } from '../tests/browser/support/preview-server.ts';

const at = process.argv.indexOf('--mb');
const TARGET_MB = at >= 0 ? Number(process.argv[at + 1]) : 50;
if (!(TARGET_MB > 0)) throw new Error('--mb must be a positive number');
/** Bytes of one data line as the writer writes it (epoch + 6 numbers of 23 characters). */
const BYTES_PER_LINE = 26 + 6 * 24 + 1;
const n = Math.ceil((TARGET_MB * 1e6) / BYTES_PER_LINE);

const t0 = 852_055_269; // 2027-01-01T06:00 TDB, inside the app's span.
const radiusKm = 20_000;
const omega = (2 * Math.PI) / 86_400;
const tdbSec = new Float64Array(n), posKm = new Float64Array(3 * n), velKmS = new Float64Array(3 * n);
for (let i = 0; i < n; i++) {
  const t = 60 * i;
  tdbSec[i] = t0 + t;
  posKm.set([radiusKm * Math.cos(omega * t), radiusKm * Math.sin(omega * t), 0], 3 * i);
  velKmS.set([-radiusKm * omega * Math.sin(omega * t), radiusKm * omega * Math.cos(omega * t), 0], 3 * i);
}
const text = writeOem({
  header: { originator: 'TW2-EXPLORER-BENCH', creationDate: '2026-12-07T00:00:00Z', comments: ['Illustrative bench file: a circular orbit of 20 000 km around Mars.'] },
  segments: [{ objectName: 'BENCH ORBITER', objectId: 'BENCH', centerName: 'MARS BARYCENTER', refFrame: 'EME2000', timeSystem: 'TDB', comments: [], samples: { tdbSec, posKm, velKmS } }],
});
const path = join(mkdtempSync(join(tmpdir(), 'tw2-import-')), 'bench.oem');
writeFileSync(path, text);
console.log(`bench file: ${(text.length / 1e6).toFixed(1)} MB, ${n} samples`);

const server = await startPreview();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await enableDebugHooks(page);
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.url}?t=2027-01-01T12:00:00Z`);
  await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2000);
  const startMs = await page.evaluate(() => performance.now());
  await page.getByTestId('import-input').setInputFiles(path);
  const progress = new Set<string>();
  const wallStart = Date.now();
  for (;;) {
    const value = await page.getByTestId('import-progress').getAttribute('aria-valuenow', { timeout: 50 }).catch(() => null);
    if (value !== null) progress.add(value);
    const done = await page.evaluate(() => (window as unknown as { __twScene?: { imported?: Record<string, unknown> } }).__twScene?.imported?.['import:bench-orbiter'] !== undefined);
    const problem = await page.getByTestId('import-problem').textContent({ timeout: 50 }).catch(() => null);
    if (problem) throw new Error(`refused: ${problem}`);
    if (done) break;
    if (Date.now() - wallStart > 600_000) throw new Error('not drawn within 10 minutes');
    await page.waitForTimeout(100);
  }
  const drawnMs = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate((from) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= from), startMs);
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  console.log(`progress shown (%): ${[...progress].join(', ') || 'none seen'}`);
  console.log(`drop to drawn: ${((drawnMs - startMs) / 1000).toFixed(1)} s`);
  console.log(`main-thread tasks over 50 ms after the drop: ${tasks.length}; longest ${longest.toFixed(0)} ms`);
  console.log(`all: ${tasks.map((t) => `${t.duration.toFixed(0)} ms @ ${((t.start - startMs) / 1000).toFixed(1)} s`).join(', ')}`);
} finally {
  await browser.close();
  await server.stop();
}
