/**
 * Crinkled gold multi-layer insulation as three tileable RGBA maps computed in code (no image files, no DOM):
 * colour, tangent-space normals and roughness/metalness (G/B, as three's standard material reads them).
 *
 * Foil crumpled by handling folds into flat facets between sharp creases, each facet tilted its own way, so it
 * catches the Sun facet by facet. Two layers of cells (cellular noise on a wrapped grid, hence seamless when
 * repeated) give large facets broken by smaller ones; the creases between them are darker and rougher. One taped
 * seam per tile reads as the blankets' joins.
 */
import { seededRandom } from '../../core/seeded-random.ts';

export interface RgbaMaps {
  sizePx: number;
  /** sRGB colour. */
  albedo: Uint8Array;
  /** Tangent-space normal, (n + 1) / 2. */
  normal: Uint8Array;
  /** R unused (255), G roughness, B metalness (linear). */
  roughMetal: Uint8Array;
}

interface FacetLayer {
  cellsX: number;
  cellsY: number;
  /** Per cell: feature point offset in the cell (x, y), facet normal's tangent components (x, y), shade. */
  featureX: Float32Array; featureY: Float32Array; tiltX: Float32Array; tiltY: Float32Array; shade: Float32Array;
}

function facetLayer(cellsX: number, cellsY: number, maxTiltRad: number, random: () => number): FacetLayer {
  const n = cellsX * cellsY;
  const layer: FacetLayer = {
    cellsX, cellsY, featureX: new Float32Array(n), featureY: new Float32Array(n), tiltX: new Float32Array(n),
    tiltY: new Float32Array(n), shade: new Float32Array(n),
  };
  for (let i = 0; i < n; i++) {
    layer.featureX[i] = 0.1 + 0.8 * random();
    layer.featureY[i] = 0.1 + 0.8 * random();
    const azimuth = random() * 2 * Math.PI;
    const tilt = maxTiltRad * Math.sqrt(random());
    layer.tiltX[i] = Math.sin(tilt) * Math.cos(azimuth);
    layer.tiltY[i] = Math.sin(tilt) * Math.sin(azimuth);
    layer.shade[i] = random();
  }
  return layer;
}

interface FacetSample { cell: number; creaseDistance: number }

/** The facet at (u, v) in [0, 1)² and the distance (in cells) to its nearest crease, wrapping at the edges. */
function sampleFacet(layer: FacetLayer, u: number, v: number, out: FacetSample): FacetSample {
  const { cellsX, cellsY } = layer;
  const px = u * cellsX, py = v * cellsY;
  const cx = Math.floor(px), cy = Math.floor(py);
  let best = Infinity, second = Infinity, bestCell = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const gx = cx + dx, gy = cy + dy;
      const wrapped = (((gy % cellsY) + cellsY) % cellsY) * cellsX + (((gx % cellsX) + cellsX) % cellsX);
      const fx = gx + layer.featureX[wrapped]! - px, fy = gy + layer.featureY[wrapped]! - py;
      const d = Math.sqrt(fx * fx + fy * fy);
      if (d < best) {
        second = best;
        best = d;
        bestCell = wrapped;
      } else if (d < second) second = d;
    }
  }
  out.cell = bestCell;
  out.creaseDistance = (second - best) / 2;
  return out;
}

const GOLD_SRGB = [236, 178, 84] as const;
const TAPE_SRGB = [205, 160, 92] as const;

