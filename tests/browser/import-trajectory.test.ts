/**
 * Bring your own trajectory: an OEM of an illustrative orbiter around Mars (tests/fixtures/import/mars-orbiter.oem,
 * made by hand: a 20 000 km circle, one turn a day, Mars-barycentre EME2000, UTC) dropped onto the page is drawn
 * beside Mars at the file's epoch, named, trailed, in the readouts, the distance plot and on the timeline; its link
 * by name reopens focused on it (IndexedDB keeps the file) and, in a fresh browser, says the file is not in the link;
 * it goes when removed. A file outside the mission's span can have the clock extended to it. A bad file is refused
 * with a message naming it and the line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, OUTPUT_DIR } from './support/app-page.ts';
import { useAppServer } from './support/app-server.ts';

const app = useAppServer();
const ORBITER = readFileSync(new URL('../fixtures/import/mars-orbiter.oem', import.meta.url), 'utf8');
const MGS_XML = readFileSync(new URL('../fixtures/import/ccsds-oem-mgs-example.xml', import.meta.url), 'utf8');
const ID = 'import:illustrative-mars-orbiter';
/** Six hours into the file: a quarter turn from its first sample. */
const QUERY = '?t=2027-01-01T06:00:00Z';

type Drawn = Record<string, { posKm: number[]; ndc: number[] }>;
async function drawn(page: Page): Promise<Drawn | undefined> {
  return page.evaluate(() => (window as unknown as { __twScene: { imported?: Drawn } }).__twScene.imported);
}

async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(([fileName, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content as string], fileName as string, { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, text]);
}

