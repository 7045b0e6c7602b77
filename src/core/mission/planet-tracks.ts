/**
 * Planets (and the Moon) sampled for drawing and for checks: uniform steps chosen from the Hermite error bound
 * of each orbit, so interpolation between samples stays within `toleranceKm`.
 */
import { DAY_S, MU_EARTH_KM3_S2 } from '../constants.ts';
import { hermiteSamplingStepSec } from '../nbody/sampling-step.ts';
import { helioStateEqjKm, type PlanetName } from '../planets.ts';
import type { StateVector } from '../state-vector.ts';
import type { Track, TrackSegment } from '../track.ts';
import { sub } from '../vec3.ts';

export const DRAWN_PLANETS = ['Mercury', 'Venus', 'Earth', 'Moon', 'Mars', 'Jupiter'] as const satisfies readonly PlanetName[];
export type DrawnPlanet = (typeof DRAWN_PLANETS)[number];
/**
 * Sampled with the mission, not for the opening overview: the Moon is drawn only near the Earth, and its series
 * makes it three quarters of the planets' sampling time (measured: 75 of 100 ms, warm, in Node).
 */
export const PLANETS_WITH_MISSION: readonly DrawnPlanet[] = ['Moon'];
export const OPENING_PLANETS: readonly DrawnPlanet[] = DRAWN_PLANETS.filter((planet) => !PLANETS_WITH_MISSION.includes(planet));

function stepFor(planet: DrawnPlanet, tdbSec: number, toleranceKm: number): number {
  if (planet !== 'Moon') return hermiteSamplingStepSec(helioStateEqjKm(planet, tdbSec), toleranceKm);
  // The Moon's heliocentric path curves fastest through its monthly turn about the Earth.
  const earth = helioStateEqjKm('Earth', tdbSec);
  const moon = helioStateEqjKm('Moon', tdbSec);
  const geocentric: StateVector = { posKm: sub(moon.posKm, earth.posKm), velKmS: sub(moon.velKmS, earth.velKmS) };
  return Math.min(hermiteSamplingStepSec(geocentric, toleranceKm, MU_EARTH_KM3_S2), DAY_S);
}

export function samplePlanetTrack(planet: DrawnPlanet, startTdbSec: number, endTdbSec: number, toleranceKm: number): Track {
  const stepSec = stepFor(planet, startTdbSec, toleranceKm);
  const n = Math.ceil((endTdbSec - startTdbSec) / stepSec) + 1;
  const segment: TrackSegment = { tdbSec: new Float64Array(n), posKm: new Float64Array(3 * n), velKmS: new Float64Array(3 * n) };
  const state: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  for (let i = 0; i < n; i++) {
    const tdbSec = startTdbSec + i * stepSec;
    helioStateEqjKm(planet, tdbSec, state);
    segment.tdbSec[i] = tdbSec;
    segment.posKm.set(state.posKm, 3 * i);
    segment.velKmS.set(state.velKmS, 3 * i);
  }
  return { id: planet.toLowerCase(), segments: [segment] };
}
