/**
 * Looking things up on the mission's time line: the clock bounds around the mission span, and the phase at a time.
 */
import { DAY_S } from '../core/constants.ts';
import type { MissionPhase } from '../core/mission/mission-result.ts';

/** Room before launch and after the last phase, so both ends of the path can be seen with some context. */
export const SPAN_MARGIN_SEC = 30 * DAY_S;

export function clockBoundsForSpan(
  span: { start: number; end: number },
  marginSec = SPAN_MARGIN_SEC,
): { startTdbSec: number; stopTdbSec: number } {
  return { startTdbSec: span.start - marginSec, stopTdbSec: span.end + marginSec };
}

/** Room the clock keeps around an imported track it is extended to: its first and last samples can be seen (illustrative). */
export const IMPORT_SPAN_MARGIN_SEC = 1 * DAY_S;

/**
 * The clock's bounds widened to take in `span` with a margin ("Extend the clock to this track"), never narrowed;
 * null when the span already lies inside them.
 */
export function boundsCovering(
  bounds: { startTdbSec: number; stopTdbSec: number }, span: { startTdbSec: number; endTdbSec: number }, marginSec = IMPORT_SPAN_MARGIN_SEC,
): { startTdbSec: number; stopTdbSec: number } | null {
  if (span.startTdbSec >= bounds.startTdbSec && span.endTdbSec <= bounds.stopTdbSec) return null;
  return {
    startTdbSec: Math.min(bounds.startTdbSec, span.startTdbSec - marginSec),
    stopTdbSec: Math.max(bounds.stopTdbSec, span.endTdbSec + marginSec),
  };
}

/** The phase whose [start, end) contains tdbSec (the last phase also owns its end), or null outside them all. */
export function phaseAt(phases: readonly MissionPhase[], tdbSec: number): MissionPhase | null {
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i] as MissionPhase;
    const isLast = i === phases.length - 1;
    if (tdbSec >= phase.startTdbSec && (tdbSec < phase.endTdbSec || (isLast && tdbSec === phase.endTdbSec))) {
      return phase;
    }
  }
  return null;
}

/**
 * Where the clock opens: now, when now falls inside the mission (everyone's first question is "where is it
 * now?"), else the given opening moment (just after launch).
 */
export function openingTdbSec(nowTdbSec: number, mission: { startTdbSec: number; stopTdbSec: number }, fallbackTdbSec: number): number {
  return nowTdbSec >= mission.startTdbSec && nowTdbSec <= mission.stopTdbSec ? nowTdbSec : fallbackTdbSec;
}
