/**
 * Mipmap chains for a normal map and its roughness map, made together so a crinkled surface seen from afar stays
 * shiny in the right way. Averaging a normal map's texels for the smaller mip levels flattens the crinkles, and
 * a flat surface of the near roughness only glints where it mirrors the Sun exactly: the foil would go dull at a
 * distance. Toksvig's remedy: the shorter the averaged normal, the more the texels disagreed, so the level's
 * roughness grows by that spread and the glints of many facets become one broad sheen.
 * (Toksvig 2005, "Mipmapping normal maps", Journal of Graphics Tools 10(3); the roughness form follows Filament's
 * specular anti-aliasing.)
 */

export interface MipLevel {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface MipChains {
  normal: MipLevel[];
  roughMetal: MipLevel[];
}

/** Square power-of-two maps of `sizePx` → level 0 (the maps themselves) down to 1 × 1. */
export function roughnessAwareMipmaps(sizePx: number, normal: Uint8Array, roughMetal: Uint8Array): MipChains {
  if (sizePx < 1 || (sizePx & (sizePx - 1)) !== 0) throw new Error(`roughnessAwareMipmaps: size ${sizePx} px is not a power of two`);
  const chains: MipChains = {
    normal: [{ data: normal, width: sizePx, height: sizePx }],
    roughMetal: [{ data: roughMetal, width: sizePx, height: sizePx }],
  };
  // Unnormalised mean normals, carried at full precision from level to level.
  let meanNormal = new Float32Array(sizePx * sizePx * 3);
  for (let i = 0; i < sizePx * sizePx; i++) {
    for (let c = 0; c < 3; c++) meanNormal[3 * i + c] = (normal[4 * i + c]! / 255) * 2 - 1;
  }
  let size = sizePx;
  while (size > 1) {
    const half = size / 2;
    const previousRough = chains.roughMetal[chains.roughMetal.length - 1]!.data;
    const nextNormal = new Float32Array(half * half * 3);
    const normalBytes = new Uint8Array(half * half * 4);
    const roughBytes = new Uint8Array(half * half * 4);
    for (let y = 0; y < half; y++) {
      for (let x = 0; x < half; x++) {
        const o = y * half + x;
        const texels = [(2 * y) * size + 2 * x, (2 * y) * size + 2 * x + 1, (2 * y + 1) * size + 2 * x, (2 * y + 1) * size + 2 * x + 1];
        let alphaSquared = 0, red = 0, metal = 0;
        for (const t of texels) {
          for (let c = 0; c < 3; c++) nextNormal[3 * o + c]! += meanNormal[3 * t + c]! / 4;
          red += previousRough[4 * t]! / 4;
          metal += previousRough[4 * t + 2]! / 4;
          alphaSquared += (previousRough[4 * t + 1]! / 255) ** 4 / 4;
        }
        roughBytes[4 * o] = Math.round(red);
        roughBytes[4 * o + 2] = Math.round(metal);
        roughBytes[4 * o + 3] = 255;
        const length = Math.hypot(nextNormal[3 * o]!, nextNormal[3 * o + 1]!, nextNormal[3 * o + 2]!);
        // Toksvig's variance of the normals, (1 - |mean|) / |mean|, widens the lobe: α'² = α² + 2σ², with three's
        // α = roughness² (as Filament's specular anti-aliasing does).
        const variance = length > 1e-4 ? (1 - length) / length : 1;
        roughBytes[4 * o + 1] = Math.round(Math.min(1, (alphaSquared + 2 * variance) ** 0.25) * 255);
        for (let c = 0; c < 3; c++) normalBytes[4 * o + c] = Math.round(((nextNormal[3 * o + c]! / Math.max(length, 1e-4)) * 0.5 + 0.5) * 255);
        normalBytes[4 * o + 3] = 255;
      }
    }
    chains.normal.push({ data: normalBytes, width: half, height: half });
    chains.roughMetal.push({ data: roughBytes, width: half, height: half });
    meanNormal = nextNormal;
    size = half;
  }
  return chains;
}
