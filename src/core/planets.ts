/**
 * The one border to astronomy-engine for planet states: heliocentric EQJ (equatorial J2000 = ICRF axes),
 * converted here, once, from au and au/day to km and km/s.
 */
import { AstroTime, Body, HelioState, HelioVector, MassProduct, PlanetOrbitalPeriod } from 'astronomy-engine';
import { AU_KM, DAY_S } from './constants.ts';
import type { StateVector } from './state-vector.ts';
import { ttDaysFromTdbSec } from './time.ts';
import type { Vec3 } from './vec3.ts';

export type PlanetName =
  | 'Mercury' | 'Venus' | 'Earth' | 'Moon' | 'EMB' | 'Mars' | 'Jupiter' | 'Saturn' | 'Uranus' | 'Neptune';

export const PLANET_NAMES: readonly PlanetName[] = [
  'Mercury', 'Venus', 'Earth', 'Moon', 'EMB', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune',
];

const AU_PER_DAY_IN_KM_S = AU_KM / DAY_S;
const AU3_PER_DAY2_IN_KM3_S2 = AU_KM ** 3 / DAY_S ** 2;
/** Sidereal month, days: the period of the Moon's wobble about the Earth–Moon barycentre. */
const SIDEREAL_MONTH_DAYS = 27.321661;

const astroTime = (tdbSec: number): AstroTime => AstroTime.FromTerrestrialTime(ttDaysFromTdbSec(tdbSec));

export function helioStateEqjKm(
  body: PlanetName,
  tdbSec: number,
  out: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] },
): StateVector {
  const s = HelioState(Body[body], astroTime(tdbSec));
  out.posKm[0] = s.x * AU_KM; out.posKm[1] = s.y * AU_KM; out.posKm[2] = s.z * AU_KM;
  out.velKmS[0] = s.vx * AU_PER_DAY_IN_KM_S; out.velKmS[1] = s.vy * AU_PER_DAY_IN_KM_S; out.velKmS[2] = s.vz * AU_PER_DAY_IN_KM_S;
  return out;
}

/** The solar-system barycentre's heliocentric state (for files centred on it). */
export function ssbHelioStateEqjKm(out: StateVector, tdbSec: number): StateVector {
  const s = HelioState(Body.SSB, astroTime(tdbSec));
  out.posKm[0] = s.x * AU_KM; out.posKm[1] = s.y * AU_KM; out.posKm[2] = s.z * AU_KM;
  out.velKmS[0] = s.vx * AU_PER_DAY_IN_KM_S; out.velKmS[1] = s.vy * AU_PER_DAY_IN_KM_S; out.velKmS[2] = s.vz * AU_PER_DAY_IN_KM_S;
  return out;
}

/** Position only: about half the cost of `helioStateEqjKm` (no velocity series). */
export function helioPosEqjKm(body: PlanetName, tdbSec: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const v = HelioVector(Body[body], astroTime(tdbSec));
  out[0] = v.x * AU_KM; out[1] = v.y * AU_KM; out[2] = v.z * AU_KM;
  return out;
}

/**
 * GM in km^3/s^2, from astronomy-engine's `MassProduct`: the DE405 values (JPL IOM 312.F-98-048, Standish 1998,
 * p. 10). Jupiter…Neptune are planet-plus-satellites system values; 'EMB' is Earth + Moon.
 */
export function planetGmKm3S2(body: PlanetName): number {
  return MassProduct(Body[body]) * AU3_PER_DAY2_IN_KM3_S2;
}

/** Period of the body's heliocentric orbit, days (for the Moon: of its monthly wobble around the Earth). */
export function planetOrbitalPeriodDays(body: PlanetName): number {
  if (body === 'Moon') return SIDEREAL_MONTH_DAYS;
  return PlanetOrbitalPeriod(body === 'EMB' ? Body.Earth : Body[body]);
}
