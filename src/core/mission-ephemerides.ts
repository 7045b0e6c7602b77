/**
 * From validated mission data to the moving bodies the trajectory is designed against: Kamoʻoalewa and 311P
 * propagated (Sun + planets) from their newest element sets over the mission span, and the Earth from
 * astronomy-engine. Shared by the offline design script and the worker, so both see the same bodies.
 */
import { MU_SUN_KM3_S2 } from './constants.ts';
import { eclToEqj } from './frames.ts';
import { elementsToState } from './kepler.ts';
import type { Body } from './mission-data/types.ts';
import { toKeplerianElements } from './mission-data/to-keplerian-elements.ts';
import { propagateSmallBodies } from './nbody/propagate-small-body.ts';
import { helioStateEqjKm } from './planets.ts';
import type { TimedState } from './state-vector.ts';
import type { Track } from './track.ts';
import { TrackCursor } from './track-interpolation.ts';
import type { BodyStateFunction } from './trajectory/arcs.ts';

/** Heliocentric EQJ state of a body at the epoch of its newest published element set. */
export function newestInitialStateEqj(body: Body): TimedState {
  const elements = toKeplerianElements(body.newestElementSet);
  const ecliptic = elementsToState(elements, MU_SUN_KM3_S2);
  return { tdbSec: elements.epochTdbSec, posKm: eclToEqj(ecliptic.posKm), velKmS: eclToEqj(ecliptic.velKmS) };
}

export function propagateTargetBodies(
  bodies: { kamooalewa: Body; comet311p: Body }, startTdbSec: number, endTdbSec: number,
): { kamooalewa: Track; comet311p: Track } {
  const [kamooalewa, comet311p] = propagateSmallBodies(
    [newestInitialStateEqj(bodies.kamooalewa), newestInitialStateEqj(bodies.comet311p)], startTdbSec, endTdbSec,
  );
  return {
    kamooalewa: { id: 'kamooalewa', segments: [kamooalewa!.segment] },
    comet311p: { id: '311p', segments: [comet311p!.segment] },
  };
}

/** A state function over a sampled track; throws outside its coverage rather than inventing a position. */
export function trackStateFunction(track: Track): BodyStateFunction {
  const cursor = new TrackCursor(track);
  return (tdbSec, out) => {
    if (!cursor.stateAt(tdbSec, out.posKm, out.velKmS)) {
      throw new RangeError(`track "${track.id}" has no state at TDB second ${tdbSec}`);
    }
  };
}

export const earthStateEqj: BodyStateFunction = (tdbSec, out) => {
  helioStateEqjKm('Earth', tdbSec, out);
};
