/**
 * The model's physically based finishes, with their maps computed in code. Seven materials compile to three
 * shader programs: the foil's (colour, normal, roughness and metalness maps), the mapped one the wings' cells and
 * the flag share (colour, roughness and metalness maps), and the plain one every unmapped finish shares. All
 * single-sided (a double-sided material would be a fourth program): thin parts carry back faces of their own.
 */
import {
  DataTexture, LinearMipmapLinearFilter, LinearFilter, MeshStandardMaterial, RepeatWrapping, RGBAFormat,
  SRGBColorSpace, UnsignedByteType, type ColorSpace,
} from 'three';
import type { ProbeMaps } from './probe-maps.ts';
import type { MipLevel } from './rough-mipmaps.ts';

export type FinishName = 'foil' | 'cells' | 'flag' | 'white' | 'dark' | 'silver' | 'wingBack';

export interface ProbeMaterials {
  byName: Record<FinishName, MeshStandardMaterial>;
  dispose(): void;
}

function texture(
  rgba: Uint8Array, width: number, height: number, colorSpace: ColorSpace | null, repeat = false, mipmaps?: MipLevel[],
): DataTexture {
  const map = new DataTexture(rgba, width, height, RGBAFormat, UnsignedByteType);
  if (colorSpace) map.colorSpace = colorSpace;
  map.magFilter = LinearFilter;
  map.minFilter = LinearMipmapLinearFilter;
  if (mipmaps) {
    map.mipmaps = mipmaps;
    map.generateMipmaps = false;
  } else map.generateMipmaps = true;
  if (repeat) map.wrapS = map.wrapT = RepeatWrapping;
  map.needsUpdate = true;
  return map;
}

/** Rows top-first (as drawn) to bottom-first (as WebGL uploads them, v = 0 at the first row). */
function bottomUp(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(rgba.length);
  const row = 4 * width;
  for (let y = 0; y < height; y++) out.set(rgba.subarray(y * row, (y + 1) * row), (height - 1 - y) * row);
  return out;
}

/**
 * A faint self-light per finish (emissive colour only: no map, so no extra shader program), the way the scene's
 * planets keep a little: the side away from the Sun reads as a dim probe, not a hole in the stars. Illustrative.
 */
const FILL: Record<FinishName, string> = {
  foil: '#3e2c0e', cells: '#141f44', flag: '#3a0e0c', white: '#343432', dark: '#0e0f12', silver: '#2a2c30', wingBack: '#34322c',
};

export function probeMaterials(maps: ProbeMaps): ProbeMaterials {
  const { foil, foilMips, gore: cells, flag } = maps;
  const textures = {
    foilColour: texture(foil.albedo, foil.sizePx, foil.sizePx, SRGBColorSpace, true),
    foilNormal: texture(foil.normal, foil.sizePx, foil.sizePx, null, true, foilMips.normal),
    foilRoughMetal: texture(foil.roughMetal, foil.sizePx, foil.sizePx, null, true, foilMips.roughMetal),
    cellColour: texture(cells.albedo, cells.sizePx, cells.sizePx, SRGBColorSpace),
    cellRoughMetal: texture(cells.roughMetal, cells.sizePx, cells.sizePx, null),
    flagColour: texture(bottomUp(flag.rgba, flag.widthPx, flag.heightPx), flag.widthPx, flag.heightPx, SRGBColorSpace),
    // Printed film: fairly rough, not metallic (G = roughness 0.55, B = metalness 0).
    flagRoughMetal: texture(new Uint8Array(4 * 4 * 4).map((_, i) => [255, 140, 0, 255][i % 4]!), 4, 4, null),
  };
  const byName: Record<FinishName, MeshStandardMaterial> = {
    foil: new MeshStandardMaterial({
      name: 'gold-foil', color: '#ffffff', map: textures.foilColour, normalMap: textures.foilNormal,
      roughnessMap: textures.foilRoughMetal, metalnessMap: textures.foilRoughMetal, roughness: 1, metalness: 1, emissive: FILL.foil,
    }),
    cells: new MeshStandardMaterial({
      name: 'solar-cells', color: '#ffffff', map: textures.cellColour,
      roughnessMap: textures.cellRoughMetal, metalnessMap: textures.cellRoughMetal, roughness: 1, metalness: 1, emissive: FILL.cells,
    }),
    flag: new MeshStandardMaterial({
      name: 'flag', color: '#ffffff', map: textures.flagColour,
      roughnessMap: textures.flagRoughMetal, metalnessMap: textures.flagRoughMetal, roughness: 1, metalness: 1, emissive: FILL.flag,
    }),
    white: new MeshStandardMaterial({ name: 'white-paint', color: '#eceae4', roughness: 0.55, metalness: 0, emissive: FILL.white }),
    dark: new MeshStandardMaterial({ name: 'dark', color: '#2a2c31', roughness: 0.5, metalness: 0.3, emissive: FILL.dark }),
    silver: new MeshStandardMaterial({ name: 'silver', color: '#c9ccd2', roughness: 0.32, metalness: 0.65, emissive: FILL.silver }),
    wingBack: new MeshStandardMaterial({ name: 'wing-back', color: '#b9b4a6', roughness: 0.75, metalness: 0, emissive: FILL.wingBack }),
  };
  return {
    byName,
    dispose() {
      for (const material of Object.values(byName)) material.dispose();
      for (const map of Object.values(textures)) map.dispose();
    },
  };
}
