/**
 * The probe's distance from Kamoʻoalewa's centre along the Sun line at any time of the stay, from the plan in
 * ephemeris/proximity-operations.json: the approach (burns between the plan's stops, drawn as a glide that is
 * linear in log distance), the hover at the standoff, and each sampling event's descent to the surface, its time
 * there and its climb back (eased so the probe starts and stops at rest). A body-relative path in a Sun-pointing
 * frame, so the scene can place the probe beside the asteroid to the metre without going through heliocentric tracks.
 */
import type { ProximityPlan, SamplingEvent } from '../mission-data/types.ts';

export type ProximityStage = 'approach' | 'hover' | 'descent' | 'contact' | 'ascent';

export interface ProximityState {
  stage: ProximityStage;
  /** Probe centre from the body's centre, towards the Sun, km. */
  distanceKm: number;
  /** d(distanceKm)/dt, km/s: zero at every stop (the glides are eased), so the probe's velocity has no jumps. */
  distanceRateKmS: number;
  /** The sampling event under way (descent, contact, ascent), else null. */
  event: SamplingEvent | null;
}

/** 0 → 1 with zero slope at both ends. */
function ease(t: number): number {
  return t * t * (3 - 2 * t);
}

/** d ease / dt. */
function easeRate(t: number): number {
  return 6 * t * (1 - t);
}

/**
 * The state at `tdbSec`, for a body whose surface along the Sun line is `surfaceKm` from its centre; null outside
 * the plan (before the approach's first stop or after `stayEndTdbSec`, the departure burn).
 */
export function proximityStateAt(plan: ProximityPlan, surfaceKm: number, stayEndTdbSec: number, tdbSec: number, out?: ProximityState): ProximityState | null {
  const first = plan.approach[0];
  if (!first || !(tdbSec >= first.tdbSec) || tdbSec > stayEndTdbSec) return null;
  const state = out ?? { stage: 'hover', distanceKm: plan.standoffKm, distanceRateKmS: 0, event: null };
  state.event = null;
  state.distanceRateKmS = 0;
  const approach = plan.approach;
  const last = approach[approach.length - 1]!;
  if (tdbSec < last.tdbSec) {
    let i = 0;
    while (approach[i + 1]!.tdbSec <= tdbSec) i++;
    const a = approach[i]!, b = approach[i + 1]!;
    const span = b.tdbSec - a.tdbSec, u = (tdbSec - a.tdbSec) / span;
    const logRatio = Math.log(b.distanceKm) - Math.log(a.distanceKm);
    state.stage = 'approach';
    state.distanceKm = Math.exp(Math.log(a.distanceKm) + logRatio * ease(u));
    state.distanceRateKmS = state.distanceKm * logRatio * easeRate(u) / span;
    return state;
  }
  const contactKm = surfaceKm + plan.contactClearanceKm;
  for (const event of plan.samplingEvents) {
    const s = tdbSec - event.startTdbSec;
    if (s < 0 || s > event.descentSec + event.contactSec + event.ascentSec) continue;
    state.event = event;
    if (s < event.descentSec) {
      state.stage = 'descent';
      state.distanceKm = plan.standoffKm + (contactKm - plan.standoffKm) * ease(s / event.descentSec);
      state.distanceRateKmS = (contactKm - plan.standoffKm) * easeRate(s / event.descentSec) / event.descentSec;
    } else if (s <= event.descentSec + event.contactSec) {
      state.stage = 'contact';
      state.distanceKm = contactKm;
    } else {
      const u = (s - event.descentSec - event.contactSec) / event.ascentSec;
      state.stage = 'ascent';
      state.distanceKm = contactKm + (plan.standoffKm - contactKm) * ease(u);
      state.distanceRateKmS = (plan.standoffKm - contactKm) * easeRate(u) / event.ascentSec;
    }
    return state;
  }
  state.stage = 'hover';
  state.distanceKm = plan.standoffKm;
  return state;
}