export function foilPixels(sizePx = 512, seed = 2025_05_28): RgbaMaps {
  const random = seededRandom(seed);
  // Cells wider than tall in one layer and taller than wide in the other: crumpled foil folds into long facets.
  const large = facetLayer(12, 28, 0.85, random);
  const small = facetLayer(44, 18, 0.6, random);
  const albedo = new Uint8Array(sizePx * sizePx * 4);
  const normal = new Uint8Array(sizePx * sizePx * 4);
  const roughMetal = new Uint8Array(sizePx * sizePx * 4);
  const a: FacetSample = { cell: 0, creaseDistance: 0 };
  const b: FacetSample = { cell: 0, creaseDistance: 0 };
  // Integer wave numbers keep the wrinkles seamless across tiles.
  const waves = Array.from({ length: 7 }, () => ({
    m: Math.floor(random() * 9) - 4, n: Math.floor(random() * 7) - 3, phase: random() * 2 * Math.PI, amplitude: 0.02 + 0.03 * random(),
  }));
  // cos(2π(m u + n v) + φ) from per-column and per-row tables (cos(A + B) = cos A cos B - sin A sin B).
  const cosU = waves.map((w) => Float32Array.from({ length: sizePx }, (_, x) => Math.cos(2 * Math.PI * w.m * (x + 0.5) / sizePx + w.phase)));
  const sinU = waves.map((w) => Float32Array.from({ length: sizePx }, (_, x) => Math.sin(2 * Math.PI * w.m * (x + 0.5) / sizePx + w.phase)));
  const cosV = waves.map((w) => Float32Array.from({ length: sizePx }, (_, y) => Math.cos(2 * Math.PI * w.n * (y + 0.5) / sizePx)));
  const sinV = waves.map((w) => Float32Array.from({ length: sizePx }, (_, y) => Math.sin(2 * Math.PI * w.n * (y + 0.5) / sizePx)));
  // The seam's height along the tile wanders a little, as taped joins do.
  const seamPhase = random() * 2 * Math.PI;
  for (let y = 0; y < sizePx; y++) {
    for (let x = 0; x < sizePx; x++) {
      const u = (x + 0.5) / sizePx, v = (y + 0.5) / sizePx;
      sampleFacet(large, u, v, a);
      sampleFacet(small, u, v, b);
      // Broad soft wrinkles under the crinkles: the blanket's layers sag and fold between their tie points.
      let nx = 0.55 * large.tiltX[a.cell]! + 0.45 * small.tiltX[b.cell]!;
      let ny = 0.55 * large.tiltY[a.cell]! + 0.45 * small.tiltY[b.cell]!;
      for (let k = 0; k < waves.length; k++) {
        const wave = waves[k]!;
        const slope = wave.amplitude * (cosU[k]![x]! * cosV[k]![y]! - sinU[k]![x]! * sinV[k]![y]!);
        nx -= slope * wave.m;
        ny -= slope * wave.n;
      }
      // Creases: a thin dark, rough line where two facets meet.
      const crease = Math.min(1, a.creaseDistance / 0.05, b.creaseDistance / 0.06);
      let shade = (0.94 + 0.1 * large.shade[a.cell]!) * (0.62 + 0.38 * crease);
      let roughness = 0.24 + 0.16 * small.shade[b.cell]! + 0.3 * (1 - crease);
      let metalness = 0.6 + 0.3 * large.shade[(a.cell * 5 + 3) % large.shade.length]!;
      let rgb: readonly [number, number, number] = GOLD_SRGB;
      // One taped seam across the tile (wrapping), with stitches every few pixels.
      const seamV = 0.62 + 0.01 * Math.sin(2 * Math.PI * u + seamPhase);
      const fromSeamPx = Math.abs(((v - seamV + 1.5) % 1) - 0.5) * sizePx;
      if (fromSeamPx < (3.2 * sizePx) / 512) {
        rgb = TAPE_SRGB;
        nx = 0;
        ny = fromSeamPx < (1.6 * sizePx) / 512 ? 0 : (v > seamV ? 0.35 : -0.35);
        shade = 0.95;
        roughness = 0.62;
        metalness = 0.45;
      }
      const nz = Math.sqrt(Math.max(0, 1 - nx * nx - ny * ny));
      const length = Math.hypot(nx, ny, nz);
      const i = 4 * (y * sizePx + x);
      albedo[i] = Math.min(255, rgb[0] * shade);
      albedo[i + 1] = Math.min(255, rgb[1] * shade);
      albedo[i + 2] = Math.min(255, rgb[2] * shade);
      albedo[i + 3] = 255;
      normal[i] = Math.round((nx / length * 0.5 + 0.5) * 255);
      normal[i + 1] = Math.round((ny / length * 0.5 + 0.5) * 255);
      normal[i + 2] = Math.round((nz / length * 0.5 + 0.5) * 255);
      normal[i + 3] = 255;
      roughMetal[i] = 255;
      roughMetal[i + 1] = Math.round(Math.min(1, roughness) * 255);
      roughMetal[i + 2] = Math.round(metalness * 255);
      roughMetal[i + 3] = 255;
    }
  }
  return { sizePx, albedo, normal, roughMetal };
}
