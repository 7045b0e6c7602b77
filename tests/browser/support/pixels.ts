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
