/**
 * Sampled trajectories: the one shape in which propagated motion leaves the worker.
 * Positions and velocities are heliocentric, EQJ (equatorial J2000 = ICRF axes), km and km/s;
 * times are TDB seconds since J2000. A track is a list of segments; a segment boundary marks a
 * discontinuity in velocity (a manoeuvre) or in the dynamics, and is never interpolated across.
 */
export interface TrackSegment {
  /** n sample times, strictly increasing. */
  tdbSec: Float64Array;
  /** 3n values: x, y, z per sample. */
  posKm: Float64Array;
  /** 3n values: vx, vy, vz per sample. */
  velKmS: Float64Array;
}

export interface Track {
  id: string;
  segments: TrackSegment[];
}
