/**
 * How long and how bright 311P's dust tails are drawn. Their true length is drawn whenever it is more than a short
 * stub on screen; farther out (the overview) they are kept to that stub and drawn faint, so a comet a few pixels
 * across never trails a third of the screen.
 */

/**
 * Illustrative: the tails' length, km. Hubble saw six dust tails in 2013 (Jewitt et al. 2013, ApJL 778, L21);
 * their lengths vary with the ejection episodes and are not a fixed published figure.
 */
export const TAIL_LENGTH_KM = 30_000;
/** The stub: the tails are never drawn shorter than this on screen, px. */
export const TAIL_MIN_PX = 22;
/** Opacity of the stub (overview) and of tails drawn at their true length. */
export const TAIL_FAINT_OPACITY = 0.16;
/** Per tail: where the six overlap near the nucleus they add up to about one. */
export const TAIL_FULL_OPACITY = 0.22;

export interface TailLook {
  lengthKm: number;
  opacity: number;
}

/** For a camera where one pixel at the comet's distance covers `kmPerPx` km. */
export function tailLook(kmPerPx: number, out: TailLook = { lengthKm: 0, opacity: 0 }): TailLook {
  const stubKm = TAIL_MIN_PX * kmPerPx;
  out.lengthKm = Math.max(TAIL_LENGTH_KM, stubKm);
  // Brightens from faint to full as the true length grows from the stub to four stubs on screen.
  const t = Math.min(1, Math.max(0, Math.log(TAIL_LENGTH_KM / stubKm) / Math.log(4)));
  out.opacity = TAIL_FAINT_OPACITY + (TAIL_FULL_OPACITY - TAIL_FAINT_OPACITY) * t;
  return out;
}
