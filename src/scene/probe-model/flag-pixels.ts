/**
 * The Five-starred Red Flag as sRGB RGBA pixels computed in code (no DOM, so it also runs in Node), to the 1949
 * construction sheet: a 30 × 20 grid; the large star (radius 3) centred at (5, 5); four small stars (radius 1) at
 * (10, 2), (12, 4), (12, 7) and (10, 9), each with one point aimed at the large star's centre. Supersampled 4 × 4
 * per pixel so the small stars keep their points at a few dozen pixels.
 */
const RED_SRGB = [222, 41, 16] as const;
const YELLOW_SRGB = [255, 222, 0] as const;
const BIG_STAR = { x: 5, y: 5, r: 3 };
const SMALL_STARS: readonly [number, number][] = [[10, 2], [12, 4], [12, 7], [10, 9]];
/** Inner/outer radius of a regular five-pointed star: sin 18° / sin 54°. */
const STAR_INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);
const SUBSAMPLES = 4;

type Polygon = [number, number][];

function star(cx: number, cy: number, r: number, pointAngleRad: number): Polygon {
  return Array.from({ length: 10 }, (_, i): [number, number] => {
    const radius = i % 2 === 0 ? r : r * STAR_INNER_RATIO;
    const angle = pointAngleRad + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

function inside(polygon: Polygon, x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!, [xj, yj] = polygon[j]!;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** The stars in grid units (x right, y down from the hoist's top corner). */
export function flagStars(): Polygon[] {
  return [
    star(BIG_STAR.x, BIG_STAR.y, BIG_STAR.r, -Math.PI / 2),
    ...SMALL_STARS.map(([x, y]) => star(x, y, 1, Math.atan2(BIG_STAR.y - y, BIG_STAR.x - x))),
  ];
}

/** widthPx × (2/3 widthPx) pixels, row 0 at the flag's top edge. */
export function flagPixels(widthPx = 192): { widthPx: number; heightPx: number; rgba: Uint8Array } {
  const heightPx = Math.round((widthPx * 2) / 3);
  const stars = flagStars().map((polygon) => ({
    polygon,
    minX: Math.min(...polygon.map((p) => p[0])), maxX: Math.max(...polygon.map((p) => p[0])),
    minY: Math.min(...polygon.map((p) => p[1])), maxY: Math.max(...polygon.map((p) => p[1])),
  }));
  const rgba = new Uint8Array(widthPx * heightPx * 4);
  const unit = widthPx / 30;
  for (let y = 0; y < heightPx; y++) {
    for (let x = 0; x < widthPx; x++) {
      let yellow = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const gx = (x + (sx + 0.5) / SUBSAMPLES) / unit, gy = (y + (sy + 0.5) / SUBSAMPLES) / unit;
          for (const { polygon, minX, maxX, minY, maxY } of stars) {
            if (gx >= minX && gx <= maxX && gy >= minY && gy <= maxY && inside(polygon, gx, gy)) {
              yellow++;
              break;
            }
          }
        }
      }
      const f = yellow / (SUBSAMPLES * SUBSAMPLES);
      const i = 4 * (y * widthPx + x);
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(RED_SRGB[c]! * (1 - f) + YELLOW_SRGB[c]! * f);
      rgba[i + 3] = 255;
    }
  }
  return { widthPx, heightPx, rgba };
}
