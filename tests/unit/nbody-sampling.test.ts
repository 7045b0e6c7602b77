/**
 * The samples of a propagated small body are dense enough for cubic Hermite interpolation to reproduce the
 * trajectory to 0.1 km, measured against a run with half the step over 2024-01-01 … 2037-01-01.
 * Elements: Kamoʻoalewa set C (JPL Horizons, 2026-02-11) and 311P set G
 * (S. Nakano, NK 2770), heliocentric ecliptic J2000.
 */
import { describe, expect, it } from 'vitest';
import { hermiteFromArrays } from '../../src/core/hermite.ts';
import { propagateSmallBodies, propagateSmallBodyWithStats } from '../../src/core/nbody/propagate-small-body.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import type { TrackSegment } from '../../src/core/track.ts';
import type { Vec3 } from '../../src/core/vec3.ts';
import { eclipticElementsToEqj } from './support/ecliptic-elements.ts';


const kamoSetC = eclipticElementsToEqj(
  2461082.5, 1.000695066067779, 0.1023574406895593, 7.801014560776962, 65.62942426549203, 304.4176116492613, 127.1078806320839,
);
const comet311PSetG = eclipticElementsToEqj(
  2457960.5, 2.1886932, 0.1156469, 4.96661, 279.25823, 143.98595, 0.30438745 * (2457960.5 - 2457945.14354),
);
const START = tdbSecFromIsoUtc('2024-01-01T00:00:00Z');
const END = tdbSecFromIsoUtc('2037-01-01T00:00:00Z');

/** Largest distance between the Hermite midpoint of each coarse interval and the fine run's sample there. */
function worstMidpointErrorKm(coarse: TrackSegment, fine: TrackSegment): number {
  const fineStep = fine.tdbSec[1]! - fine.tdbSec[0]!;
  const offset = Math.round((coarse.tdbSec[0]! - fine.tdbSec[0]!) / fineStep);
  const p: Vec3 = [0, 0, 0];
  let worst = 0;
  for (let i = 0; i + 1 < coarse.tdbSec.length; i++) {
    const t = 0.5 * (coarse.tdbSec[i]! + coarse.tdbSec[i + 1]!);
    const j = offset + 2 * i + 1;
    expect(fine.tdbSec[j]).toBeCloseTo(t, 3);
    hermiteFromArrays(coarse.tdbSec[i]!, coarse.tdbSec[i + 1]!, coarse.posKm, coarse.velKmS, 3 * i,
      coarse.posKm, coarse.velKmS, 3 * i + 3, t, p);
    worst = Math.max(worst, Math.hypot(p[0] - fine.posKm[3 * j]!, p[1] - fine.posKm[3 * j + 1]!, p[2] - fine.posKm[3 * j + 2]!));
  }
  return worst;
}

describe('small-body samples for cubic Hermite interpolation', () => {
  it.each([
    ['Kamoʻoalewa (set C, both ways)', kamoSetC],
    ['311P (set G, forward from 2017)', comet311PSetG],
  ])('%s: Hermite midpoints stay within 0.1 km of a half-step run over 2024–2037', (name, initial) => {
    const coarse = propagateSmallBodyWithStats(initial, START, END);
    const fine = propagateSmallBodyWithStats(initial, START, END, { stepSec: coarse.stats.stepSec / 2 });
    const worst = worstMidpointErrorKm(coarse.segment, fine.segment);
    console.log(`${name}: step ${coarse.stats.stepSec / 86400} d, ${coarse.stats.samples} samples, worst Hermite midpoint error ${worst.toFixed(4)} km`);
    expect(worst).toBeLessThan(0.1);
  });

  it('samples cover the range on the grid epoch + k·step, start exactly at the initial state, and increase', () => {
    const { segment, stats } = propagateSmallBodies([kamoSetC], START, END)[0]!;
    const n = segment.tdbSec.length;
    expect(segment.tdbSec[0]).toBeLessThanOrEqual(START);
    expect(segment.tdbSec[0]! + stats.stepSec).toBeGreaterThan(START);
    expect(segment.tdbSec[n - 1]).toBeGreaterThanOrEqual(END);
    expect(segment.tdbSec[n - 2]).toBeLessThan(END);
    for (let i = 1; i < n; i++) expect(segment.tdbSec[i]! - segment.tdbSec[i - 1]!).toBeCloseTo(stats.stepSec, 3);
    const atEpoch = segment.tdbSec.indexOf(kamoSetC.tdbSec);
    expect(atEpoch).toBeGreaterThan(0);
    expect(Array.from(segment.posKm.subarray(3 * atEpoch, 3 * atEpoch + 3))).toEqual(kamoSetC.posKm);
    expect(Array.from(segment.velKmS.subarray(3 * atEpoch, 3 * atEpoch + 3))).toEqual(kamoSetC.velKmS);
  });

  it('bodies sharing planet tables get the same tracks as bodies propagated alone', () => {
    const together = propagateSmallBodies([kamoSetC, comet311PSetG], START, END);
    const alone = propagateSmallBodyWithStats(comet311PSetG, START, END);
    expect(together[1]!.segment.posKm).toEqual(alone.segment.posKm);
  });
});
