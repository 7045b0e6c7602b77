/**
 * The events whose date the designed path chooses (within a published window) rather than keeps, and the path's
 * date for each. `npm run design` writes these into ephemeris/mission-events.json as `pathDateUtc`; a test checks
 * the file against the realisation.
 */
import type { TrajectoryDesign } from './design.ts';
import type { RealisedTrajectory } from './realise.ts';

export function designedEventTdbSec(design: TrajectoryDesign, realised: RealisedTrajectory): Readonly<Record<string, number>> {
  return {
    'kamooalewa-departure': design.kamooalewa.departureTdbSec,
    'earth-flyby': realised.summary.earthFlybyPeriapsisTdbSec,
    'comet-311p-arrival': design.comet311p.arrivalTdbSec,
    'mission-end': design.comet311p.missionEndTdbSec,
  };
}
