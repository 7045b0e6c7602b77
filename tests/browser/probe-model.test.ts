/**
 * The Tianwen-2 model (src/scene/probe-model/) drawn alone by its fixture page (tests/fixtures/probe-model/), in
 * real Chromium on software WebGL: a sunlit portrait, the arm camera's "cosmic snapshot" (the flag on the arm,
 * the white capsule, a distant blue Earth: http://www.xyk126.net/html/2025-10/974409.html), the sampling face,
 * the far variant at ~20 px, and the deck after the capsule has gone. Screenshots in test-output/browser/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUTPUT_DIR } from './support/app-page.ts';
import { launchChromium } from './support/chromium.ts';
import { buildAndServePage, type FixturePage } from './support/fixture-page.ts';
import { boundingBoxOf, patchesOf, type Region } from './support/pixels.ts';

type Point = { x: number; y: number } | null;
interface Shown {
  drawMs: number;
  glError: number;
  screen: { body: Point; capsule: Point; flag: Point; earth: Point };
}

let fixture: FixturePage;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  fixture = await buildAndServePage('tests/fixtures/probe-model');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const ready = page.waitForEvent('console', { predicate: (message) => message.text() === 'probe-fixture: ready', timeout: 60_000 });
  await page.goto(`${fixture.url}?model=new`);
  await ready;
});

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
});

async function shoot(pose: string): Promise<{ shot: Buffer; shown: Shown }> {
  const shown = await page.evaluate<Shown, string>((name) => (window as unknown as { __probeFixture: { show(p: string): Shown } }).__probeFixture.show(name), pose);
  const shot = await page.screenshot({ path: `${OUTPUT_DIR}/probe-model-${pose}.png` });
  expect(shown.glError, `WebGL error after drawing ${pose}`).toBe(0);
  return { shot, shown };
}

const FULL: Region = { x: 0, y: 0, width: 1280, height: 720 };
const around = (p: { x: number; y: number }, half: number): Region => {
  const x = Math.max(0, Math.round(p.x - half)), y = Math.max(0, Math.round(p.y - half));
  return { x, y, width: Math.min(1280 - x, 2 * half), height: Math.min(720 - y, 2 * half) };
};
const share = (shot: Buffer, match: (r: number, g: number, b: number) => boolean, region = FULL) =>
  (boundingBoxOf(shot, match, region)?.count ?? 0) / (region.width * region.height);

/** Lit gold foil: red well above blue, green between (dark shaded foil does not count). */
const isGold = (r: number, g: number, b: number) => r > 110 && g > 60 && r > g + 15 && g > b + 20 && r - b > 70;
/** The wings' cells: clearly blue. */
const isCellBlue = (r: number, g: number, b: number) => b > 70 && b > r + 35 && b > g + 20;
/** White paint in sunlight: bright and grey. */
const isWhite = (r: number, g: number, b: number) => r > 165 && g > 160 && b > 150 && Math.max(r, g, b) - Math.min(r, g, b) < 45;
const isFlagRed = (r: number, g: number, b: number) => r > 120 && g < 0.45 * r && b < 0.4 * r;
const isEarthBlue = (r: number, _g: number, b: number) => b > 150 && b > r + 50;
const isBackground = (r: number, g: number, b: number) => r < 12 && g < 12 && b < 20;

describe('the Tianwen-2 model', () => {
  it('loads and draws without errors', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('in sunlight shows the gold body, the blue wings and the white capsule', async () => {
    const { shot, shown } = await shoot('front');
    // Measured when written: gold ~1.7 %, cells ~10 %, white ~1.1 % of the frame.
    expect(share(shot, isGold)).toBeGreaterThan(0.01);
    expect(share(shot, isCellBlue)).toBeGreaterThan(0.08);
    expect(share(shot, isWhite)).toBeGreaterThan(0.003);
    // The capsule's white is where the capsule is.
    expect(shown.screen.capsule).not.toBeNull();
    expect(share(shot, isWhite, around(shown.screen.capsule!, 30))).toBeGreaterThan(0.3);
    // Round ten-sided wings either side of the body: blue on both sides of its centre.
    const body = shown.screen.body!;
    expect(share(shot, isCellBlue, { x: 0, y: 0, width: Math.round(body.x) - 100, height: 720 })).toBeGreaterThan(0.05);
    expect(share(shot, isCellBlue, { x: Math.round(body.x) + 100, y: 0, width: 1280 - Math.round(body.x) - 100, height: 720 })).toBeGreaterThan(0.05);
  });

  it('without the capsule (after separation) the deck is bare', async () => {
    const withCapsule = (await shoot('front')).shown.screen.capsule!;
    const { shot, shown } = await shoot('front-no-capsule');
    expect(shown.screen.capsule).toBeNull();
    expect(share(shot, isWhite, around(withCapsule, 30))).toBeLessThan(0.05);
  });

  it('from the arm camera: the flag on the arm in front, the capsule beyond it, a small blue Earth up to the right', async () => {
    const { shot, shown } = await shoot('snapshot');
    const { flag, capsule, earth } = shown.screen;
    expect(flag && capsule && earth).toBeTruthy();
    // The news photo's order: flag nearest, to one side; the capsule near the middle; the Earth high and aside.
    expect(flag!.x).toBeLessThan(capsule!.x - 150);
    expect(Math.abs(capsule!.x - 640)).toBeLessThan(200);
    expect(earth!.x).toBeGreaterThan(capsule!.x + 150);
    expect(earth!.y).toBeLessThan(capsule!.y - 150);
    expect(share(shot, isFlagRed, around(flag!, 60))).toBeGreaterThan(0.25);
    expect(share(shot, isWhite, around(capsule!, 50))).toBeGreaterThan(0.35);
    // The Earth: a few blue pixels, a dot not a disc.
    const dot = patchesOf(shot, isEarthBlue, around(earth!, 10))[0];
    expect(dot).toBeDefined();
    expect(dot!.maxX - dot!.minX).toBeLessThan(9);
    // The deck fills the bottom of the picture with lit foil.
    expect(share(shot, isGold, { x: 0, y: 480, width: 1280, height: 240 })).toBeGreaterThan(0.1);
  });

  it('from below shows the sampling face: four legs with drills, the touch-and-go boom', async () => {
    const { shot, shown } = await shoot('sampling');
    const body = shown.screen.body!;
    // Below the body: the legs' bright white drill housings and silver struts against the sky.
    const below: Region = { x: Math.round(body.x) - 250, y: Math.round(body.y) + 80, width: 500, height: 200 };
    const legs = patchesOf(shot, (r, g, b) => !isBackground(r, g, b) && r > 90 && g > 90 && b > 90, below);
    expect(legs.filter((p) => p.count >= 15).length).toBeGreaterThanOrEqual(3);
  });

  it('far away, the one-draw variant is ~20 px across and still gold and blue', async () => {
    const { shot } = await shoot('far');
    const drawn = boundingBoxOf(shot, (r, g, b) => !isBackground(r, g, b), FULL);
    expect(drawn).not.toBeNull();
    const width = drawn!.maxX - drawn!.minX + 1;
    expect(width).toBeGreaterThanOrEqual(14);
    expect(width).toBeLessThanOrEqual(28);
    const box: Region = { x: drawn!.minX, y: drawn!.minY, width, height: drawn!.maxY - drawn!.minY + 1 };
    expect(boundingBoxOf(shot, (r, _g, b) => b > r + 40, box)?.count ?? 0).toBeGreaterThan(20);
    expect(boundingBoxOf(shot, (r, g, b) => r > g && g > b + 30, box)?.count ?? 0).toBeGreaterThan(1);
  });
});
