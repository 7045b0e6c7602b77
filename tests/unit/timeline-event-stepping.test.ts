import { describe, expect, it } from 'vitest';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { createClock } from '../../src/state/clock.ts';
import {
  EVENT_TOLERANCE_SEC, eventsReached, nextEventTime, previousEventTime, stepToEvent,
} from '../../src/state/event-stepping.ts';
import { clockBoundsForSpan, phaseAt } from '../../src/state/mission-span.ts';
import type { MissionPhase } from '../../src/worker/protocol.ts';

// Event dates as ephemeris/mission-events.json gives them, each with its sources (launch, DSM, arrival, Earth flyby, 311P arrival).
const EVENTS = ['2025-05-28T17:31:00Z', '2025-10-30', '2026-06-07', '2027-11-29', '2035-01-15'].map(tdbSecFromIsoUtc);
const [LAUNCH, DSM, ARRIVAL, FLYBY, COMET] = EVENTS as [number, number, number, number, number];

describe('stepping between events', () => {
  it('finds the next and previous event around a time between two of them', () => {
    const between = (DSM + ARRIVAL) / 2;
    expect(nextEventTime(EVENTS, between)).toBe(ARRIVAL);
    expect(previousEventTime(EVENTS, between)).toBe(DSM);
  });

  it('walks on from an event instead of sticking to it (within the tolerance)', () => {
    expect(nextEventTime(EVENTS, ARRIVAL)).toBe(FLYBY);
    expect(previousEventTime(EVENTS, ARRIVAL)).toBe(DSM);
    expect(nextEventTime(EVENTS, ARRIVAL - EVENT_TOLERANCE_SEC / 2)).toBe(FLYBY);
    expect(nextEventTime(EVENTS, ARRIVAL - 2 * EVENT_TOLERANCE_SEC)).toBe(ARRIVAL);
  });

  it('returns null past the ends', () => {
    expect(previousEventTime(EVENTS, LAUNCH)).toBeNull();
    expect(nextEventTime(EVENTS, COMET)).toBeNull();
    expect(nextEventTime([], 0)).toBeNull();
  });

  it('counts the events reached', () => {
    expect(eventsReached(EVENTS, LAUNCH - 1000)).toBe(0);
    expect(eventsReached(EVENTS, LAUNCH)).toBe(1);
    expect(eventsReached(EVENTS, (FLYBY + COMET) / 2)).toBe(4);
    expect(eventsReached(EVENTS, COMET + 1e9)).toBe(5);
  });

  it('agrees with a linear scan for random times (property)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647);
    const times = Array.from({ length: 40 }, () => Math.floor(random() * 1e6)).sort((a, b) => a - b);
    for (let i = 0; i < 500; i++) {
      const t = random() * 1.1e6 - 5e4;
      const next = times.find((time) => time > t + EVENT_TOLERANCE_SEC) ?? null;
      const previous = [...times].reverse().find((time) => time < t - EVENT_TOLERANCE_SEC) ?? null;
      expect(nextEventTime(times, t)).toBe(next);
      expect(previousEventTime(times, t)).toBe(previous);
    }
  });

  it('stepToEvent seeks the clock and reports when there is nowhere to go', () => {
    const clock = createClock({ ...clockBoundsForSpan({ start: LAUNCH, end: COMET }), currentTdbSec: LAUNCH });
    expect(stepToEvent(clock, EVENTS, 1)).toBe(true);
    expect(clock.currentTdbSec).toBe(DSM);
    expect(stepToEvent(clock, EVENTS, -1)).toBe(true);
    expect(clock.currentTdbSec).toBe(LAUNCH);
    expect(stepToEvent(clock, EVENTS, -1)).toBe(false);
    expect(clock.currentTdbSec).toBe(LAUNCH);
  });
});

describe('mission span', () => {
  it('clock bounds put a margin around the span', () => {
    const bounds = clockBoundsForSpan({ start: LAUNCH, end: COMET }, 1000);
    expect(bounds).toEqual({ startTdbSec: LAUNCH - 1000, stopTdbSec: COMET + 1000 });
  });

  it('phaseAt finds the phase containing a time, half-open except the last', () => {
    const phase = (id: string, start: number, end: number): MissionPhase =>
      ({ id, nameEn: id, nameZh: id, startTdbSec: start, endTdbSec: end, targetId: 'kamooalewa' });
    const phases = [phase('cruise', LAUNCH, ARRIVAL), phase('stay', ARRIVAL, FLYBY), phase('to-311p', FLYBY, COMET)];
    expect(phaseAt(phases, LAUNCH - 1)).toBeNull();
    expect(phaseAt(phases, LAUNCH)?.id).toBe('cruise');
    expect(phaseAt(phases, ARRIVAL)?.id).toBe('stay');
    expect(phaseAt(phases, COMET)?.id).toBe('to-311p');
    expect(phaseAt(phases, COMET + 1)).toBeNull();
  });
});
