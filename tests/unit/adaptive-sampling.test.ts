import { describe, expect, it } from 'vitest';
import { sampleAdaptive, sampleAdaptiveWithStats, type AdaptiveSamplingOptions } from '../../src/core/adaptive-sampling.ts';
import { AU_KM, DAY_S, JULIAN_YEAR_S } from '../../src/core/constants.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import type { TrackSegment } from '../../src/core/track.ts';
import { trackStateAt } from '../../src/core/track-interpolation.ts';
import { distance, type Vec3 } from '../../src/core/vec3.ts';
import { makeFlybyState } from './support/analytic-flyby.ts';
import { circularState, type CircularOrbit } from './support/circular-orbit.ts';

type StateFn = (tdbSec: number, out: StateVector) => void;

/** Largest interpolation error over `pointsPerInterval` interior points of every interval, and where it is. */
function maxErrorKm(segment: TrackSegment, stateAt: StateFn, pointsPerInterval: number): number {
  const track = { id: 'sampled', segments: [segment] };
  const truth: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  const pos: Vec3 = [0, 0, 0];
  let worst = 0;
  for (let i = 0; i + 1 < segment.tdbSec.length; i++) {
    const t0 = segment.tdbSec[i] as number;
    const h = (segment.tdbSec[i + 1] as number) - t0;
    for (let j = 1; j < pointsPerInterval; j++) {
      const t = t0 + (h * j) / pointsPerInterval;
      trackStateAt(track, t, pos);
      stateAt(t, truth);
      worst = Math.max(worst, distance(pos, truth.posKm));
    }
  }
  return worst;
}

const steps = (segment: TrackSegment): number[] =>
  Array.from(segment.tdbSec.subarray(1), (t, i) => t - (segment.tdbSec[i] as number));

// Tianwen-2's 2027 Earth gravity assist, in closed-form caricature: periapsis 6,500 km from the Earth's centre,
// v-infinity 3 km/s, inside a 7-year heliocentric arc (flyby late 2027, gaya.one 2025; 311P ~7 years later, m.itbear.com.cn 2025-06).
const periapsisTdbSec = 1.2 * JULIAN_YEAR_S + 1234.5;
const flyby = makeFlybyState({ periapsisRadiusKm: 6500, vInfinityKmS: 3, periapsisTdbSec });
const cruise: AdaptiveSamplingOptions = { toleranceKm: 1, maxStepSec: 10 * DAY_S, minStepSec: 1 };

describe('sampleAdaptive', () => {
  it('meets the tolerance everywhere on a 7-year arc with a 6,500 km Earth flyby, with few samples', () => {
    const result = sampleAdaptiveWithStats(flyby, 0, 7 * JULIAN_YEAR_S, cruise);
    const { segment } = result;
    expect(result.unresolvedIntervals).toBe(0);
    expect(maxErrorKm(segment, flyby, 32)).toBeLessThanOrEqual(cruise.toleranceKm);
    // Sample budget from the Hermite bound R w^4 h^4 / 384 on the 1-au circle: h_max for 1 km is 2.3 days, and
    // bisection from 10 days lands on 1.25 days, i.e. ~2,050 samples for 7 years before the flyby adds its own.
    const w = (2 * Math.PI) / JULIAN_YEAR_S;
    const cruiseStepSec = Math.pow((384 * cruise.toleranceKm) / (AU_KM * w ** 4), 1 / 4);
    const uniformCount = (7 * JULIAN_YEAR_S) / cruiseStepSec;
    expect(segment.tdbSec.length).toBeLessThan(2.2 * uniformCount);
    // Dense at the flyby (minutes), sparse in cruise (days).
    const h = steps(segment);
    const nearest = segment.tdbSec.reduce((best, t, i) =>
      Math.abs(t - periapsisTdbSec) < Math.abs((segment.tdbSec[best] as number) - periapsisTdbSec) ? i : best, 0);
    expect(h[nearest] as number).toBeLessThan(600);
    expect(Math.max(...h)).toBeGreaterThan(DAY_S);
  });

  it('meets the tolerance on a dense grid through the flyby itself (every 5 s over +/- 1 day)', () => {
    const segment = sampleAdaptive(flyby, periapsisTdbSec - 30 * DAY_S, periapsisTdbSec + 30 * DAY_S, cruise);
    const track = { id: 'flyby', segments: [segment] };
    const truth: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    const pos: Vec3 = [0, 0, 0];
    let worst = 0;
    for (let t = periapsisTdbSec - DAY_S; t <= periapsisTdbSec + DAY_S; t += 5) {
      trackStateAt(track, t, pos);
      flyby(t, truth);
      worst = Math.max(worst, distance(pos, truth.posKm));
    }
    expect(worst).toBeLessThanOrEqual(cruise.toleranceKm);
  });

  it('tightening the tolerance adds samples and keeps the error in bounds (property over 4 tolerances)', () => {
    let previous = 0;
    for (const toleranceKm of [100, 10, 1, 0.1]) {
      const options = { ...cruise, toleranceKm };
      const segment = sampleAdaptive(flyby, periapsisTdbSec - 40 * DAY_S, periapsisTdbSec + 20 * DAY_S, options);
      expect(segment.tdbSec.length).toBeGreaterThan(previous);
      expect(maxErrorKm(segment, flyby, 16)).toBeLessThanOrEqual(toleranceKm);
      previous = segment.tdbSec.length;
    }
  });

  it('starts and ends exactly at the requested times, strictly increasing, never above maxStepSec', () => {
    const orbit: CircularOrbit = { radiusKm: 2.2 * AU_KM, omega: (2 * Math.PI) / (3.24 * JULIAN_YEAR_S) };
    const circle: StateFn = (t, out) => circularState(orbit, t, out);
    const start = 1.3e8 + 0.123;
    const end = 1.3e8 + 3 * JULIAN_YEAR_S;
    const segment = sampleAdaptive(circle, start, end, { toleranceKm: 0.01, maxStepSec: 7 * DAY_S, minStepSec: 60 });
    expect(segment.tdbSec[0]).toBe(start);
    expect(segment.tdbSec[segment.tdbSec.length - 1]).toBe(end);
    expect(segment.posKm.length).toBe(3 * segment.tdbSec.length);
    const h = steps(segment);
    expect(Math.min(...h)).toBeGreaterThan(0);
    expect(Math.max(...h)).toBeLessThanOrEqual(7 * DAY_S * (1 + 1e-12));
    expect(maxErrorKm(segment, circle, 16)).toBeLessThanOrEqual(0.01);
  });

  it('stops at minStepSec and reports the intervals it could not resolve', () => {
    const result = sampleAdaptiveWithStats(flyby, periapsisTdbSec - DAY_S, periapsisTdbSec + DAY_S,
      { toleranceKm: 1e-3, maxStepSec: DAY_S, minStepSec: 3600 });
    expect(result.unresolvedIntervals).toBeGreaterThan(0);
    expect(Math.min(...steps(result.segment))).toBeGreaterThanOrEqual(3600);
  });

  it('returns one sample for an empty span and rejects bad arguments with a message', () => {
    expect(sampleAdaptive(flyby, 5, 5, cruise).tdbSec).toEqual(Float64Array.of(5));
    expect(() => sampleAdaptive(flyby, 10, 5, cruise)).toThrow(/start <= end/);
    expect(() => sampleAdaptive(flyby, 0, 5, { ...cruise, toleranceKm: 0 })).toThrow(/toleranceKm/);
    expect(() => sampleAdaptive(flyby, 0, 5, { ...cruise, minStepSec: 20 * DAY_S })).toThrow(/minStepSec <= maxStepSec/);
  });
});
