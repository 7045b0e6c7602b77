/** Designed arcs → a sampled track, one segment per arc (arc ends are burns or changes of dynamics). */
import { DAY_S } from '../constants.ts';
import { sampleAdaptive } from '../adaptive-sampling.ts';
import type { Track } from '../track.ts';
import type { Arc } from '../trajectory/arcs.ts';
import type { NbodyArc } from '../trajectory/nbody-arc.ts';

/** 0.1 km keeps interpolation far inside the 1 km promised for exported files. */
export const PROBE_TOLERANCE_KM = 0.1;

export function sampleArcs(id: string, arcs: readonly Arc[], toleranceKm = PROBE_TOLERANCE_KM): Track {
  return {
    id,
    segments: arcs.map((arc) => 'sample' in arc && typeof arc.sample === 'function'
      ? (arc as NbodyArc).sample(toleranceKm, 5 * DAY_S)
      : sampleAdaptive(arc.stateAt, arc.startTdbSec, arc.endTdbSec, { toleranceKm, maxStepSec: 5 * DAY_S, minStepSec: 1 })),
  };
}