describe('importing a trajectory file', () => {
  it('draws a dropped OEM beside Mars at its epoch, named, trailed, in the readouts, plot and timeline; its link by name reopens it; removes it', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, QUERY);
    await drop(page, 'mars-orbiter.oem', ORBITER);
    await page.getByTestId('import-file').filter({ hasText: 'mars-orbiter.oem' }).waitFor({ timeout: 30_000 });
    await page.waitForFunction((id) => (window as unknown as { __twScene: { imported?: Record<string, unknown> } }).__twScene.imported?.[id] !== undefined, ID, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const first = (await drawn(page))!;
    const orbiter = first[ID]!;
    const mars = first.mars!;
    // The file's radius is 20 000 km; Mars' drawn track is sampled to well under 1 km.
    const separationKm = Math.hypot(...orbiter.posKm.map((v, k) => v - mars.posKm[k]!));
    expect(Math.abs(separationKm - 20_000)).toBeLessThan(5);
    // At 6 h the file puts the orbiter at +y of EME2000 (a quarter turn): the view frame's axes keep that length.
    // Through the scene's camera: on screen, and within a pixel or two of Mars (20 000 km at this scale).
    const viewport = page.viewportSize()!;
    const px = (ndc: number[]): [number, number] => [(ndc[0]! + 1) / 2 * viewport.width, (1 - ndc[1]!) / 2 * viewport.height];
    const [ox, oy] = px(orbiter.ndc);
    const [mx, my] = px(mars.ndc);
    expect(ox).toBeGreaterThan(0);
    expect(ox).toBeLessThan(viewport.width);
    expect(oy).toBeGreaterThan(0);
    expect(oy).toBeLessThan(viewport.height);
    expect(Math.hypot(ox - mx, oy - my)).toBeLessThan(3);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-dropped.png` });

    // Focusable like a catalogue body: chosen in the focus list, it moves to the middle of the view.
    await page.getByTestId('focus-picker').selectOption(ID);
    // The glide takes ~2 s; on a loaded machine frames come late, so wait for it to arrive rather than a fixed time.
    const centred = async () => {
      const [x, y] = px((await drawn(page))![ID]!.ndc);
      return Math.hypot(x - viewport.width / 2, y - viewport.height / 2) < 40;
    };
    await expect.poll(centred, { timeout: 20_000, interval: 500 }).toBe(true);
    await page.waitForTimeout(500);
    const focused = (await drawn(page))![ID]!;
    const [fx, fy] = px(focused.ndc);
    console.log(`focused orbiter at ${fx.toFixed(0)}, ${fy.toFixed(0)} px`);
    expect(Math.abs(fx - viewport.width / 2)).toBeLessThan(40);
    expect(Math.abs(fy - viewport.height / 2)).toBeLessThan(40);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-focused.png` });
    // Its line in the import list: distances now from the probe, the Earth and the Sun (Mars is ~1.4-1.7 au out).
    expect(await page.getByTestId('import-distances').textContent()).toMatch(/^Tianwen-2 [\d.]+ au · Earth [\d.]+ au · Sun 1\.[4-7]\d au$/);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-list.png` });
    // And in the readouts, under the probe's rows, while it is focused: the same three distances.
    expect(await page.getByTestId('readout-imported-name').textContent()).toBe('ILLUSTRATIVE MARS ORBITER');
    expect(await page.getByTestId('readout-imported-from-sun').textContent()).toMatch(/^1\.[4-7]\d au$/);
    expect(await page.locator('.ro-imported-distances').textContent()).toMatch(/^Tianwen-2 [\d.]+ au · Earth [\d.]+ au · Sun 1\.[4-7]\d au$/);
    expect(await page.getByTestId('readout-imported-from-earth').textContent()).toMatch(/^[\d.]+ au$/);
    expect(await page.getByTestId('readout-imported-from-probe').textContent()).toMatch(/^[\d.]+ au$/);
    // Its name is drawn beside it (focused, at the middle of the view), in the scene's label layer.
    const label = page.locator(`[data-testid="imported-label"][data-body="${ID}"]`);
    expect(await label.textContent()).toBe('ILLUSTRATIVE MARS ORBITER');
    expect(await label.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    const box = (await label.boundingBox())!;
    const gapPx = Math.max(box.x - fx, fx - (box.x + box.width), 0) + Math.max(box.y - fy, fy - (box.y + box.height), 0);
    console.log(`orbiter's name ${gapPx.toFixed(1)} px from its point (${await label.getAttribute('data-side')})`);
    expect(gapPx).toBeLessThan(20);
    // Its trail: drawn, ending at the orbiter, reaching back along its path.
    const trail = await page.evaluate((id) => (window as unknown as { __twScene: { importedTrails?: Record<string, { visible: boolean; spanKm: number }> } }).__twScene.importedTrails?.[id], ID);
    expect(trail?.visible).toBe(true);
    expect(trail!.spanKm).toBeGreaterThan(1000);
    // Its span on the timeline: a bar under the phases, at the clock's time (06:00 of its one day).
    const bar = (await page.locator(`[data-testid="timeline-import"][data-body="${ID}"]`).boundingBox())!;
    const playhead = (await page.locator('.tl-playhead-line').boundingBox())!;
    expect(Math.abs(bar.x + bar.width / 2 - (playhead.x + playhead.width / 2))).toBeLessThan(4);
    // And in the distance plot: the probe's distance from it, over its day.
    expect(await page.locator(`[data-testid="distance-plot-imported"][data-body="${ID}"]`).getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+/);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-focused-named.png` });
    // The readouts' two extra lines keep the left column clear of the distance plot (the note had run 30 px into it).
    const note = (await page.locator('.hud .illustrative-note').boundingBox())!;
    const plot = (await page.getByTestId('distance-plot').boundingBox())!;
    expect(note.y + note.height).toBeLessThanOrEqual(plot.y);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-focused-phone.png` });
    await page.setViewportSize({ width: 1280, height: 720 });

    // The address bar names it; that link, opened again in this browser (the file is in its IndexedDB), is focused on it.
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('focus=ILLUSTRATIVE+MARS+ORBITER&file=mars-orbiter.oem');
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('main[data-path-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction((id) => (window as unknown as { __twScene?: { imported?: Record<string, unknown> } }).__twScene?.imported?.[id] !== undefined, ID, { timeout: 60_000 });
    await page.getByTestId('readout-imported-name').filter({ hasText: 'ILLUSTRATIVE MARS ORBITER' }).waitFor({ timeout: 30_000 });
    await expect.poll(centred, { timeout: 20_000, interval: 500 }).toBe(true);
    const again = (await drawn(page))!;
    expect(Math.hypot(...again[ID]!.posKm.map((v, k) => v - again.mars!.posKm[k]!))).toBeCloseTo(separationKm, 0);
    const [ax, ay] = px(again[ID]!.ndc);
    expect(Math.abs(ax - viewport.width / 2)).toBeLessThan(40);
    expect(Math.abs(ay - viewport.height / 2)).toBeLessThan(40);
    expect(await page.getByTestId('link-notice').count()).toBe(0);

    // A fresh browser (no imported files): the notice says the file itself is not in the link, and names it.
    const fresh = await openApp(app.browser, link.slice(0, link.indexOf('?')), link.slice(link.indexOf('?')));
    const notice = fresh.page.getByTestId('link-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('focus="ILLUSTRATIVE MARS ORBITER" is a track from the file "mars-orbiter.oem", which is not imported in this browser: the file itself is not in the link');
    await fresh.page.screenshot({ path: `${OUTPUT_DIR}/import-link-fresh-notice.png` });
    await fresh.page.setViewportSize({ width: 390, height: 844 });
    await fresh.page.waitForTimeout(2000);
    await fresh.page.screenshot({ path: `${OUTPUT_DIR}/import-link-fresh-notice-phone.png` });
    expect(fresh.consoleErrors).toEqual([]);
    await fresh.page.close();

    await page.getByRole('button', { name: /Your trajectories/ }).click();
    await page.getByTestId('import-remove').click();
    await expect.poll(() => page.getByTestId('import-file').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('offers to extend the clock to a track outside the mission, and shows its span once extended', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, QUERY);
    // The same orbit thirteen years later: after the mission's span (to mid-2036).
    const later = ORBITER.replaceAll('2027-01-0', '2040-01-0').replace('ILLUSTRATIVE MARS ORBITER', 'LATER ORBITER');
    await drop(page, 'later-orbiter.oem', later);
    const extend = page.getByTestId('import-extend-clock');
    await extend.waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="timeline-import"][data-body="import:later-orbiter"]').count()).toBe(0);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-extend-offered.png` });
    await extend.click();
    await expect.poll(() => page.getByTestId('readout-utc').textContent()).toMatch(/^2040-01-01 00:00/);
    const bar = (await page.locator('[data-testid="timeline-import"][data-body="import:later-orbiter"]').boundingBox())!;
    const track = (await page.locator('.tl-track').boundingBox())!;
    // At the range's new right end (a day's margin after the track: ~0 px on a 15-year bar).
    expect(track.x + track.width - (bar.x + bar.width)).toBeLessThan(4);
    expect(await page.getByTestId('import-extend-clock').count()).toBe(0);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-extended.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads an OEM in its XML form (the blue book\'s MGS example, 1996: before the mission, so the clock can be extended)', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, QUERY);
    await page.getByTestId('import-input').setInputFiles({ name: 'mgs.xml', mimeType: 'application/xml', buffer: Buffer.from(MGS_XML) });
    const file = page.getByTestId('import-file').filter({ hasText: 'mgs.xml' });
    await file.waitFor({ timeout: 30_000 });
    expect(await file.locator('.import-track').textContent()).toMatch(/^MARS GLOBAL SURVEYOR 1996-12-18 12:00:00/);
    await file.getByTestId('import-extend-clock').click();
    await expect.poll(() => page.getByTestId('readout-utc').textContent()).toMatch(/^1996-12-18 12:00/);
    await page.waitForFunction((id) => (window as unknown as { __twScene: { imported?: Record<string, unknown> } }).__twScene.imported?.[id] !== undefined, 'import:mars-global-surveyor', { timeout: 30_000 });
    // In 1996, outside the planets' samples, Mars is still placed (astronomy-engine) and the orbiter is beside it:
    // 3,303 km from its centre, the file's first state (2789.619, -280.045, -1746.755 km from Mars's barycentre).
    const placed = await page.evaluate(() => (window as unknown as { __twScene: { imported?: Record<string, { posKm: number[] }> } }).__twScene.imported!);
    expect(placed.mars, 'Mars placed in 1996').toBeDefined();
    const fromMarsKm = Math.hypot(...placed['import:mars-global-surveyor']!.posKm.map((v, k) => v - placed.mars!.posKm[k]!));
    expect(Math.abs(fromMarsKm - Math.hypot(2789.619, -280.045, -1746.755))).toBeLessThan(20);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-xml-extended.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('refuses a bad file with a message naming it, the line and what was expected; the app keeps running', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, QUERY);
    const bad = ORBITER.replace('CENTER_NAME = MARS BARYCENTER', 'CENTER_NAME = PHOBOS');
    await page.getByTestId('import-input').setInputFiles({ name: 'phobos.oem', mimeType: 'text/plain', buffer: Buffer.from(bad) });
    const problem = page.getByTestId('import-problem');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.textContent()).toMatch(/^phobos\.oem line 10 \(CENTER_NAME\): unknown centre "PHOBOS"/);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-refused.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-refused-phone.png` });
    expect(await page.getByTestId('import-file').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('downloads the mission OEM from the page; re-imported, its probe is drawn within 1 km of the probe', async () => {
    const { page, consoleErrors } = await openApp(app.browser, app.url, QUERY);
    await page.getByRole('button', { name: /Your trajectories/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('download-oem').click()]);
    expect(download.suggestedFilename()).toBe('tianwen-2-illustrative.oem');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^CCSDS_OEM_VERS = 2\.0\nCOMMENT The Tianwen-2 probe and capsule paths are ILLUSTRATIVE/);
    await page.getByTestId('import-input').setInputFiles({ name: 'tianwen-2-illustrative.oem', mimeType: 'text/plain', buffer: Buffer.from(text) });
    const id = 'import:tianwen-2-illustrative';
    await page.waitForFunction((i) => (window as unknown as { __twScene: { imported?: Record<string, unknown> } }).__twScene.imported?.[i] !== undefined, id, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const now = (await drawn(page))!;
    const apartKm = Math.hypot(...now[id]!.posKm.map((v, k) => v - now.probe!.posKm[k]!));
    console.log(`re-imported probe vs the app's probe: ${apartKm.toExponential(2)} km`);
    expect(apartKm).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${OUTPUT_DIR}/import-mission-reimported.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
