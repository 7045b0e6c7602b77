/**
 * The cost of holding the hover point during a stay: the probe is kept at a fixed sunward standoff from the body
 * (arcs.ts hoverArc), which no free orbit does. The thrusters must supply, at every moment,
 *   a_control = a_hover − g(x_hover) − a_srp − a_body,
 * where a_hover is the hover point's acceleration (the body's gravity g(x_body) plus the standoff's own second
 * derivative), g is the N-body gravity, a_srp the solar radiation pressure on the probe and a_body the small body's
 * pull. Integrated in |a_control| over the stay, that is the station-keeping Δv.
 */
import { AU_KM, DAY_S } from '../constants.ts';
import type { ProbePropagator } from '../nbody/probe-propagator.ts';
import type { StateVector } from '../state-vector.ts';
import { norm, type Vec3 } from '../vec3.ts';
import { hoverOffset, type BodyStateFunction } from './arcs.ts';

/** Solar radiation pressure at 1 au, N/m²: total solar irradiance 1361 W/m² (Kopp & Lean 2011, GRL 38, L01706) / c. */
export const SOLAR_PRESSURE_1AU_N_M2 = 1361 / 299_792_458;
const G_SI = 6.674_30e-11;

export interface StationKeepingInput {
  /** Sunlit area, m² (solar wings face the Sun). */
  areaM2: number;
  massKg: number;
  /** Radiation-pressure coefficient: 1 absorbs, 2 mirrors. */
  reflectivityCoefficient: number;
  /** The small body's mass, kg. */
  bodyMassKg: number;
}

export interface StationKeepingCost {
  deltaVKmS: number;
  /** Largest control acceleration over the stay, km/s². */
  peakAccelerationKmS2: number;
}

export function stationKeepingCost(
  body: BodyStateFunction, standoffKm: number, startTdbSec: number, endTdbSec: number,
  probe: StationKeepingInput, propagator: ProbePropagator, stepSec = DAY_S / 4,
): StationKeepingCost {
  const b: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  const hover: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
  const offsetAt = (tdbSec: number): Vec3 => {
    body(tdbSec, b);
    const body0: Vec3 = [...b.posKm];
    hoverOffset(b, standoffKm);
    return [b.posKm[0] - body0[0], b.posKm[1] - body0[1], b.posKm[2] - body0[2]];
  };
  const steps = Math.max(1, Math.ceil((endTdbSec - startTdbSec) / stepSec));
  const h = (endTdbSec - startTdbSec) / steps;
  let deltaVKmS = 0, peak = 0;
  for (let i = 0; i <= steps; i++) {
    const t = startTdbSec + i * h;
    body(t, b);
    const gBody = propagator.accelerationKmS2(t, b);
    const rSunKm = norm(b.posKm);
    hover.posKm = [...b.posKm]; hover.velKmS = [...b.velKmS];
    hoverOffset(hover, standoffKm);
    const gHover = propagator.accelerationKmS2(t, hover);
    // The standoff turns with the Sun direction once a year: its second derivative by central differences (1 day).
    const [o0, o1, o2] = [offsetAt(t - DAY_S), offsetAt(t), offsetAt(t + DAY_S)];
    const sunward: Vec3 = [-b.posKm[0] / rSunKm, -b.posKm[1] / rSunKm, -b.posKm[2] / rSunKm];
    // Both push the probe away from the Sun: radiation pressure, and the body's pull (the probe sits sunward of it).
    const srpKmS2 = (SOLAR_PRESSURE_1AU_N_M2 * (AU_KM / rSunKm) ** 2 * probe.reflectivityCoefficient * probe.areaM2) / probe.massKg / 1000;
    const bodyPullKmS2 = (G_SI * probe.bodyMassKg) / (standoffKm * 1000) ** 2 / 1000;
    const control: Vec3 = [0, 1, 2].map((k) =>
      gBody[k]! + (o0[k]! - 2 * o1[k]! + o2[k]!) / (DAY_S * DAY_S) - gHover[k]! + (srpKmS2 + bodyPullKmS2) * sunward[k]!) as Vec3;
    const a = norm(control);
    peak = Math.max(peak, a);
    deltaVKmS += (i === 0 || i === steps ? 0.5 : 1) * a * h;
  }
  return { deltaVKmS, peakAccelerationKmS2: peak };
}

/** Illustrative assumptions of the station-keeping estimate (stated in docs/trajectory.md). */
export const STATION_KEEPING_ASSUMPTIONS = {
  /** Radiation-pressure coefficient of the sunlit side: solar cells absorb most light. */
  reflectivityCoefficient: 1.3,
  /** Bulk density of both small bodies, kg/m³ (rubble-pile asteroids ~1,200–2,600). */
  bodyDensityKgM3: 2500,
} as const;

/** Mass of a sphere of `radiusM` at the assumed density, kg. */
export function sphereMassKg(radiusM: number, densityKgM3 = STATION_KEEPING_ASSUMPTIONS.bodyDensityKgM3): number {
  return (4 / 3) * Math.PI * radiusM ** 3 * densityKgM3;
}
