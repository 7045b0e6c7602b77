/**
 * Jumping between mission events: given event times sorted ascending, find the one before or after "now".
 * A time within EVENT_TOLERANCE_SEC of now counts as "here", so repeated presses walk on instead of sticking.
 */
import type { Clock } from './clock.ts';

export const EVENT_TOLERANCE_SEC = 1;

/** How many of the ascending times are < limit (or ≤ limit when inclusive): a binary search, no allocation. */
function countBelow(sortedTdbSec: readonly number[], limit: number, inclusive: boolean): number {
  let low = 0;
  let high = sortedTdbSec.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const time = sortedTdbSec[mid] as number;
    if (time < limit || (inclusive && time === limit)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function nextEventTime(sortedTdbSec: readonly number[], tdbSec: number): number | null {
  return sortedTdbSec[countBelow(sortedTdbSec, tdbSec + EVENT_TOLERANCE_SEC, true)] ?? null;
}

export function previousEventTime(sortedTdbSec: readonly number[], tdbSec: number): number | null {
  return sortedTdbSec[countBelow(sortedTdbSec, tdbSec - EVENT_TOLERANCE_SEC, false) - 1] ?? null;
}

/** Number of events at or before tdbSec (within the tolerance): which events are "past". */
export function eventsReached(sortedTdbSec: readonly number[], tdbSec: number): number {
  return countBelow(sortedTdbSec, tdbSec + EVENT_TOLERANCE_SEC, true);
}

/**
 * How the clock arrives at an event's time: a plain seek, or (the story) a glide into the event's shot. While a
 * glide runs, `headingTdbSec` is the event it is heading for, so that pressing → twice walks two events on.
 */
export interface ArriveAt {
  (tdbSec: number): void;
  headingTdbSec?: () => number | null;
}

/** Takes the clock to the previous (-1) or next (+1) event; returns false when there is none that way. */
export function stepToEvent(clock: Clock, sortedTdbSec: readonly number[], direction: -1 | 1, arrive: ArriveAt = (t) => clock.seek(t)): boolean {
  const from = arrive.headingTdbSec?.() ?? clock.currentTdbSec;
  const target = direction > 0 ? nextEventTime(sortedTdbSec, from) : previousEventTime(sortedTdbSec, from);
  if (target === null) return false;
  arrive(target);
  return true;
}
