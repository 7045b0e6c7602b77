/**
 * `npm run bench:probe-model`: what the new Tianwen-2 model (src/scene/probe-model/) costs to bring up in headless
 * Chromium on software WebGL, beside today's probe (src/scene/ProbeModel.tsx, rebuilt as plain three.js in the
 * fixture), close up and far away. Each load is in a freshly launched browser, so no shader compiled by an earlier
 * load is cached in the GPU process; the variants alternate, three rounds, and the medians are printed:
 * - build: JS time to make the geometry and the maps;
 * - compile + first draw: renderer.compile, one draw and a one-pixel read back (the read waits for the GPU process
 *   to have linked the programs, uploaded the textures and drawn);
 * - next draw: the same draw again with a read back (steady cost of the view at 1280×720).
 * One more variant turns on the Sun's shadows (the model's meshes carry the flags; the renderer decides).
 */
import { launchChromium } from '../tests/browser/support/chromium.ts';
import { buildAndServePage } from '../tests/browser/support/fixture-page.ts';

interface Timings { buildMs: number; compileAndFirstDrawMs: number; secondDrawMs: number; programs: number }

const VARIANTS = [
  { label: 'new, close (portrait)', query: 'model=new&pose=front' },
  { label: 'today, close (portrait)', query: 'model=today&pose=front' },
  { label: 'new, close, with shadows (1024² map)', query: 'model=new&pose=front&shadows=1' },
  { label: 'new, far variant alone', query: 'model=new-far&pose=far' },
  { label: 'today, merged marker alone', query: 'model=today-far&pose=far' },
] as const;
const ROUNDS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const page = await buildAndServePage('tests/fixtures/probe-model');
const results = new Map<string, Timings[]>(VARIANTS.map((v) => [v.label, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of VARIANTS) {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        const ready = tab.waitForEvent('console', { predicate: (m) => m.text() === 'probe-fixture: ready', timeout: 60_000 });
        await tab.goto(`${page.url}?${variant.query}`);
        await ready;
        results.get(variant.label)!.push(await tab.evaluate<Timings>('window.__probeFixture.timings'));
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await page.stop();
}
for (const variant of VARIANTS) {
  const runs = results.get(variant.label)!;
  const figure = (key: keyof Timings) => `${median(runs.map((r) => r[key])).toFixed(0)} ms`;
  console.log(`${variant.label}: build ${figure('buildMs')}, compile + first draw ${figure('compileAndFirstDrawMs')}, `
    + `next draw ${figure('secondDrawMs')} (median of ${runs.length}; programs in the page: ${runs[0]!.programs}; `
    + `compile + first draw runs: ${runs.map((r) => r.compileAndFirstDrawMs.toFixed(0)).join(', ')} ms)`);
}
