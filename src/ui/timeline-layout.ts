/**
 * Pure geometry of the timeline: time ⇄ position, calendar ticks, and event labels placed so that they never
 * overlap (lower-priority labels are hidden when there is no room). No DOM: tested in Node.
 */
import { tdbSecFromUtcMs, utcMsFromTdbSec } from '../core/time.ts';

export function fractionOfSpan(tdbSec: number, startTdbSec: number, stopTdbSec: number): number {
  const fraction = (tdbSec - startTdbSec) / (stopTdbSec - startTdbSec);
  return Math.min(1, Math.max(0, fraction));
}

export function timeAtFraction(fraction: number, startTdbSec: number, stopTdbSec: number): number {
  const clamped = Math.min(1, Math.max(0, fraction));
  return startTdbSec + clamped * (stopTdbSec - startTdbSec);
}

/**
 * The event time nearest to tdbSec when one lies within toleranceSec (pointer "magnetism" on the scrubber, so a
 * tap near a tick lands exactly on the event), else tdbSec itself.
 */
export function snapToNearestTime(tdbSec: number, sortedTimes: readonly number[], toleranceSec: number): number {
  let best = tdbSec;
  let bestDistance = toleranceSec;
  for (const time of sortedTimes) {
    const distance = Math.abs(time - tdbSec);
    if (distance <= bestDistance) {
      best = time;
      bestDistance = distance;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar ticks

export interface CalendarTick {
  tdbSec: number;
  /** UTC calendar year and month (1–12) of the tick. */
  year: number;
  month: number;
  /** A year boundary. */
  major: boolean;
}

/** Tick spacings in months, finest first. */
const TICK_STEPS_MONTHS = [1, 3, 6, 12, 24, 60, 120] as const;
const COARSEST_STEP_MONTHS = 120;
const MEAN_MONTH_SEC = 30.436875 * 86_400;

/**
 * Ticks at UTC month or year starts between the bounds, at the finest calendar step whose ticks are at least
 * minSpacingPx apart on a track widthPx wide.
 */
export function calendarTicks(startTdbSec: number, stopTdbSec: number, widthPx: number, minSpacingPx = 64): CalendarTick[] {
  if (!(widthPx > 0) || !(stopTdbSec > startTdbSec)) return [];
  const pxPerMonth = (widthPx * MEAN_MONTH_SEC) / (stopTdbSec - startTdbSec);
  const stepMonths = TICK_STEPS_MONTHS.find((step) => step * pxPerMonth >= minSpacingPx) ?? COARSEST_STEP_MONTHS;
  const first = new Date(utcMsFromTdbSec(startTdbSec));
  // Month index counted from year 0, rounded up to a multiple of the step (so steps land on Jan/Apr/Jul/Oct…).
  let monthIndex = first.getUTCFullYear() * 12 + first.getUTCMonth();
  monthIndex = Math.ceil(monthIndex / stepMonths) * stepMonths;
  const ticks: CalendarTick[] = [];
  for (;;) {
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const tdbSec = tdbSecFromUtcMs(Date.UTC(year, month - 1, 1));
    if (tdbSec > stopTdbSec) break;
    if (tdbSec >= startTdbSec) ticks.push({ tdbSec, year, month, major: month === 1 });
    monthIndex += stepMonths;
  }
  return ticks;
}

// ---------------------------------------------------------------------------------------------------------------
// Event labels

export interface LabelRequest {
  id: string;
  /** Position of the event's tick on the track, px from the left. */
  xPx: number;
  widthPx: number;
  /** Higher is kept first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  /** Row 0 sits just above the track; higher rows stack above it. */
  row: number;
  leftPx: number;
  widthPx: number;
  xPx: number;
}

export interface LabelLayoutOptions {
  trackWidthPx: number;
  rows?: number;
  /** Minimum free space between two labels in the same row. */
  gapPx?: number;
}

const overlaps = (aLeft: number, aRight: number, bLeft: number, bRight: number, gap: number): boolean =>
  aLeft < bRight + gap && bLeft < aRight + gap;

/** Keeps a little of the label on each side of its tick, so the leader visibly meets the label. */
export const TICK_INSET_PX = 4;

/**
 * The left edge nearest to `ideal` within [minLeft, maxLeft] for a label of width w that keeps clear of the
 * obstacles (closed intervals, each already widened by its clearance), or null when there is none.
 */
function nearestFreeLeft(
  ideal: number, minLeft: number, maxLeft: number, w: number, obstacles: ReadonlyArray<readonly [number, number]>,
): number | null {
  if (minLeft > maxLeft) return null;
  const clear = (left: number): boolean => obstacles.every(([a, b]) => !(left < b && a < left + w));
  const candidates = [Math.min(maxLeft, Math.max(minLeft, ideal))];
  for (const [a, b] of obstacles) candidates.push(b, a - w);
  let best: number | null = null;
  for (const left of candidates) {
    if (left < minLeft || left > maxLeft || !clear(left)) continue;
    if (best === null || Math.abs(left - ideal) < Math.abs(best - ideal)) best = left;
  }
  return best;
}

/**
 * Places labels highest priority first, each in the lowest row where it fits, centred over its tick or, when that
 * collides, slid sideways as little as possible while still covering the tick and staying inside the track.
 * A label fits a row when it keeps gapPx from every label in that row and no leader line crosses it: a label's
 * leader runs from its tick up to its row, through the rows below it. Labels that fit nowhere are left out.
 * Equal priorities are placed in order of time.
 */
export function layoutEventLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): PlacedLabel[] {
  const rows = options.rows ?? 2;
  const gap = options.gapPx ?? 8;
  const width = options.trackWidthPx;
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.xPx - b.xPx);
  const placed: PlacedLabel[] = [];
  for (const request of order) {
    const w = request.widthPx;
    if (w > width) continue;
    const inset = Math.min(TICK_INSET_PX, w / 2);
    // Near a track end the tick may sit closer than the inset to the label's edge.
    const minLeft = Math.max(0, Math.min(request.xPx - w + inset, width - w));
    const maxLeft = Math.min(width - w, Math.max(request.xPx - inset, 0));
    const ideal = request.xPx - w / 2;
    for (let row = 0; row < rows; row++) {
      // This label's leader passes through the rows below: it must not cut a label there.
      const leaderBlocked = placed.some((other) =>
        other.row < row && overlaps(request.xPx, request.xPx, other.leftPx, other.leftPx + other.widthPx, gap / 2));
      if (leaderBlocked) continue;
      const obstacles: Array<readonly [number, number]> = [];
      for (const other of placed) {
        if (other.row === row) obstacles.push([other.leftPx - gap, other.leftPx + other.widthPx + gap]);
        else if (other.row > row) obstacles.push([other.xPx - gap / 2, other.xPx + gap / 2]);
      }
      const left = nearestFreeLeft(ideal, minLeft, maxLeft, w, obstacles);
      if (left !== null) {
        placed.push({ id: request.id, row, leftPx: left, widthPx: w, xPx: request.xPx });
        break;
      }
    }
  }
  return placed;
}

/**
 * Default label priority: events that open or close a phase (launch, arrival, departure, flyby…) before the rest.
 */
export function eventLabelPriority(
  eventTdbSec: number,
  phaseBoundariesTdbSec: readonly number[],
  toleranceSec = 2 * 86_400,
): number {
  return phaseBoundariesTdbSec.some((boundary) => Math.abs(boundary - eventTdbSec) <= toleranceSec) ? 2 : 1;
}
