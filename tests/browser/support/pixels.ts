import { PNG } from 'pngjs';

export interface PixelStats {
  /** Share of pixels brighter than the dark sky (any channel > 40). */
  litFraction: number;
  meanLuma: number;
}

export function pixelStats(png: Buffer, region?: Region): PixelStats {
  const image = PNG.sync.read(png);
  const { x = 0, y = 0, width = image.width, height = image.height } = region ?? {};
  let lit = 0, luma = 0;
  for (let row = y; row < y + height; row++) {
    for (let col = x; col < x + width; col++) {
      const i = 4 * (row * image.width + col);
      const r = image.data[i]!, g = image.data[i + 1]!, b = image.data[i + 2]!;
      if (r > 40 || g > 40 || b > 40) lit++;
      luma += 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
  }
  const n = width * height;
  return { litFraction: lit / n, meanLuma: luma / n };
}

export interface Region { x: number; y: number; width: number; height: number }

/** Bounding box of the pixels `match` accepts within `region` (default: all), or null. */
export function boundingBoxOf(png: Buffer, match: (r: number, g: number, b: number) => boolean, region?: Region) {
  const image = PNG.sync.read(png);
  const { x = 0, y = 0, width = image.width, height = image.height } = region ?? {};
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, count = 0;
  for (let row = y; row < y + height; row++) {
    for (let col = x; col < x + width; col++) {
      const i = 4 * (row * image.width + col);
      if (!match(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!)) continue;
      count++;
      minX = Math.min(minX, col); maxX = Math.max(maxX, col); minY = Math.min(minY, row); maxY = Math.max(maxY, row);
    }
  }
  return count === 0 ? null : { minX, minY, maxX, maxY, count };
}

/** Share of pixels within `region` whose colour differs by more than `threshold` (0–255) in any channel. */
export function changedFraction(a: Buffer, b: Buffer, region: Region, threshold = 40): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  let changed = 0;
  for (let row = region.y; row < region.y + region.height; row++) {
    for (let col = region.x; col < region.x + region.width; col++) {
      const i = 4 * (row * first.width + col);
      for (let c = 0; c < 3; c++) {
        if (Math.abs(first.data[i + c]! - second.data[i + c]!) > threshold) {
          changed++;
          break;
        }
      }
    }
  }
  return changed / (region.width * region.height);
}

/**
 * Waits until two screenshots `intervalMs` apart agree in the region (the orbit camera's damping has settled;
 * on a loaded machine that takes more frames, so more time, than on an idle one).
 */
export async function waitForStillRegion(
  page: { screenshot(): Promise<Buffer>; waitForTimeout(ms: number): Promise<void> }, region: Region, timeoutMs = 15_000, intervalMs = 400,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await page.screenshot();
  while (Date.now() < deadline) {
    await page.waitForTimeout(intervalMs);
    const next = await page.screenshot();
    if (changedFraction(last, next, region) === 0) return;
    last = next;
  }
  throw new Error(`the picture kept changing for ${timeoutMs} ms`);
}

export interface PixelPatch { minX: number; minY: number; maxX: number; maxY: number; count: number }

/** The connected patches (8-neighbour) of pixels `match` accepts within `region`, largest first. */
export function patchesOf(png: Buffer, match: (r: number, g: number, b: number) => boolean, region: Region): PixelPatch[] {
  const image = PNG.sync.read(png);
  const inside = new Uint8Array(region.width * region.height);
  for (let row = 0; row < region.height; row++) {
    for (let col = 0; col < region.width; col++) {
      const i = 4 * ((row + region.y) * image.width + col + region.x);
      inside[row * region.width + col] = match(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!) ? 1 : 0;
    }
  }
  const patches: PixelPatch[] = [];
  const stack: number[] = [];
  for (let start = 0; start < inside.length; start++) {
    if (inside[start] !== 1) continue;
    const patch = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity, count: 0 };
    inside[start] = 2;
    stack.push(start);
    while (stack.length > 0) {
      const at = stack.pop()!;
      const row = Math.floor(at / region.width), col = at % region.width;
      patch.count++;
      patch.minX = Math.min(patch.minX, col + region.x); patch.maxX = Math.max(patch.maxX, col + region.x);
      patch.minY = Math.min(patch.minY, row + region.y); patch.maxY = Math.max(patch.maxY, row + region.y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const r = row + dy, c = col + dx;
          if (r < 0 || c < 0 || r >= region.height || c >= region.width || inside[r * region.width + c] !== 1) continue;
          inside[r * region.width + c] = 2;
          stack.push(r * region.width + c);
        }
      }
    }
    patches.push(patch);
  }
  return patches.sort((a, b) => b.count - a.count);
}
