/**
 * The pieces a designed trajectory is made of. Every arc is a solution of stated dynamics:
 * a heliocentric two-body conic (Sun only), a planet-centred two-body conic (inside the sphere of influence),
 * a hover that co-moves with a small body at a fixed standoff (held by the probe's thrusters), or a proximity plan's
 * moves along the Sun line beside it (proximity/proximity-arc.ts).
 */
import { MU_SUN_KM3_S2 } from '../constants.ts';
import { propagateKepler } from '../kepler.ts';
import type { StateVector, TimedState } from '../state-vector.ts';

/** Writes a heliocentric EQJ state (km, km/s) at `tdbSec` into `out`. */
export type BodyStateFunction = (tdbSec: number, out: StateVector) => void;

export type ArcDynamics = 'sun-two-body' | 'earth-two-body' | 'hover' | 'proximity' | 'n-body';

export interface Arc {
  label: string;
  dynamics: ArcDynamics;
  startTdbSec: number;
  endTdbSec: number;
  /** Heliocentric EQJ state on this arc. */
  stateAt: BodyStateFunction;
}

export function heliocentricConicArc(label: string, start: TimedState, endTdbSec: number): Arc {
  const initial: StateVector = { posKm: [...start.posKm], velKmS: [...start.velKmS] };
  return {
    label,
    dynamics: 'sun-two-body',
    startTdbSec: start.tdbSec,
    endTdbSec,
    stateAt: (tdbSec, out) => {
      propagateKepler(initial, tdbSec - start.tdbSec, MU_SUN_KM3_S2, out);
    },
  };
}

/** A conic about a planet whose heliocentric state is `planetAt`; `startRelative` is planet-centred. */
export function planetCentredConicArc(
  label: string, startRelative: TimedState, endTdbSec: number, muKm3S2: number, planetAt: BodyStateFunction,
): Arc {
  const initial: StateVector = { posKm: [...startRelative.posKm], velKmS: [...startRelative.velKmS] };
  const planet: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  return {
    label,
    dynamics: 'earth-two-body',
    startTdbSec: startRelative.tdbSec,
    endTdbSec,
    stateAt: (tdbSec, out) => {
      propagateKepler(initial, tdbSec - startRelative.tdbSec, muKm3S2, out);
      planetAt(tdbSec, planet);
      for (let i = 0; i < 3; i++) {
        out.posKm[i] = out.posKm[i]! + planet.posKm[i]!;
        out.velKmS[i] = out.velKmS[i]! + planet.velKmS[i]!;
      }
    },
  };
}

/**
 * Station-keeping beside a small body: `standoffKm` from its centre towards the Sun (the lit side the cameras
 * see). Velocity is the body's plus the rate of change of the sunward offset.
 */
export function hoverArc(label: string, targetAt: BodyStateFunction, standoffKm: number, startTdbSec: number, endTdbSec: number): Arc {
  return {
    label,
    dynamics: 'hover',
    startTdbSec,
    endTdbSec,
    stateAt: (tdbSec, out) => {
      targetAt(tdbSec, out);
      hoverOffset(out, standoffKm);
    },
  };
}

/**
 * Turns a body state into the state `standoffKm` sunward of it, in place; `standoffRateKmS` is the standoff's own
 * rate of change (a descent or a climb along the Sun line), zero for a hover.
 */
export function hoverOffset(state: StateVector, standoffKm: number, standoffRateKmS = 0): void {
  const [x, y, z] = state.posKm;
  const [vx, vy, vz] = state.velKmS;
  const r = Math.hypot(x, y, z);
  const radialRate = (x * vx + y * vy + z * vz) / r;
  const k = standoffKm / r;
  // d/dt(-k r) with k = s/|r|: -(s/|r|) v + (s/|r|^2) (dr/dt) r̂
  state.posKm[0] = x - k * x; state.posKm[1] = y - k * y; state.posKm[2] = z - k * z;
  // ... and d/dt(-s r̂) gains -(ds/dt) r̂ when the standoff changes.
  const j = standoffRateKmS / r;
  state.velKmS[0] = vx - k * vx + (k * radialRate * x) / r - j * x;
  state.velKmS[1] = vy - k * vy + (k * radialRate * y) / r - j * y;
  state.velKmS[2] = vz - k * vz + (k * radialRate * z) / r - j * z;
}
