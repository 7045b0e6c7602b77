/**
 * An arc flown in the full force model (src/core/nbody/probe-propagator.ts): propagated once, keeping every
 * accepted integrator step as a checkpoint; a state inside the arc is integrated afresh from the checkpoint before
 * it, so the arc is exact to the integrator's tolerance everywhere, not interpolated.
 */
import type { ProbePropagator } from '../nbody/probe-propagator.ts';
import type { TimedState } from '../state-vector.ts';
import type { Arc } from './arcs.ts';

export interface NbodyArc extends Arc {
  /** The state the propagation reached at endTdbSec. */
  readonly end: TimedState;
}

export function nbodyArc(label: string, start: TimedState, endTdbSec: number, propagator: ProbePropagator): NbodyArc {
  const times: number[] = [start.tdbSec];
  const states: number[][] = [[...start.posKm, ...start.velKmS]];
  const end = propagator.propagate(start, endTdbSec, (tdbSec, y) => {
    if (tdbSec < endTdbSec) { times.push(tdbSec); states.push([...y]); }
  });
  // The sampler asks mostly forward in time: restarting from the last answer is often shorter than from a checkpoint.
  let last: TimedState = { tdbSec: start.tdbSec, posKm: [...start.posKm], velKmS: [...start.velKmS] };
  return {
    label,
    dynamics: 'n-body',
    startTdbSec: start.tdbSec,
    endTdbSec,
    end,
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
}
