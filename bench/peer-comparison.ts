/**
 * The app's overview against the peer page (bench/peer/) while both play at one month per second, in one browser,
 * one tab at a time, alternating app, peer, app, peer… Per run: frames per second, and CPU time per frame of the
 * GPU process and of the renderer processes.
 *
 * CPU time comes from Chromium's own per-process accounting, CDP SystemInfo.getProcessInfo (cumulative CPU
 * seconds of each process, 10 ms resolution), read before and after the measured window. With software WebGL the
 * GPU process is where SwiftShader rasterises and the compositor draws, so its CPU time per frame is the frame's
 * GPU cost; tracing (Tracing.start with the gpu categories) would split it further, but adds its own overhead to
 * the process it measures. The GPU process is shared by every tab of the browser, so only the measured tab is open.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export interface PlayCost {
  fps: number;
  gpuMsPerFrame: number;
  /** What the contestant says of its run at the end (the app: the resolution it was drawing at). */
  detail: string;
  rendererMsPerFrame: number;
  frames: number;
}

const WINDOW_MS = 10_000;
/** Play runs this long before the window opens: the first frames after pressing play build what play needs. */
const SETTLE_MS = 1_500;
const VIEWPORT = { width: 1280, height: 720 };

interface ProcessInfo { type: string; id: number; cpuTime: number }

async function cpuSeconds(cdp: CDPSession): Promise<{ gpu: number; renderers: number }> {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo') as unknown as { processInfo: ProcessInfo[] };
  const sum = (type: string) => processInfo.filter((p) => p.type.toLowerCase() === type).reduce((s, p) => s + p.cpuTime, 0);
  return { gpu: sum('gpu'), renderers: sum('renderer') };
}

/** Measures `WINDOW_MS` of play; `frames()` reads the page's count of drawn frames. */
async function measure(cdp: CDPSession, page: Page, frames: () => Promise<number>, detail?: () => Promise<string>): Promise<PlayCost> {
  await page.waitForTimeout(SETTLE_MS);
  const [cpu0, frames0, t0] = [await cpuSeconds(cdp), await frames(), Date.now()];
  await page.waitForTimeout(WINDOW_MS);
  const [cpu1, frames1, t1] = [await cpuSeconds(cdp), await frames(), Date.now()];
  const n = Math.max(1, frames1 - frames0);
  return {
    frames: n,
    fps: n / ((t1 - t0) / 1000),
    gpuMsPerFrame: ((cpu1.gpu - cpu0.gpu) * 1000) / n,
    rendererMsPerFrame: ((cpu1.renderers - cpu0.renderers) * 1000) / n,
    detail: detail ? await detail() : '',
  };
}

export interface Contestant {
  label: string;
  /** Opens the page in the fresh context, starts play at one month per second, returns its frame counter. */
  open(context: BrowserContext): Promise<{ page: Page; frames: () => Promise<number>; detail?: () => Promise<string> }>;
}

/** A B A B…: `rounds` runs of each, every run in a new context that is closed before the next opens. */
export async function alternate(browser: Browser, contestants: Contestant[], rounds: number): Promise<Map<string, PlayCost[]>> {
  const cdp = await browser.newBrowserCDPSession();
  const results = new Map<string, PlayCost[]>(contestants.map((c) => [c.label, []]));
  for (let round = 0; round < rounds; round++) {
    for (const contestant of contestants) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        const { page, frames, detail } = await contestant.open(context);
        results.get(contestant.label)!.push(await measure(cdp, page, frames, detail));
      } finally {
        await context.close();
      }
    }
  }
  await cdp.detach();
  return results;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1]! : NaN;
};
