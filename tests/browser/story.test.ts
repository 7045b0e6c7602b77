/**
 * The story tells itself: every event jumped to from the events list arrives in its staged shot (the clock at the
 * event's time, the caption in the chosen language, the shot's subject drawn at the centre); the guided tour runs
 * through every chapter, pauses and resumes, records a clip of a chapter, and deep-links a chapter; the kiosk pauses on a tap and starts over
 * after its idle time; the app opens "now" inside the mission and at launch outside it; Escape closes every dialog and returns focus.
 * Reduced motion is emulated, so shots cut instead of gliding and each check sees the shot at once.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import story from '../../ephemeris/story.json';
import { enableDebugHooks, OUTPUT_DIR, pinToday, utcReadout } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';
import { pixelStats } from './support/pixels.ts';
import { decodeFramesAsPng } from './support/decode-video.ts';

const app = useAppServer();
// A page left playing keeps software WebGL busy: each test's pages close when it ends, passed or not.
const pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The middle of the 1280×720 view, where a focused subject is centred. */
const CENTRE = { x: 565, y: 285, width: 150, height: 150 };

async function open(query: string, options: { pace?: object; fixedTime?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const page = await app.browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 720 }, locale: 'en-GB', reducedMotion: 'reduce' });
  pages.push(page);
  await enableDebugHooks(page);
  if (options.pace) await page.addInitScript(`window.__twStoryPace = ${JSON.stringify(options.pace)};`);
  if (options.fixedTime) await pinToday(page, options.fixedTime);
  await page.goto(`${app.url}${query}`);
  await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
  return page;
}

const readoutMs = async (page: Page) => Date.parse(`${(await utcReadout(page)).trim().replace(' ', 'T')}Z`);

describe('a staged shot for every event', () => {
  it('jumps from the events list into each event\'s shot: its time, its caption in the chosen language, its subject at the centre', async () => {
    const page = await open('?t=2025-05-01T00:00:00Z');
    await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    const eventShots = story.shots.filter((shot) => 'eventId' in shot);
    for (const [index, shot] of eventShots.entries()) {
      const language = index % 2 === 0 ? 'en' : 'zh';
      const wanted = language === 'en' ? '中文' : 'English';
      const toggle = page.getByTestId('language-button');
      if ((await toggle.textContent())?.trim() !== wanted) await toggle.click();
      if (await page.locator('.event-list-panel').isHidden()) await page.getByTestId('event-list').locator('.event-list-toggle').click();
      const item = page.locator('.event-item').nth(index);
      const listedDay = Date.parse(`${await item.locator('time').getAttribute('datetime')}T00:00:00Z`);
      await item.click();
      await page.keyboard.press('Space');
      const caption = page.getByTestId('story-caption-text');
      await caption.waitFor({ timeout: 10_000 });
      await expect(caption.textContent()).resolves.toContain(shot.caption[language]);
      // The clock stands at the event's designed time plus the shot's offset (its day is the list's), give or take
      // what the shot's rate ran before the pause.
      const expected = listedDay + (shot.offsetHours ?? 0) * HOUR_MS;
      const near = async () => Math.abs((await readoutMs(page)) - (expected + DAY_MS / 2)) < 1.5 * DAY_MS;
      await expect.poll(near, { timeout: 10_000, message: `${shot.id}: the clock at ${new Date(expected).toISOString()}` }).toBe(true);
      await page.waitForTimeout(1500);
      const png = await page.screenshot({ path: `${OUTPUT_DIR}/shot-${shot.id}.png` });
      const region = shot.subject === null ? undefined : CENTRE;
      expect(pixelStats(png, region).litFraction, `${shot.id}: something drawn there`).toBeGreaterThan(shot.subject === null ? 0.01 : 0.002);
    }
  });
});

