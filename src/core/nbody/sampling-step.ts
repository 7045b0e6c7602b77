/**
 * The sampling step that lets cubic Hermite interpolation (position + velocity at both ends) reproduce an orbit.
 * Hermite's midpoint error is h⁴/384 · |d⁴r/dt⁴|; on a Kepler orbit |d⁴r/dt⁴| peaks at perihelion near
 * C · GM²(1 + e)² / q⁵ (C = 1 on a circle; C ≈ 1.1 measured on
 * Kamoʻoalewa and 311P over 2024–2037, e ≈ 0.1). tests/unit/nbody-sampling.test.ts measures the resulting error.
 */
import { DAY_S, MU_SUN_KM3_S2 } from '../constants.ts';
import type { StateVector } from '../state-vector.ts';
import { cross, dot, norm } from '../vec3.ts';

const PERIHELION_FOURTH_DERIVATIVE_FACTOR = 1.2;

/** Perihelion distance (km) and eccentricity of the osculating heliocentric orbit. */
export function perihelionOf(state: StateVector, mu = MU_SUN_KM3_S2): { perihelionKm: number; eccentricity: number } {
  const r = norm(state.posKm);
  const v2 = dot(state.velKmS, state.velKmS);
  const h = norm(cross(state.posKm, state.velKmS));
  const semiLatusRectumKm = (h * h) / mu;
  const inverseA = 2 / r - v2 / mu;
  const eccentricity = Math.sqrt(Math.max(0, 1 - semiLatusRectumKm * inverseA));
  return { perihelionKm: semiLatusRectumKm / (1 + eccentricity), eccentricity };
}

/**
 * Largest step whose Hermite midpoint error stays below `toleranceKm`, rounded down to a whole number of days
 * or to a whole fraction of a day, so samples fall on round times.
 */
export function hermiteSamplingStepSec(state: StateVector, toleranceKm: number, mu = MU_SUN_KM3_S2): number {
  const { perihelionKm: q, eccentricity: e } = perihelionOf(state, mu);
  const fourthDerivative = (PERIHELION_FOURTH_DERIVATIVE_FACTOR * mu * mu * (1 + e) ** 2) / q ** 5;
  const rawSec = ((384 * toleranceKm) / fourthDerivative) ** 0.25;
  return rawSec >= DAY_S ? Math.floor(rawSec / DAY_S) * DAY_S : DAY_S / Math.ceil(DAY_S / rawSec);
}
