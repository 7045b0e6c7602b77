/**
 * The stay at Kamoʻoalewa as the probe's path: the body's state moved along the Sun line by the proximity plan's
 * distance (approach stops, hover, sampling descents), with the distance's rate in the velocity. One definition for
 * both users: the designed trajectory's stay arc (sampled into the track, exported) and the ephemeris, which applies
 * it to the body's interpolated state so the probe sits beside the rock to the millimetre, not to the tracks' 0.1 km.
 */
import { BODY_BY_ID } from '../bodies.ts';
import type { ProximityPlan } from '../mission-data/types.ts';
import type { StateVector } from '../state-vector.ts';
import { hoverOffset, type Arc, type BodyStateFunction } from '../trajectory/arcs.ts';
import { proximityStateAt, type ProximityState } from './proximity-path.ts';

/** The stay's body-relative path: where it applies, about which body, and the plan it follows. */
export interface StayPath {
  centre: 'kamooalewa';
  plan: ProximityPlan;
  /** The body's surface along the Sun line from its centre, km: the catalogue's radius (its longest half-axis). */
  surfaceKm: number;
  /** The rendezvous burn (the approach's first stop) and the departure burn, TDB s. */
  startTdbSec: number;
  endTdbSec: number;
}

export function stayPathOf(plan: ProximityPlan, departureTdbSec: number): StayPath {
  const first = plan.approach[0];
  if (!first) throw new Error('proximity plan: no approach');
  return { centre: 'kamooalewa', plan, surfaceKm: BODY_BY_ID.kamooalewa.radiusKm, startTdbSec: first.tdbSec, endTdbSec: departureTdbSec };
}

/**
 * Turns the centre body's heliocentric state at `tdbSec` into the probe's, in place. False (state untouched)
 * outside the stay.
 */
export function applyStayPath(stay: StayPath, tdbSec: number, state: StateVector, scratch?: ProximityState): boolean {
  const at = proximityStateAt(stay.plan, stay.surfaceKm, stay.endTdbSec, tdbSec, scratch);
  if (!at) return false;
  hoverOffset(state, at.distanceKm, at.distanceRateKmS);
  return true;
}

/** The stay as an arc of the designed trajectory, from the rendezvous burn to the departure burn. */
export function stayArc(label: string, stay: StayPath, centreAt: BodyStateFunction): Arc {
  const scratch: ProximityState = { stage: 'hover', distanceKm: 0, distanceRateKmS: 0, event: null };
  return {
    label,
    dynamics: 'proximity',
    startTdbSec: stay.startTdbSec,
    endTdbSec: stay.endTdbSec,
    stateAt: (tdbSec, out) => {
      centreAt(tdbSec, out);
      if (!applyStayPath(stay, tdbSec, out, scratch)) throw new RangeError(`the stay path has no state at TDB second ${tdbSec}`);
    },
  };
}
