/**
 * N-body propagation against JPL: Kamoʻoalewa's element sets of 2017 and 2026 must agree through 9 years of
 * planetary perturbations, and 311P must pass perihelion when S. Nakano's elements say it does.
 * Elements: set A = JPL Horizons solution JPL#35 (with its
 * ICRF state vector), set C = JPL Horizons osculating elements of 2026-02-11, set G = S. Nakano, NK 2770
 * (http://www.oaa.gr.jp/~oaacs/nk/nk2770.htm). All heliocentric ecliptic J2000 with GM☉ = k².
 */
import { describe, expect, it } from 'vitest';
import { AU_KM, DAY_S, DEG, MU_SUN_KM3_S2 } from '../../src/core/constants.ts';
import { hermiteFromArrays } from '../../src/core/hermite.ts';
import { propagateKepler } from '../../src/core/kepler.ts';
import { propagateSmallBodyWithStats } from '../../src/core/nbody/propagate-small-body.ts';
import type { TimedState } from '../../src/core/state-vector.ts';
import { tdbSecFromJdTdb } from '../../src/core/time.ts';
import type { TrackSegment } from '../../src/core/track.ts';
import { angleBetween, distance, type Vec3 } from '../../src/core/vec3.ts';
import { eclipticElementsToEqj } from './support/ecliptic-elements.ts';


const kamoSetA = eclipticElementsToEqj(
  2457854.5, 1.00102447694204, 0.1040534310625292, 7.773894173631178, 66.43991583004482, 307.0951007739783, 187.6486415815915,
);
const kamoSetC = eclipticElementsToEqj(
  2461082.5, 1.000695066067779, 0.1023574406895593, 7.801014560776962, 65.62942426549203, 304.4176116492613, 127.1078806320839,
);
const AU_PER_DAY = AU_KM / DAY_S;
/** Set A's epoch state from JPL Horizons, ICRF, au and au/day (JPL Horizons). */
const kamoSetAHorizons: TimedState = {
  tdbSec: tdbSecFromJdTdb(2457854.5),
  posKm: [-1.032503226069064 * AU_KM, -0.3888111477885582 * AU_KM, -0.05014632284375926 * AU_KM],
  velKmS: [5.337959409310668e-3 * AU_PER_DAY, -1.270412855733100e-2 * AU_PER_DAY, -7.097121526241582e-3 * AU_PER_DAY],
};

const positionAt = (segment: TrackSegment, i: number): Vec3 =>
  [segment.posKm[3 * i]!, segment.posKm[3 * i + 1]!, segment.posKm[3 * i + 2]!];

function report(label: string, got: Vec3, want: Vec3): { au: number; deg: number } {
  const au = distance(got, want) / AU_KM;
  const deg = angleBetween(got, want) / DEG;
  console.log(`${label}: ${au.toExponential(2)} au, ${deg.toExponential(2)}° seen from the Sun`);
  return { au, deg };
}

describe('N-body accuracy against JPL', () => {
  it('set A converted from elements matches the Horizons state vector given with it (frames, GM☉ = k²)', () => {
    expect(distance(kamoSetA.posKm, kamoSetAHorizons.posKm) / AU_KM).toBeLessThan(1e-9);
  });

  it('Kamoʻoalewa set A (2017-04-11) propagated forward lands on set C (2026-02-11) within 3e-5 au', () => {
    const { segment } = propagateSmallBodyWithStats(kamoSetAHorizons, kamoSetA.tdbSec, kamoSetC.tdbSec);
    const last = segment.tdbSec.length - 1;
    expect(segment.tdbSec[last]).toBe(kamoSetC.tdbSec);
    const nbody = report('Kamoʻoalewa A → C, N-body', positionAt(segment, last), kamoSetC.posKm);
    const twoBody = report('Kamoʻoalewa A → C, two-body',
      propagateKepler(kamoSetAHorizons, kamoSetC.tdbSec - kamoSetA.tdbSec, MU_SUN_KM3_S2).posKm, kamoSetC.posKm);
    expect(nbody.au).toBeLessThan(3e-5);
    // The planets matter: two-body misses by ~2.2e-2 au (JPL Horizons).
    expect(twoBody.au).toBeGreaterThan(1e-2);
  });

  it('Kamoʻoalewa set C propagated backward lands on the Horizons state of set A within 3e-5 au', () => {
    const { segment } = propagateSmallBodyWithStats(kamoSetC, kamoSetA.tdbSec, kamoSetC.tdbSec);
    expect(segment.tdbSec[0]).toBe(kamoSetA.tdbSec);
    const { au } = report('Kamoʻoalewa C → A, N-body', positionAt(segment, 0), kamoSetAHorizons.posKm);
    expect(au).toBeLessThan(3e-5);
  });

  it('311P (Nakano set G) reaches its minimum distance q = a(1 − e) at the published perihelion T = JD 2457945.14354', () => {
    const a = 2.1886932, e = 0.1156469;
    const epochJd = 2457960.5, perihelionJd = 2457945.14354, meanMotionDegPerDay = 0.30438745;
    const setG = eclipticElementsToEqj(
      epochJd, a, e, 4.96661, 279.25823, 143.98595, meanMotionDegPerDay * (epochJd - perihelionJd),
    );
    const t = tdbSecFromJdTdb(perihelionJd);
    const { segment } = propagateSmallBodyWithStats(setG, t - 3 * DAY_S, t + 3 * DAY_S);
    // Distance on a 0.001-day grid, read from the samples by cubic Hermite.
    let best = { tdbSec: 0, au: Infinity };
    const p: Vec3 = [0, 0, 0];
    for (let i = 0; i + 1 < segment.tdbSec.length; i++) {
      const t0 = segment.tdbSec[i]!, t1 = segment.tdbSec[i + 1]!;
      for (let s = t0; s < t1; s += 0.001 * DAY_S) {
        hermiteFromArrays(t0, t1, segment.posKm, segment.velKmS, 3 * i, segment.posKm, segment.velKmS, 3 * i + 3, s, p);
        const au = Math.hypot(...p) / AU_KM;
        if (au < best.au) best = { tdbSec: s, au };
      }
    }
    console.log(`311P perihelion: ${((best.tdbSec - t) / DAY_S).toFixed(4)} d from T, r − q = ${(best.au - a * (1 - e)).toExponential(2)} au`);
    expect(Math.abs(best.tdbSec - t) / DAY_S).toBeLessThan(0.05);
    expect(Math.abs(best.au - a * (1 - e))).toBeLessThan(1e-5);
  });
});
