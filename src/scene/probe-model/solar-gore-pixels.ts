/**
 * One gore of a round flexible solar wing as RGBA maps computed in code (colour; roughness/metalness in G/B):
 * rows of dark blue cells parallel to the gore's outer edge, silver gaps between them, a bare margin along the
 * ribs and the rim and around the hub. The wing geometry maps every gore (a triangle from the hub to two rim
 * corners) onto this square the same way: hub at (u, v) = (0.5, 0), rim corners at (0, 1) and (1, 1), so one
 * texture serves all ten; outside that triangle the texture is never sampled.
 */
import { seededRandom } from '../../core/seeded-random.ts';
import type { RgbaMaps } from './foil-pixels.ts';

export interface GoreLayout {
  /** The gore's rim edge (the ten-sided outline's side), m. */
  rimEdgeM: number;
  /** Hub to rim edge, m. */
  heightM: number;
  /** A cell along the rim edge and across it (radially), m; illustrative. */
  cellAlongM?: number;
  cellAcrossM?: number;
  /** Bare margins: along each rib, inside the rim, around the hub, m; illustrative. */
  ribMarginM?: number;
  rimMarginM?: number;
  hubClearM?: number;
}

const CELL_SRGB = [30, 50, 138] as const;
const GAP_SRGB = [118, 126, 140] as const;
const MARGIN_SRGB = [54, 58, 66] as const;

export function solarGorePixels(layout: GoreLayout, sizePx = 512, seed = 2025_06_06): Omit<RgbaMaps, 'normal'> {
  const {
    rimEdgeM, heightM, cellAlongM = 0.072, cellAcrossM = 0.052, ribMarginM = 0.035, rimMarginM = 0.04, hubClearM = 0.32,
  } = layout;
  const random = seededRandom(seed);
  const rows = Math.floor(heightM / cellAcrossM);
  const rowShade = Array.from({ length: rows + 1 }, () => random());
  const albedo = new Uint8Array(sizePx * sizePx * 4);
  const roughMetal = new Uint8Array(sizePx * sizePx * 4);
  const gapM = 0.0025;
  for (let y = 0; y < sizePx; y++) {
    const v = (y + 0.5) / sizePx;
    const radialM = v * heightM;
    const row = Math.floor(radialM / cellAcrossM);
    const inRowM = radialM - row * cellAcrossM;
    // Cells of a row must fit where the gore is narrowest in that row: at its hub-side edge.
    const rowInnerHalfM = ((row * cellAcrossM) / heightM) * rimEdgeM / 2 - ribMarginM;
    const cellsInRow = Math.max(0, Math.floor((2 * rowInnerHalfM) / cellAlongM));
    const rowStartM = -(cellsInRow * cellAlongM) / 2;
    for (let x = 0; x < sizePx; x++) {
      const u = (x + 0.5) / sizePx;
      const alongM = (u - 0.5) * rimEdgeM;
      const i = 4 * (y * sizePx + x);
      let rgb: readonly [number, number, number] = MARGIN_SRGB;
      let shade = 1, roughness = 0.55, metalness = 0.2;
      const inCellArea = radialM > hubClearM && radialM < heightM - rimMarginM && cellsInRow > 0
        && (row + 1) * cellAcrossM < heightM - rimMarginM;
      const cellIndex = Math.floor((alongM - rowStartM) / cellAlongM);
      if (inCellArea && cellIndex >= 0 && cellIndex < cellsInRow) {
        const inCellM = alongM - rowStartM - cellIndex * cellAlongM;
        const inGap = inCellM < gapM || inCellM > cellAlongM - gapM || inRowM < gapM || inRowM > cellAcrossM - gapM;
        if (inGap) {
          rgb = GAP_SRGB;
          roughness = 0.4;
          metalness = 0.7;
        } else {
          rgb = CELL_SRGB;
          // Cover glasses differ a little cell to cell; a thin bus bar runs across each cell's middle.
          shade = 0.85 + 0.3 * ((rowShade[row]! * 13.7 + cellIndex * 0.618) % 1);
          if (Math.abs(inCellM - cellAlongM / 2) < 0.0025) shade *= 1.5;
          roughness = 0.22;
          metalness = 0.15;
        }
      }
      albedo[i] = Math.min(255, rgb[0] * shade);
      albedo[i + 1] = Math.min(255, rgb[1] * shade);
      albedo[i + 2] = Math.min(255, rgb[2] * shade);
      albedo[i + 3] = 255;
      roughMetal[i] = 255;
      roughMetal[i + 1] = Math.round(roughness * 255);
      roughMetal[i + 2] = Math.round(metalness * 255);
      roughMetal[i + 3] = 255;
    }
  }
  return { sizePx, albedo, roughMetal };
}
