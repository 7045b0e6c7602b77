import { describe, expect, it } from 'vitest';
import { createClock, type Clock } from '../../src/state/clock.ts';

const START = 800_000_000;
const STOP = 1_100_000_000;
const DAY = 86_400;

function countingListener(clock: Clock): { calls: number[]; stop: () => void } {
  const calls: number[] = [];
  const stop = clock.subscribe((c) => calls.push(c.currentTdbSec));
  return { calls, stop };
}

describe('clock', () => {
  it('starts at the start bound, paused, at one day per second unless told otherwise', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP });
    expect(clock.currentTdbSec).toBe(START);
    expect(clock.playing).toBe(false);
    expect(clock.multiplier).toBe(DAY);
  });

  it('advances by realDt × multiplier only while playing', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: START + DAY, multiplier: 3600 });
    expect(clock.tick(0.1)).toBe(START + DAY);
    clock.play();
    expect(clock.tick(0.1)).toBeCloseTo(START + DAY + 360, 6);
    clock.pause();
    expect(clock.tick(0.1)).toBeCloseTo(START + DAY + 360, 6);
  });

  it('plays backwards with a negative multiplier and reverse() keeps the rate', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: START + 10 * DAY, multiplier: DAY, playing: true });
    clock.reverse();
    expect(clock.multiplier).toBe(-DAY);
    clock.tick(0.25);
    expect(clock.currentTdbSec).toBeCloseTo(START + 9.75 * DAY, 6);
  });

  it('clamps to the bounds and pauses on reaching the bound it runs into', () => {
    const forward = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: STOP - 10, multiplier: 100, playing: true });
    forward.tick(0.2);
    expect(forward.currentTdbSec).toBe(STOP);
    expect(forward.playing).toBe(false);

    const backward = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: START + 10, multiplier: -100, playing: true });
    backward.tick(0.2);
    expect(backward.currentTdbSec).toBe(START);
    expect(backward.playing).toBe(false);
  });

  it('keeps playing at a bound when the direction leads away from it', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: START, multiplier: 100, playing: true });
    clock.tick(0.1);
    expect(clock.currentTdbSec).toBeCloseTo(START + 10, 6);
    expect(clock.playing).toBe(true);
  });

  it('play() at the end it runs into starts over from the other end', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: STOP, multiplier: DAY });
    clock.play();
    expect(clock.currentTdbSec).toBe(START);
    clock.pause();
    clock.setMultiplier(-DAY);
    clock.seek(START);
    clock.play();
    expect(clock.currentTdbSec).toBe(STOP);
  });

  it('caps one tick at maxRealDtSec, so a tab back from the background does not leap ahead', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, multiplier: DAY, playing: true, maxRealDtSec: 0.25 });
    clock.tick(30);
    expect(clock.currentTdbSec).toBeCloseTo(START + 0.25 * DAY, 6);
  });

  it('ignores zero, negative and non-finite frame deltas', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: START + DAY, playing: true });
    for (const dt of [0, -0.016, Number.NaN, Number.POSITIVE_INFINITY]) clock.tick(dt);
    expect(clock.currentTdbSec).toBe(START + DAY);
  });

  it('seek and setBounds clamp the current time', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP });
    clock.seek(STOP + 1e9);
    expect(clock.currentTdbSec).toBe(STOP);
    clock.seek(START - 1e9);
    expect(clock.currentTdbSec).toBe(START);
    clock.seek(START + 5 * DAY);
    clock.setBounds(START + 10 * DAY, STOP);
    expect(clock.currentTdbSec).toBe(START + 10 * DAY);
    expect(clock.startTdbSec).toBe(START + 10 * DAY);
  });

  it('rejects inverted bounds and non-finite times or rates', () => {
    expect(() => createClock({ startTdbSec: STOP, stopTdbSec: START })).toThrow(/after startTdbSec/);
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP });
    expect(() => clock.seek(Number.NaN)).toThrow(RangeError);
    expect(() => clock.setMultiplier(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => clock.setBounds(START, START)).toThrow(RangeError);
  });

  it('notifies subscribers on every change and not after they unsubscribe', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP });
    const listener = countingListener(clock);
    clock.seek(START + DAY);
    clock.seek(START + DAY); // no change: no call
    clock.setMultiplier(3600);
    clock.play();
    clock.tick(0.2);
    clock.pause();
    expect(listener.calls).toEqual([START + DAY, START + DAY, START + DAY, START + DAY + 720, START + DAY + 720]);
    listener.stop();
    clock.seek(START + 2 * DAY);
    expect(listener.calls).toHaveLength(5);
  });

  it('a listener may unsubscribe itself while being notified', () => {
    const clock = createClock({ startTdbSec: START, stopTdbSec: STOP });
    const other = countingListener(clock);
    let selfCalls = 0;
    const stop = clock.subscribe(() => {
      selfCalls++;
      stop();
    });
    clock.seek(START + 1);
    clock.seek(START + 2);
    expect(selfCalls).toBe(1);
    expect(other.calls).toEqual([START + 1, START + 2]);
  });

  it('property: any run of ticks equals the clamped sum of dt × multiplier (random rates and deltas)', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 200; trial++) {
      const multiplier = (random() - 0.5) * 2 * 30 * DAY;
      const start = START + random() * (STOP - START);
      const clock = createClock({ startTdbSec: START, stopTdbSec: STOP, currentTdbSec: start, multiplier, playing: true });
      let expected = start;
      let stopped = false;
      for (let frame = 0; frame < 120; frame++) {
        const dt = random() * 0.05;
        clock.tick(dt);
        if (!stopped && dt > 0) {
          expected = Math.min(STOP, Math.max(START, expected + dt * multiplier));
          if ((multiplier > 0 && expected === STOP) || (multiplier < 0 && expected === START)) stopped = true;
        }
        expect(clock.currentTdbSec).toBeGreaterThanOrEqual(START);
        expect(clock.currentTdbSec).toBeLessThanOrEqual(STOP);
      }
      expect(clock.currentTdbSec).toBeCloseTo(expected, 3);
      expect(clock.playing).toBe(!stopped);
    }
  });
});
