/**
 * `npm run soak -- [--minutes 30] [--sample-seconds 30]`: the built app in headless Chromium, playing at 1 year/s
 * and scrubbed across the timeline every few seconds for the given time; every sample forces a garbage collection
 * and reads the JS heap, the DOM node count and the event listeners. Prints the samples, the heap's least-squares
 * slope (MB per hour) and the first and last samples' means, so a leak shows as a slope well above the noise.
 * Not part of `npm test`: it runs for as long as asked.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/support/chromium.ts';
import { startPreview } from '../tests/browser/support/preview-server.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const MINUTES = option('minutes', 30);
const SAMPLE_SECONDS = option('sample-seconds', 30);
/** Play this long between scrubs. */
const PLAY_BETWEEN_SCRUBS_MS = 4000;
const YEAR_PER_SECOND = 365.25 * 86400;

interface Sample { minutes: number; heapMb: number; nodes: number; listeners: number }

async function sample(cdp: CDPSession, startMs: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { minutes: (Date.now() - startMs) / 60_000, heapMb: usedSize / 2 ** 20, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** Least-squares slope of y over x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxy / sxx;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

async function scrub(page: Page): Promise<void> {
  const slider = page.getByTestId('timeline').getByRole('slider');
  const box = await slider.boundingBox();
  if (!box) throw new Error('timeline slider not laid out');
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 0; i <= 20; i++) {
    await page.mouse.move(box.x + 5 + (i / 20) * (box.width - 10), box.y + box.height / 2);
    await page.waitForTimeout(30);
  }
  // Back to an early point, so the clock has years to play before the mission's end.
  await page.mouse.move(box.x + 5 + 0.05 * (box.width - 10), box.y + box.height / 2);
  await page.mouse.up();
}

async function ensurePlaying(page: Page): Promise<void> {
  const label = (await page.getByTestId('play-pause').getAttribute('aria-label')) ?? '';
  if (!/pause/i.test(label)) await page.getByTestId('play-pause').click();
}

async function main(): Promise<void> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}?rate=${YEAR_PER_SECOND}&play=1`);
    await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    const startMs = Date.now();
    const endMs = startMs + MINUTES * 60_000;
    const samples: Sample[] = [await sample(cdp, startMs)];
    let nextSampleMs = startMs + SAMPLE_SECONDS * 1000;
    let scrubs = 0;
    console.log('minutes  heap MB  DOM nodes  listeners');
    const print = (s: Sample) => console.log(`${s.minutes.toFixed(1).padStart(7)}  ${s.heapMb.toFixed(2).padStart(7)}  ${String(s.nodes).padStart(9)}  ${String(s.listeners).padStart(9)}`);
    print(samples[0]!);
    while (Date.now() < endMs) {
      await ensurePlaying(page);
      await page.waitForTimeout(PLAY_BETWEEN_SCRUBS_MS);
      await scrub(page);
      scrubs++;
      if (Date.now() >= nextSampleMs) {
        const s = await sample(cdp, startMs);
        samples.push(s);
        print(s);
        nextSampleMs += SAMPLE_SECONDS * 1000;
      }
    }
    samples.push(await sample(cdp, startMs));
    print(samples.at(-1)!);

    const heap = samples.map((s) => ({ x: s.minutes / 60, y: s.heapMb }));
    const tail = Math.max(3, Math.floor(samples.length / 5));
    const first = mean(samples.slice(0, tail).map((s) => s.heapMb));
    const last = mean(samples.slice(-tail).map((s) => s.heapMb));
    const residuals = heap.map((p) => p.y - mean(heap.map((q) => q.y)));
    const spread = Math.sqrt(mean(residuals.map((r) => r * r)));
    console.log(`\n${MINUTES} min at 1 yr/s, ${scrubs} scrubs, ${samples.length} samples (forced GC before each)`);
    const secondHalf = heap.filter((p) => p.x >= heap.at(-1)!.x / 2);
    console.log(`heap slope ${slope(heap).toFixed(3)} MB/h (second half alone: ${slope(secondHalf).toFixed(3)} MB/h); first ${tail} samples ${first.toFixed(2)} MB, last ${tail} ${last.toFixed(2)} MB; `
      + `spread (rms about the mean) ${spread.toFixed(2)} MB`);
    console.log(`DOM nodes slope ${slope(samples.map((s) => ({ x: s.minutes / 60, y: s.nodes }))).toFixed(1)} /h, `
      + `listeners slope ${slope(samples.map((s) => ({ x: s.minutes / 60, y: s.listeners }))).toFixed(1)} /h`);
    console.log(`page errors: ${errors.length}${errors.length ? ` (${errors.slice(0, 3).join('; ')})` : ''}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
