/** A circular orbit in closed form: the simplest smooth path with known derivatives of every order. */
import type { StateVector } from '../../../src/core/state-vector.ts';
import type { TrackSegment } from '../../../src/core/track.ts';

export interface CircularOrbit {
  radiusKm: number;
  /** Angular rate, rad/s. */
  omega: number;
  phaseRad?: number;
}

export function circularState(orbit: CircularOrbit, tdbSec: number, out: StateVector): void {
  const angle = orbit.omega * tdbSec + (orbit.phaseRad ?? 0);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const speed = orbit.radiusKm * orbit.omega;
  out.posKm[0] = orbit.radiusKm * c; out.posKm[1] = orbit.radiusKm * s; out.posKm[2] = 0;
  out.velKmS[0] = -speed * s; out.velKmS[1] = speed * c; out.velKmS[2] = 0;
}

/** Samples at the given times, as a track segment. */
export function sampleCircular(orbit: CircularOrbit, times: number[]): TrackSegment {
  const n = times.length;
  const segment: TrackSegment = {
    tdbSec: Float64Array.from(times), posKm: new Float64Array(3 * n), velKmS: new Float64Array(3 * n),
  };
  const state: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  times.forEach((t, i) => {
    circularState(orbit, t, state);
    segment.posKm.set(state.posKm, 3 * i);
    segment.velKmS.set(state.velKmS, 3 * i);
  });
  return segment;
}
