import { describe, expect, it } from 'vitest';
import { DAY_S, JULIAN_YEAR_S, AU_KM } from '../../src/core/constants.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import type { Track, TrackSegment } from '../../src/core/track.ts';
import { TrackCursor, trackCoverage, trackStateAt } from '../../src/core/track-interpolation.ts';
import { distance, type Vec3 } from '../../src/core/vec3.ts';
import { circularState, sampleCircular, type CircularOrbit } from './support/circular-orbit.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const inner: CircularOrbit = { radiusKm: AU_KM, omega: (2 * Math.PI) / JULIAN_YEAR_S };
const outer: CircularOrbit = { radiusKm: 1.5 * AU_KM, omega: (2 * Math.PI) / (JULIAN_YEAR_S * 1.5 ** 1.5), phaseRad: 1 };
const days = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let d = from; d <= to; d += step) out.push(d * DAY_S);
  return out;
};

// Two arcs meeting at day 100 (a "manoeuvre": the path jumps to another orbit), then a gap, then a third arc.
const track: Track = {
  id: 'test-probe',
  segments: [
    sampleCircular(inner, days(0, 100, 2)),
    sampleCircular(outer, days(100, 200, 5)),
    sampleCircular(inner, days(300, 310, 1)),
  ],
};

describe('trackCoverage', () => {
  it('spans the first to the last sample', () => {
    expect(trackCoverage(track)).toEqual([0, 310 * DAY_S]);
  });
  it('refuses a track without samples', () => {
    const empty = new Float64Array(0);
    expect(() => trackCoverage({ id: 'none', segments: [{ tdbSec: empty, posKm: empty, velKmS: empty }] }))
      .toThrow(/"none" has no samples/);
  });
});

describe('trackStateAt', () => {
  it('follows the sampled orbit between samples (error below the Hermite bound)', () => {
    const pos: Vec3 = [0, 0, 0];
    const truth: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    const boundKm = (inner.radiusKm * inner.omega ** 4 * (2 * DAY_S) ** 4) / 384;
    for (let t = 0.3 * DAY_S; t < 100 * DAY_S; t += 0.7 * DAY_S) {
      expect(trackStateAt(track, t, pos)).toBe(true);
      circularState(inner, t, truth);
      expect(distance(pos, truth.posKm)).toBeLessThanOrEqual(boundKm);
    }
  });

  it('takes the later segment at a shared boundary and never blends the two', () => {
    const pos: Vec3 = [0, 0, 0];
    const vel: Vec3 = [0, 0, 0];
    const after: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    const before: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    circularState(outer, 100 * DAY_S, after);
    circularState(inner, 100 * DAY_S, before);
    trackStateAt(track, 100 * DAY_S, pos, vel);
    expect(distance(pos, after.posKm)).toBeLessThan(1e-6);
    expect(distance(vel, after.velKmS)).toBeLessThan(1e-12);
    // One millisecond earlier we are still on the first arc, 0.5 au away.
    trackStateAt(track, 100 * DAY_S - 1e-3, pos);
    expect(distance(pos, before.posKm)).toBeLessThan(1);
  });

  it('returns false outside the coverage and in gaps, leaving the outputs untouched', () => {
    for (const t of [-1, 250 * DAY_S, 310 * DAY_S + 1e-3, Number.NaN]) {
      const pos: Vec3 = [7, 8, 9];
      expect(trackStateAt(track, t, pos)).toBe(false);
      expect(pos).toEqual([7, 8, 9]);
    }
    expect(trackStateAt(track, 310 * DAY_S, [0, 0, 0])).toBe(true);
    expect(trackStateAt(track, 0, [0, 0, 0])).toBe(true);
  });

  it('handles a single-sample segment (valid at that instant only)', () => {
    const one: TrackSegment = { tdbSec: Float64Array.of(5), posKm: Float64Array.of(1, 2, 3), velKmS: Float64Array.of(4, 5, 6) };
    const pos: Vec3 = [0, 0, 0];
    const vel: Vec3 = [0, 0, 0];
    expect(trackStateAt({ id: 'one', segments: [one] }, 5, pos, vel)).toBe(true);
    expect([pos, vel]).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(trackStateAt({ id: 'one', segments: [one] }, 5.001, pos)).toBe(false);
  });
});

describe('TrackCursor', () => {
  it('gives bit-identical answers to trackStateAt for playback forwards, backwards and random jumps', () => {
    const random = seededRandom(311);
    const cursor = new TrackCursor(track);
    const times: number[] = [];
    for (let t = -DAY_S; t < 320 * DAY_S; t += 0.37 * DAY_S) times.push(t);
    for (let t = 320 * DAY_S; t > -DAY_S; t -= 0.23 * DAY_S) times.push(t);
    for (let i = 0; i < 2000; i++) times.push((random() * 330 - 10) * DAY_S);
    times.push(100 * DAY_S, 200 * DAY_S, 0, 300 * DAY_S);
    const a: Vec3 = [0, 0, 0];
    const av: Vec3 = [0, 0, 0];
    const b: Vec3 = [0, 0, 0];
    const bv: Vec3 = [0, 0, 0];
    const mismatches: number[] = [];
    let covered = 0;
    for (const t of times) {
      const okA = trackStateAt(track, t, a, av);
      const okB = cursor.stateAt(t, b, bv);
      if (okA) covered++;
      if (okA !== okB || (okA && [0, 1, 2].some((k) => a[k] !== b[k] || av[k] !== bv[k]))) mismatches.push(t);
    }
    expect(mismatches).toEqual([]);
    expect(covered).toBeGreaterThan(times.length / 2);
  });

  it('prefers the later segment at the boundary even when it arrives from the earlier one', () => {
    const cursor = new TrackCursor(track);
    const pos: Vec3 = [0, 0, 0];
    const expected: Vec3 = [0, 0, 0];
    cursor.stateAt(99 * DAY_S, pos);
    cursor.stateAt(100 * DAY_S, pos);
    trackStateAt(track, 100 * DAY_S, expected);
    expect(pos).toEqual(expected);
  });
});
