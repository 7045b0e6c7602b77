import { describe, expect, it } from 'vitest';
import { openApp, OUTPUT_DIR, utcReadout } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();

describe('time in the browser', () => {
  it('play advances the displayed date; space pauses it', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    const before = await utcReadout(page);
    await page.getByTestId('play-pause').click();
    await page.waitForFunction((start) => document.querySelector('[data-testid="readout-utc"]')?.textContent !== start, before, { timeout: 20_000 });
    await page.keyboard.press('Space');
    // While the scene still loads, a shader compile can hold the main thread for most of a second and the
    // readout shows the paused time only after it: wait until it holds still (it never would if still playing).
    let paused = await utcReadout(page);
    for (let settled = false, deadline = Date.now() + 15_000; !settled && Date.now() < deadline;) {
      await page.waitForTimeout(500);
      const now = await utcReadout(page);
      settled = now === paused;
      paused = now;
    }
    await page.waitForTimeout(500);
    expect(await utcReadout(page)).toBe(paused);
    expect(Date.parse(paused.replace(' ', 'T') + 'Z')).toBeGreaterThan(Date.parse(before.replace(' ', 'T') + 'Z'));
    await page.screenshot({ path: `${OUTPUT_DIR}/timeline-after-play.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('while frames run long the scene is drawn at a lower resolution, and the frame it comes to rest in at full resolution', async () => {
    // Frames held to ~9 per second once the page has loaded: what a slow machine gives, whatever this one does.
    const { page, consoleErrors } = await openApp(app.browser, app.url, '', (p) => p.addInitScript(`{
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => window.__slowFrames ? (setTimeout(() => raf(callback), 110), -1) : raf(callback);
    }`));
    const drawn = () => page.evaluate(() => ({
      scale: window.__twScene!.resolutionScale,
      bufferWidth: document.querySelector<HTMLCanvasElement>('.scene-canvas canvas')!.width,
    }));
    expect(await drawn()).toEqual({ scale: 1, bufferWidth: 1280 });
    await page.evaluate(() => { (window as { __slowFrames?: boolean }).__slowFrames = true; });
    await page.getByTestId('play-pause').click();
    await expect.poll(async () => (await drawn()).scale, { timeout: 30_000 }).toBeLessThan(1);
    const low = await drawn();
    expect(low.bufferWidth).toBe(Math.floor(1280 * low.scale));
    await page.screenshot({ path: `${OUTPUT_DIR}/playing-lower-resolution.png` });
    await page.keyboard.press('Space');
    await expect.poll(drawn, { timeout: 10_000 }).toEqual({ scale: 1, bufferWidth: 1280 });
    await page.screenshot({ path: `${OUTPUT_DIR}/paused-full-resolution.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('dragging the scrubber and pressing keys move the date; the slider speaks the date', async () => {
    const { page } = await openApp(app.browser, app.url);
    const slider = page.getByTestId('timeline').getByRole('slider');
    const box = await slider.boundingBox();
    if (!box) throw new Error('the timeline slider is not laid out');
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    const dragged = await utcReadout(page);
    const draggedYear = Number(dragged.slice(0, 4));
    expect(draggedYear).toBeGreaterThanOrEqual(2030);
    expect(draggedYear).toBeLessThanOrEqual(2032);
    expect(await slider.getAttribute('aria-valuetext')).toContain(dragged.slice(0, 10));

    // The date beside the focused slider's playhead stays within the timeline at both ends.
    const badge = page.getByTestId('timeline').locator('.tl-date-badge');
    const timeline = (await page.getByTestId('timeline').boundingBox())!;
    const expectBadgeInside = async () => {
      const box = (await badge.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(timeline.x);
      expect(box.x + box.width).toBeLessThanOrEqual(timeline.x + timeline.width);
    };
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    const start = await utcReadout(page);
    expect(start.slice(0, 7)).toBe('2025-05');
    await expect(badge.textContent()).resolves.toBe(start.slice(0, 10));
    await expectBadgeInside();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    expect((await utcReadout(page)).slice(0, 4)).toBe('2036');
    await expectBadgeInside();
    await page.screenshot({ path: `${OUTPUT_DIR}/timeline-scrubbed.png` });
    await page.close();
  });
});

describe('every event named on the timeline', () => {
  it('at 1280 px and on a phone, an event without a label over the track is named by its tick: hovered (tooltip) and tapped (the date badge)', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url);
    for (const [width, height] of [[1280, 720], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(800);
      const names = await page.locator('.event-item .event-name').allTextContents();
      const labelled = new Set((await page.locator('.tl-label').allTextContents()).map((t) => t.trim()));
      const unlabelled = names.map((name, index) => ({ name: name.trim(), index })).filter(({ name }) => !labelled.has(name));
      console.log(`${width}×${height}: ${labelled.size} labels, ${unlabelled.length} events named by their ticks`);
      expect(labelled.size + unlabelled.length).toBe(names.length);
      for (const { name, index } of unlabelled) {
        const tick = (await page.locator('.tl-tick').nth(index).boundingBox())!;
        const x = tick.x + tick.width / 2, y = tick.y + tick.height - 4;
        await page.mouse.move(x, y);
        await expect.poll(() => page.getByTestId('timeline').locator('[role="slider"]').getAttribute('title'), { message: `${name}: tooltip` }).toContain(name);
        await page.mouse.click(x, y);
        // The tap glides the clock there (2.5 s of frames, longer on a loaded machine); the badge names it on arrival.
        await expect.poll(() => page.locator('.tl-date-badge').textContent(), { message: `${name}: badge`, timeout: 15_000 }).toContain(name);
        await expect(page.locator('.tl-date-badge').isVisible(), `${name}: badge shown`).resolves.toBe(true);
      }
    }
    await page.screenshot({ path: `${OUTPUT_DIR}/timeline-tap-name-phone.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
