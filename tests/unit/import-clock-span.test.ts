/** "Extend the clock to this track": the clock's range widens to take in an imported track outside it, never narrows. */
import { describe, expect, it } from 'vitest';
import { DAY_S } from '../../src/core/constants.ts';
import { createClock } from '../../src/state/clock.ts';
import { boundsCovering, IMPORT_SPAN_MARGIN_SEC } from '../../src/state/mission-span.ts';

const MISSION = { startTdbSec: 0, stopTdbSec: 1000 * DAY_S };

describe('widening the clock to an imported track', () => {
  it('offers nothing for a track inside the range', () => {
    expect(boundsCovering(MISSION, { startTdbSec: 10 * DAY_S, endTdbSec: 11 * DAY_S })).toBeNull();
    expect(boundsCovering(MISSION, { startTdbSec: 0, endTdbSec: 1000 * DAY_S })).toBeNull();
  });

  it('moves only the end the track lies beyond, by the track plus a margin', () => {
    expect(boundsCovering(MISSION, { startTdbSec: 1200 * DAY_S, endTdbSec: 1201 * DAY_S })).toEqual({
      startTdbSec: 0, stopTdbSec: 1201 * DAY_S + IMPORT_SPAN_MARGIN_SEC,
    });
    expect(boundsCovering(MISSION, { startTdbSec: -50 * DAY_S, endTdbSec: 20 * DAY_S })).toEqual({
      startTdbSec: -50 * DAY_S - IMPORT_SPAN_MARGIN_SEC, stopTdbSec: 1000 * DAY_S,
    });
    // Longer than the range on both sides: both ends move.
    const both = boundsCovering(MISSION, { startTdbSec: -DAY_S, endTdbSec: 1001 * DAY_S })!;
    expect(both.startTdbSec).toBeLessThan(-DAY_S);
    expect(both.stopTdbSec).toBeGreaterThan(1001 * DAY_S);
  });

  it('gives bounds the clock accepts, after which the track is inside and nothing more is offered', () => {
    const clock = createClock({ ...MISSION });
    const track = { startTdbSec: 3000 * DAY_S, endTdbSec: 3000.5 * DAY_S };
    const wider = boundsCovering(clock, track)!;
    clock.setBounds(wider.startTdbSec, wider.stopTdbSec);
    clock.seek(track.startTdbSec);
    expect(clock.currentTdbSec).toBe(track.startTdbSec);
    expect(boundsCovering(clock, track)).toBeNull();
  });
});
