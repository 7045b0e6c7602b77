import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { decodeFramesAsPng } from './support/decode-video.ts';
import { pixelStats } from './support/pixels.ts';

const app = useAppServer();

interface SavedFile { name: string; bytes: Buffer }

/** Clicks `save` and returns the file the page offers for download. */
async function captureDownload(page: Page, save: () => Promise<void>, timeout = 60_000): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), save()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Share of pixels brighter than the sky, distinct colours on a coarse grid, and the bottom band's mean luma. */
function imageStats(png: PNG) {
  let lit = 0;
  const colours = new Set<number>();
  for (let y = 0; y < png.height; y += 3) {
    for (let x = 0; x < png.width; x += 3) {
      const i = 4 * (y * png.width + x);
      const r = png.data[i]!, g = png.data[i + 1]!, b = png.data[i + 2]!;
      if (r > 40 || g > 40 || b > 40) lit++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  return { litFraction: lit / (Math.ceil(png.height / 3) * Math.ceil(png.width / 3)), colours: colours.size };
}

async function openSaveDialog(page: Page) {
  await page.getByTestId('save-image-button').click();
  const dialog = page.getByTestId('save-image-dialog');
  await dialog.waitFor();
  return dialog;
}

describe('save image', () => {
  it('exports 3840×2160 with a caption through the dialog: a PNG of exactly that size, not blank, screen unchanged', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    const canvasBefore = await page.evaluate(() => {
      const c = document.querySelector('canvas')!;
      return [c.width, c.height, c.clientWidth, c.clientHeight];
    });
    const dialog = await openSaveDialog(page);
    // Long enough for the labels to see the dialog (they re-measure what covers the scene every 400 ms).
    await page.waitForTimeout(600);
    await dialog.getByRole('radio', { name: /3840×2160/ }).check();
    await expect(dialog.getByRole('checkbox', { name: /Caption/ }).isChecked()).resolves.toBe(true);
    const file = await captureDownload(page, () => dialog.getByTestId('export-save').click());
    writeFileSync(`${OUTPUT_DIR}/export-3840x2160-caption.png`, file.bytes);
    // A modal dialog is not a panel: the names under it stay shown on screen (the export places its own).
    for (const id of ['sun', 'earth']) {
      await expect(page.locator(`.scene-label-${id}`).evaluate((label) => (label as HTMLElement).style.visibility)).resolves.toBe('visible');
    }

    expect(file.name).toMatch(/^tianwen2-\d{4}-\d\d-\d\dT\d{4}Z-3840x2160\.png$/);
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([3840, 2160]);
    const stats = imageStats(png);
    expect(stats.litFraction).toBeGreaterThan(0.005);
    expect(stats.colours).toBeGreaterThan(50);
    // The caption band: bright text pixels in the bottom-left corner.
    let captionLit = 0;
    for (let y = 1700; y < 2100; y += 2) for (let x = 100; x < 1500; x += 2) if (png.data[4 * (y * 3840 + x)]! > 200) captionLit++;
    expect(captionLit).toBeGreaterThan(500);
    const status = (await dialog.getByTestId('export-status').textContent()) ?? '';
    console.log(`3840×2160 with caption: ${status}`);
    expect(status).toMatch(/Saved tianwen2-.*3840x2160\.png/);
    await expect(dialog.getByTestId('export-clamped').count()).resolves.toBe(0);

    const canvasAfter = await page.evaluate(() => {
      const c = document.querySelector('canvas')!;
      return [c.width, c.height, c.clientWidth, c.clientHeight];
    });
    expect(canvasAfter).toEqual(canvasBefore);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a transparent-background export is clear where the sky is, with glows and tails as light, not dark blocks', async () => {
    const { page } = await openApp(app.browser, app.url);
    const dialog = await openSaveDialog(page);
    await dialog.getByRole('radio', { name: /2048×2048/ }).check();
    await dialog.getByRole('checkbox', { name: /Caption/ }).uncheck();
    await dialog.getByRole('checkbox', { name: /Transparent/ }).check();
    const file = await captureDownload(page, () => dialog.getByTestId('export-save').click());
    writeFileSync(`${OUTPUT_DIR}/export-square-transparent.png`, file.bytes);
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([2048, 2048]);
    let clear = 0, opaqueBlack = 0, lit = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
      if (a === 0) clear++;
      else if (a > 200 && Math.max(r, g, b) < 16) opaqueBlack++;
      else lit++;
    }
    const n = png.width * png.height;
    expect(clear / n).toBeGreaterThan(0.5);
    expect(lit / n).toBeGreaterThan(0.001);
    // Before the glow blending fix, the comet's tail cones came out as opaque black wedges.
    expect(opaqueBlack / n).toBeLessThan(0.0005);
    await page.close();
  });

  it('clamps 10000×10000 to what the browser can render, says so, and saves exactly the clamped size', async () => {
    const { page } = await openApp(app.browser, app.url);
    const dialog = await openSaveDialog(page);
    await dialog.getByRole('radio', { name: /Custom/ }).check();
    await dialog.getByTestId('export-width').fill('10000');
    await dialog.getByTestId('export-height').fill('10000');
    const file = await captureDownload(page, () => dialog.getByTestId('export-save').click(), 120_000);
    const notice = (await dialog.getByTestId('export-clamped').textContent()) ?? '';
    const match = /saved at (\d+)×(\d+) instead/.exec(notice);
    expect(notice).toMatch(/10000×10000 is larger than this browser can render/);
    expect(match).not.toBeNull();
    const [width, height] = [Number(match![1]), Number(match![2])];
    expect(width).toBe(height);
    expect(width * height).toBeLessThanOrEqual(33_177_600);
    expect(width).toBeLessThan(10000);
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([width, height]);
    expect(file.name).toContain(`-${width}x${height}.png`);
    expect(imageStats(png).litFraction).toBeGreaterThan(0.002);
    writeFileSync(`${OUTPUT_DIR}/export-clamped-${width}x${height}.png`, file.bytes);
    await page.close();
  });
});