describe('the guided tour', () => {
  it('runs through every chapter at a fast test pace, pauses and resumes', async () => {
    const page = await open('?tour=1', { pace: { holdScale: 8 } });
    const chapter = page.getByTestId('tour-chapter');
    await chapter.waitFor({ timeout: 30_000 });
    await expect(chapter.textContent()).resolves.toMatch(/^1 \/ 12 · Launch/);
    await page.getByTestId('tour-pause').click();
    const held = await chapter.textContent();
    await page.waitForTimeout(2500);
    await expect(chapter.textContent()).resolves.toBe(held);
    await page.getByTestId('tour-resume').click();
    const seen = new Set<number>([1]);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      // The tour's end removes the chapter line; a frame of software WebGL may hold the page for a while.
      if ((await chapter.count()) === 0) break;
      const label = await chapter.textContent({ timeout: 10_000 }).catch(() => null);
      if (label === null) break;
      seen.add(Number(label.split(' / ')[0]));
      await page.waitForTimeout(100);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    await expect(page.getByTestId('tour-chapter').count()).resolves.toBe(0);
  });

  it('records a clip of the chapter shown: V offers the chapter as the span, from its camera, and the tour holds still meanwhile', async () => {
    const page = await open('?tour=1&chapter=5');
    const chapter = page.getByTestId('tour-chapter');
    await chapter.waitFor({ timeout: 30_000 });
    await page.locator('[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    await page.keyboard.press('v');
    const dialog = page.getByTestId('video-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('clip-phase').inputValue()).resolves.toBe('tour-chapter');
    await expect(dialog.getByTestId('clip-phase').locator('option:checked').textContent()).resolves.toMatch(/^Tour chapter 5: /);
    await page.getByTestId('tour-resume').waitFor({ timeout: 5000 });
    // The chapter's span starts at its shot's time: where the tour arrived, a few seconds of its rate ago.
    const clockMs = await readoutMs(page);
    const fromMs = Date.parse(`${await dialog.getByTestId('clip-from').inputValue()}:00Z`);
    const shot = story.shots.find((s) => s.id === story.tour[4]!.shot)!;
    expect(fromMs).toBeLessThanOrEqual(clockMs + 60_000);
    expect(clockMs - fromMs).toBeLessThan(15 * shot.rateSPerS * 1000 + HOUR_MS);
    await dialog.getByTestId('clip-duration').fill('1');
    await dialog.getByTestId('clip-fps').selectOption('24');
    await dialog.getByTestId('clip-resolution').selectOption({ label: '1280×720' });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), dialog.getByTestId('clip-export').click()]);
    const bytes = await readFile(await download.path());
    await expect(dialog.getByTestId('export-status').textContent()).resolves.toMatch(/24 frames/);
    const [first] = await decodeFramesAsPng(page, bytes, [0]);
    writeFileSync(`${OUTPUT_DIR}/tour-chapter-5-clip-first.png`, first!);
    // Its first frame is the chapter's picture, not a black one.
    expect(pixelStats(first!).litFraction).toBeGreaterThan(0.01);
    // Its caption says what the chapter says (the generic one named only the phase and the distance).
    const printed = await page.evaluate(() => (window as { __twLastExport?: { caption: { story: string | null } | null } }).__twLastExport?.caption);
    expect(printed?.story).toBe(shot.caption.en);
  });

  it('opens at a chapter from a link (?tour=1&chapter=12: the quasi-satellite loop in the co-rotating frame)', async () => {
    const page = await open('?tour=1&chapter=12&lang=zh');
    const chapter = page.getByTestId('tour-chapter');
    await chapter.waitFor({ timeout: 30_000 });
    await expect(chapter.textContent()).resolves.toMatch(/^12 \/ 12 · 准卫星之环/);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${OUTPUT_DIR}/tour-chapter-12.png` });
  });
});

describe('the museum kiosk', () => {
  it('loops the tour, pauses on a tap, shows no link, download or import buttons (nor do P / V export), and starts over after its idle time', async () => {
    // An idle time long enough that a loaded machine's slow steps between the tap and the checks stay inside it.
    const page = await open('?kiosk=1', { pace: { holdScale: 25, kioskIdleMs: 8000 } });
    const chapter = page.getByTestId('tour-chapter');
    await chapter.waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('copy-link').count()).resolves.toBe(0);
    await expect(page.getByTestId('save-image-button').count()).resolves.toBe(0);
    await expect(page.getByTestId('import-panel').count()).resolves.toBe(0);
    // Let it move on a few chapters, then a visitor taps the sky.
    await expect.poll(async () => Number((await chapter.textContent())?.split(' / ')[0]), { timeout: 30_000 }).toBeGreaterThan(2);
    await page.mouse.click(900, 300);
    await page.getByTestId('tour-resume').waitFor({ timeout: 5000 });
    // Nor do the keys open an export (a visitor with the keyboard leaves nothing open).
    await page.keyboard.press('p');
    await page.keyboard.press('v');
    await page.waitForTimeout(300);
    await expect(page.locator('[role="dialog"]').count()).resolves.toBe(0);
    const held = await chapter.textContent();
    await page.waitForTimeout(2000);
    await expect(chapter.textContent()).resolves.toBe(held);
    await page.screenshot({ path: `${OUTPUT_DIR}/kiosk-paused.png` });
    // No input for the idle time: everything closes and the tour starts over, playing. Every chapter shown from
    // here on is recorded in the page, so a loaded machine's slow frames cannot carry it past chapter 1 unseen.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { __seenChapters?: string[] }).__seenChapters = seen;
      const element = document.querySelector('[data-testid="tour-chapter"]')!;
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
    });
    await page.getByTestId('tour-pause').waitFor({ timeout: 20_000 });
    const seen = await page.evaluate(() => (window as { __seenChapters?: string[] }).__seenChapters ?? []);
    const first = Number(seen.find((text) => text.split(' / ')[0] !== held?.split(' / ')[0])?.split(' / ')[0]);
    expect(first, `chapters seen after the idle time: ${seen.join(' | ')}`).toBe(1);
  });
});

describe('opening', () => {
  it('opens at today\'s date when it falls inside the mission, and "Now" returns there in real time', async () => {
    const page = await open('', { fixedTime: '2026-09-01T12:00:00Z' });
    expect(await utcReadout(page)).toMatch(/^2026-09-01 12:0/);
    await page.keyboard.press('End');
    await expect.poll(() => utcReadout(page), { timeout: 10_000 }).toMatch(/^2036-/);
    await page.getByTestId('now').click();
    await expect.poll(() => utcReadout(page), { timeout: 10_000 }).toMatch(/^2026-09-01 12:0/);
    await expect(page.getByTestId('rate').textContent()).resolves.toMatch(/1 s\/s/);
  });

  it('opens at launch when today is outside the mission; a link\'s t= wins over today', async () => {
    const outside = await open('', { fixedTime: '2040-01-01T00:00:00Z' });
    expect(await utcReadout(outside)).toMatch(/^2025-05-28 17:5/);
    await expect(outside.getByTestId('now').count()).resolves.toBe(0);
    const linked = await open('?t=2030-01-01T00:00:00Z', { fixedTime: '2026-09-01T12:00:00Z' });
    expect(await utcReadout(linked)).toMatch(/^2030-01-01 00:00/);
  });

  it('Escape closes every dialog (Save image, Video clip, Help) and returns focus to the button that opened it', async () => {
    const page = await open('');
    for (const [button, dialogId] of [['save-image-button', 'save-image-dialog'], ['video-clip-button', 'video-dialog'], ['help-button', 'help-overlay']] as const) {
      // From the keyboard (a mouse click leaves no focus on a toolbar button, so that Space still plays).
      await page.getByTestId(button).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: 10_000 });
      await expect(page.getByTestId(dialogId).count(), dialogId).resolves.toBe(1);
      // Focus is inside the dialog; one Tab on, Escape still closes it.
      await expect(page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')), `${dialogId}: focus inside`).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await expect(dialog.count(), dialogId).resolves.toBe(0);
      await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid), `${dialogId}: focus back`).resolves.toBe(button);
    }
  });
});
