/**
 * Every map the close model needs, computed in plain TypeScript (no three, no DOM): the foil with its
 * roughness-aware mipmaps, one solar-wing gore, the flag. A few hundred ms of arithmetic at the default sizes, so
 * an app can compute them in a worker and transfer the buffers (`transferables`), then pass them to
 * buildTianwenModel({ maps }); built without them, the model computes them itself.
 */
import { flagPixels } from './flag-pixels.ts';
import { foilPixels, type RgbaMaps } from './foil-pixels.ts';
import { roughnessAwareMipmaps, type MipChains } from './rough-mipmaps.ts';
import { solarGorePixels, type GoreLayout } from './solar-gore-pixels.ts';

export interface ProbeTextureSizes {
  /** One tile of foil (repeated over the body), px; a power of two. */
  foilPx?: number;
  /** One gore of a wing, px. */
  gorePx?: number;
}

export interface ProbeMaps {
  foil: RgbaMaps;
  foilMips: MipChains;
  gore: Omit<RgbaMaps, 'normal'>;
  /** Rows top-first. */
  flag: { widthPx: number; heightPx: number; rgba: Uint8Array };
}

export function computeProbeMaps(gore: GoreLayout, sizes: ProbeTextureSizes = {}): ProbeMaps {
  const foil = foilPixels(sizes.foilPx ?? 512);
  return {
    foil,
    foilMips: roughnessAwareMipmaps(foil.sizePx, foil.normal, foil.roughMetal),
    gore: solarGorePixels(gore, sizes.gorePx ?? 512),
    flag: flagPixels(192),
  };
}

/** The buffers to list when posting maps from a worker (each once). */
export function transferables(maps: ProbeMaps): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (data: Uint8Array) => buffers.add(data.buffer as ArrayBuffer);
  add(maps.foil.albedo);
  for (const level of [...maps.foilMips.normal, ...maps.foilMips.roughMetal]) add(level.data);
  add(maps.gore.albedo);
  add(maps.gore.roughMetal);
  add(maps.flag.rgba);
  return [...buffers];
}
