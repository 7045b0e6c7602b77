/**
 * One colour per mission phase, shared by the timeline's phase bands and the scene's path, so the two read as one.
 * Chosen to stay distinct on a near-black sky and for common colour-vision deficiencies (Okabe–Ito hues, softened).
 */
export const PHASE_COLORS = ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442', '#d55e00', '#0072b2'] as const;

export function phaseColor(phaseIndex: number): string {
  const count = PHASE_COLORS.length;
  return PHASE_COLORS[((phaseIndex % count) + count) % count] as string;
}
