/**
 * An arc flown in the full force model (src/core/nbody/probe-propagator.ts): propagated once, keeping every
 * accepted integrator step as a checkpoint; a state inside the arc is integrated afresh from the checkpoint before
 * it, so the arc is exact to the integrator's tolerance everywhere, not interpolated.
 */
import { MU_SUN_KM3_S2 } from '../constants.ts';
import type { ProbePropagator } from '../nbody/probe-propagator.ts';
import { helioStateEqjKm, planetGmKm3S2 } from '../planets.ts';
import type { StateVector, TimedState } from '../state-vector.ts';
import type { TrackSegment } from '../track.ts';
import { distance, type Vec3 } from '../vec3.ts';
import type { Arc } from './arcs.ts';

export interface NbodyArc extends Arc {
  /** The state the propagation reached at endTdbSec. */
  readonly end: TimedState;
  /**
   * Samples for cubic Hermite interpolation within `toleranceKm`, propagated sample to sample: far cheaper than
   * adaptive sampling of stateAt, which restarts the integrator for every trial point.
   */
  sample(toleranceKm: number, maxStepSec: number): TrackSegment;
}

/**
 * Hermite's midpoint error is h⁴/384 · |d⁴r/dt⁴|. Near a point mass d⁴r/dt⁴ = d²a/dt², of order μ²/r⁵ on a bound
 * orbit (nbody/sampling-step.ts) but of order μ v²/r⁴ on a fast pass (v relative to the body); both are summed over
 * the Sun, the Earth and the Moon, with factors that tests/unit/mission-trajectory.test.ts measures to hold ≤ 1 km.
 */
function hermiteStepSec(s: TimedState, toleranceKm: number): number {
  const b: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  const term = (mu: number, posKm: Vec3, velKmS: Vec3) => {
    const r = distance(s.posKm, posKm);
    const v2 = (s.velKmS[0] - velKmS[0]) ** 2 + (s.velKmS[1] - velKmS[1]) ** 2 + (s.velKmS[2] - velKmS[2]) ** 2;
    return (4.8 * mu * mu) / r ** 5 + (12 * mu * v2) / r ** 4;
  };
  let d4 = term(MU_SUN_KM3_S2, [0, 0, 0], [0, 0, 0]);
  helioStateEqjKm('Earth', s.tdbSec, b);
  d4 += term(planetGmKm3S2('Earth'), b.posKm, b.velKmS);
  helioStateEqjKm('Moon', s.tdbSec, b);
  d4 += term(planetGmKm3S2('Moon'), b.posKm, b.velKmS);
  return ((384 * toleranceKm) / d4) ** 0.25;
}


export function nbodyArc(label: string, start: TimedState, endTdbSec: number, propagator: ProbePropagator): NbodyArc {
  const times: number[] = [start.tdbSec];
  const states: number[][] = [[...start.posKm, ...start.velKmS]];
  const end = propagator.propagate(start, endTdbSec, (tdbSec, y) => {
    if (tdbSec < endTdbSec) { times.push(tdbSec); states.push([...y]); }
  });
  // The sampler asks mostly forward in time: restarting from the last answer is often shorter than from a checkpoint.
  let last: TimedState = { tdbSec: start.tdbSec, posKm: [...start.posKm], velKmS: [...start.velKmS] };
  const exactAt = (tdbSec: number): TimedState => {
    const out: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    arc.stateAt(tdbSec, out);
    return { tdbSec, ...out };
  };
  const arc: NbodyArc = {
    label,
    dynamics: 'n-body',
    startTdbSec: start.tdbSec,
    endTdbSec,
    end,
    sample: (toleranceKm, maxStepSec) => {
      const t: number[] = [], p: number[] = [], v: number[] = [];
      let s: TimedState = start;
      for (;;) {
        t.push(s.tdbSec); p.push(...s.posKm); v.push(...s.velKmS);
        if (s.tdbSec >= endTdbSec) break;
        const h = Math.max(1, Math.min(maxStepSec, hermiteStepSec(s, toleranceKm)));
        const next = s.tdbSec + h >= endTdbSec - 1e-3 ? endTdbSec : s.tdbSec + h;
        // From the checkpoints like stateAt, so samples and states agree (a restart elsewhere would differ by
        // integration noise, which the flybys magnify to kilometres).
        s = next === endTdbSec ? end : exactAt(next);
      }
      return { tdbSec: Float64Array.from(t), posKm: Float64Array.from(p), velKmS: Float64Array.from(v) };
    },
    stateAt: (tdbSec, out) => {
      if (!(tdbSec >= start.tdbSec && tdbSec <= endTdbSec)) {
        throw new RangeError(`arc "${label}" has no state at TDB second ${tdbSec}`);
      }
      // Last checkpoint at or before tdbSec (binary search).
      let lo = 0, hi = times.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (times[mid]! <= tdbSec) lo = mid; else hi = mid - 1;
      }
      const y = states[lo]!;
      const from: TimedState = last.tdbSec <= tdbSec && last.tdbSec >= times[lo]!
        ? last
        : { tdbSec: times[lo]!, posKm: [y[0]!, y[1]!, y[2]!], velKmS: [y[3]!, y[4]!, y[5]!] };
      const s = tdbSec === endTdbSec ? end : propagator.propagate(from, tdbSec);
      last = s;
      for (let i = 0; i < 3; i++) { out.posKm[i] = s.posKm[i]!; out.velKmS[i] = s.velKmS[i]!; }
    },
  };
  return arc;
}