interface ClipChoices {
  from: string;
  to: string;
  seconds: string;
  fps: string;
  camera?: string;
  amount?: string;
}

/** Opens the video dialog (V) and fills it in at 1280×720. */
async function openClipDialog(page: Page, choices: ClipChoices) {
  await page.keyboard.press('v');
  const dialog = page.getByTestId('video-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('clip-from').fill(choices.from);
  await dialog.getByTestId('clip-to').fill(choices.to);
  await dialog.getByTestId('clip-duration').fill(choices.seconds);
  await dialog.getByTestId('clip-fps').selectOption(choices.fps);
  await dialog.getByTestId('clip-resolution').selectOption({ label: '1280×720' });
  if (choices.camera) await dialog.getByTestId('clip-camera').selectOption({ label: choices.camera });
  if (choices.amount) await dialog.getByTestId('clip-camera-amount').selectOption({ label: choices.amount });
  return dialog;
}

/** The view's link as "Copy link" gives it (camera pose included). */
async function copiedLink(page: Page): Promise<string> {
  await page.getByTestId('copy-link').click();
  const url = await page.getByTestId('copy-link-url').inputValue();
  await page.getByRole('button', { name: /dismiss/i }).click();
  return url;
}

/** The app at `query`, focused and settled, ready for a clip. */
async function openForClip(query: string) {
  const opened = await openApp(app.browser, app.url, query);
  await opened.page.waitForTimeout(1500);
  return opened;
}

describe('video clip', () => {
  it('a 2-second clip at 30 fps exports through the dialog to a file of 60 frames and 2 s (or says it cannot encode)', async () => {
    const { page } = await openApp(app.browser, app.url);
    const clockBefore = (await page.getByTestId('readout-utc').textContent()) ?? '';
    const hasEncoder = await page.evaluate(() => typeof VideoEncoder !== 'undefined');
    const dialog = await openClipDialog(page, { from: '2026-06-01T00:00', to: '2026-07-01T00:00', seconds: '2', fps: '30' });
    if (!hasEncoder) {
      await dialog.getByTestId('clip-export').click();
      await expect(dialog.getByTestId('export-status').textContent()).resolves.toMatch(/This browser cannot encode video/);
      await page.close();
      return;
    }
    const file = await captureDownload(page, () => dialog.getByTestId('clip-export').click(), 180_000);
    writeFileSync(`${OUTPUT_DIR}/${file.name}`, file.bytes);
    expect(file.name).toMatch(/^tianwen2-2026-06-01T0000Z-to-2026-07-01T0000Z-1280x720\.(mp4|webm)$/);
    const status = (await dialog.getByTestId('export-status').textContent()) ?? '';
    console.log(`2 s clip: ${status}`);

    const { Input, BufferSource, ALL_FORMATS } = await import('mediabunny');
    const input = new Input({ source: new BufferSource(file.bytes), formats: ALL_FORMATS });
    const track = await input.getPrimaryVideoTrack();
    expect(track).not.toBeNull();
    const stats = await track!.computePacketStats();
    expect(stats.packetCount).toBe(60);
    expect(await input.computeDuration()).toBeCloseTo(2, 2);
    expect([await track!.getDisplayWidth(), await track!.getDisplayHeight()]).toEqual([1280, 720]);
    // The clock is put back where it was.
    await expect(page.getByTestId('readout-utc').textContent()).resolves.toBe(clockBefore);
    await page.close();
  });

  it('a 1 s clip zooming in on the probe ×1000 with a 中文 caption under an English UI: 24 frames, the probe grows, camera and clock put back', async () => {
    const { page, consoleErrors } = await openForClip('?t=2026-06-01T00:00:00Z&focus=probe&cam=0,52,80');
    const linkBefore = await copiedLink(page);
    const dialog = await openClipDialog(page, {
      from: '2026-06-01T00:00', to: '2026-06-03T00:00', seconds: '1', fps: '24', camera: 'Zoom in', amount: '×1000',
    });
    await expect(dialog.getByTestId('clip-caption-language').inputValue()).resolves.toBe('en');
    await dialog.getByTestId('clip-caption-language').selectOption('zh');
    await dialog.screenshot({ path: `${OUTPUT_DIR}/video-dialog-camera.png` });
    const file = await captureDownload(page, () => dialog.getByTestId('clip-export').click(), 180_000);
    writeFileSync(`${OUTPUT_DIR}/clip-zoom-in-zh.${file.name.split('.').pop()}`, file.bytes);
    console.log(`zoom-in clip: ${(await dialog.getByTestId('export-status').textContent()) ?? ''}`);

    const { Input, BufferSource, ALL_FORMATS } = await import('mediabunny');
    const input = new Input({ source: new BufferSource(file.bytes), formats: ALL_FORMATS });
    expect((await (await input.getPrimaryVideoTrack())!.computePacketStats()).packetCount).toBe(24);
    expect(await input.computeDuration()).toBeCloseTo(1, 2);

    const [first, middle, last] = await decodeFramesAsPng(page, file.bytes, [0, 12, -1]);
    writeFileSync(`${OUTPUT_DIR}/clip-zoom-in-first.png`, first!);
    writeFileSync(`${OUTPUT_DIR}/clip-zoom-in-middle.png`, middle!);
    writeFileSync(`${OUTPUT_DIR}/clip-zoom-in-last.png`, last!);
    // The probe sits at the centre: drawn at its 16 px minimum from 80 km, at true size (~60 px across) from 80 m.
    const centre = { x: 440, y: 160, width: 400, height: 400 };
    const [before, after] = [pixelStats(first!, centre), pixelStats(last!, centre)];
    console.log(`centre lit: first ${(before.litFraction * 100).toFixed(2)} %, last ${(after.litFraction * 100).toFixed(2)} %`);
    expect(after.litFraction).toBeGreaterThan(3 * before.litFraction);

    await dialog.getByText('Close', { exact: true }).click();
    // The readouts are written in the next animation frame after the clock changes.
    await expect.poll(() => page.getByTestId('readout-utc').textContent(), { timeout: 5000 }).toMatch(/2026-06-01/);
    expect(await copiedLink(page)).toBe(linkBefore);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a clip pulling back ×1,000,000 from the probe beside Kamoʻoalewa ends on the inner solar system', async () => {
    const { page, consoleErrors } = await openForClip('?t=2026-06-07T00:00:00Z&focus=probe&cam=0,52,80');
    const dialog = await openClipDialog(page, {
      from: '2026-06-07T00:00', to: '2026-06-08T00:00', seconds: '1', fps: '24', camera: 'Zoom out', amount: '×1,000,000',
    });
    const file = await captureDownload(page, () => dialog.getByTestId('clip-export').click(), 180_000);
    const [first, last] = await decodeFramesAsPng(page, file.bytes, [0, -1]);
    writeFileSync(`${OUTPUT_DIR}/clip-pull-back-first.png`, first!);
    writeFileSync(`${OUTPUT_DIR}/clip-pull-back-last.png`, last!);
    // From 80 km: the probe, the asteroid and their trails on black sky; from 80 million km: orbits, the path and
    // the Earth (measured 0.63 % → 1.70 % lit; a still camera keeps the first picture, ratio ~1).
    const sky = { x: 0, y: 0, width: 1280, height: 560 };
    const [near, far] = [pixelStats(first!, sky), pixelStats(last!, sky)];
    console.log(`pull-back: lit ${(near.litFraction * 100).toFixed(2)} % → ${(far.litFraction * 100).toFixed(2)} %`);
    expect(far.litFraction).toBeGreaterThan(2 * near.litFraction);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a turning clip cancelled part-way saves nothing and puts the camera and clock back', async () => {
    const { page, consoleErrors } = await openForClip('?t=2026-06-01T00:00:00Z&focus=probe&cam=0,52,80');
    const linkBefore = await copiedLink(page);
    const dialog = await openClipDialog(page, {
      from: '2026-06-01T00:00', to: '2026-07-01T00:00', seconds: '2', fps: '24', camera: 'Turn around the focus', amount: '180°',
    });
    await dialog.getByTestId('clip-export').click();
    // Cancel once the camera has turned well over 45° (frame 20 of 48); frames take ~0.6 s here.
    await expect.poll(async () => Number(await dialog.getByTestId('clip-progress').getAttribute('value')), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(20);
    await dialog.getByTestId('clip-cancel').click();
    await expect.poll(async () => dialog.getByTestId('export-status').textContent(), { timeout: 30_000 }).toMatch(/Cancelled/);
    await dialog.getByText('Close', { exact: true }).click();
    // The readouts are written in the next animation frame after the clock changes.
    await expect.poll(() => page.getByTestId('readout-utc').textContent(), { timeout: 5000 }).toMatch(/2026-06-01/);
    expect(await copiedLink(page)).toBe(linkBefore);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
