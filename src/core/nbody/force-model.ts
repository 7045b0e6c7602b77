/**
 * Heliocentric equations of motion of massless small bodies in EQJ, km and km/s:
 *   a = -GM☉ r/|r|³ + Σ_p GM_p [ (r_p - r)/|r_p - r|³ - r_p/|r_p|³ ]  (+ optional 1PN solar term)
 * The second term in the bracket is the indirect term: the Sun itself is pulled by the planets, and the origin
 * moves with it.
 */
import { DAY_S, MU_SUN_KM3_S2, SPEED_OF_LIGHT_KM_S } from '../constants.ts';
import { planetGmKm3S2, type PlanetName } from '../planets.ts';
import { PlanetPositionTable } from './planet-position-table.ts';

/**
 * The default perturbers. The Earth and Moon enter as one point mass at their barycentre: at Kamoʻoalewa's
 * ≥ 0.1 au from Earth, splitting them moves it by 1.5 km over 2017–2026 (measured), for 6× the table cost.
 * Leaving the Moon out altogether would move it by 3.8e4 km.
 */
export const DEFAULT_PERTURBERS: readonly PlanetName[] = [
  'Mercury', 'Venus', 'EMB', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune',
];

export interface ForceModelOptions {
  perturbers?: readonly PlanetName[];
  /**
   * Add the Sun's first post-Newtonian (Schwarzschild, PPN β = γ = 1) acceleration; default true, as in JPL's
   * small-body integrations. It moves Kamoʻoalewa by ~210 km (1.4e-6 au) over 2017–2026.
   */
  relativity?: boolean;
  /** Override of the planet table spacing, days (for measurements). */
  tableStepDays?: Partial<Record<PlanetName, number>>;
}

/** State layout: 6 numbers per body, [x, y, z, vx, vy, vz], km and km/s. */
export type Derivative = (tdbSec: number, state: Float64Array, dStateDt: Float64Array) => void;

export class HeliocentricForceModel {
  readonly perturbers: readonly PlanetName[];
  readonly relativity: boolean;
  private readonly tables: PlanetPositionTable[];
  private readonly gmKm3S2: Float64Array;
  /** Planet positions and their indirect accelerations at `cachedTdbSec`: predictor and corrector share them. */
  private readonly planetPosKm: Float64Array;
  private readonly indirectKmS2 = new Float64Array(3);
  private cachedTdbSec = Number.NaN;
  private readonly scratch: [number, number, number] = [0, 0, 0];
  /** Number of right-hand-side evaluations (one per body per call). */
  evaluations = 0;

  /** The model can be evaluated over [startTdbSec, endTdbSec] (either order). */
  constructor(startTdbSec: number, endTdbSec: number, options: ForceModelOptions = {}) {
    this.perturbers = options.perturbers ?? DEFAULT_PERTURBERS;
    this.relativity = options.relativity ?? true;
    this.tables = this.perturbers.map((body) => {
      const stepDays = options.tableStepDays?.[body];
      return new PlanetPositionTable(body, startTdbSec, endTdbSec, stepDays === undefined ? undefined : stepDays * DAY_S);
    });
    this.gmKm3S2 = Float64Array.from(this.perturbers, planetGmKm3S2);
    this.planetPosKm = new Float64Array(3 * this.perturbers.length);
  }

  /** astronomy-engine calls spent building the position tables. */
  get planetCalls(): number {
    return this.tables.reduce((sum, table) => sum + table.nodeCount, 0);
  }

  readonly derivative: Derivative = (tdbSec, state, dStateDt) => {
    if (tdbSec !== this.cachedTdbSec) this.updatePlanets(tdbSec);
    const bodies = state.length / 6;
    this.evaluations += bodies;
    const planetCount = this.perturbers.length;
    const pp = this.planetPosKm;
    const gm = this.gmKm3S2;
    for (let b = 0; b < bodies; b++) {
      const o = 6 * b;
      const x = state[o]!, y = state[o + 1]!, z = state[o + 2]!;
      const vx = state[o + 3]!, vy = state[o + 4]!, vz = state[o + 5]!;
      const r2 = x * x + y * y + z * z;
      const r = Math.sqrt(r2);
      const k = -MU_SUN_KM3_S2 / (r2 * r);
      let ax = k * x - this.indirectKmS2[0]!;
      let ay = k * y - this.indirectKmS2[1]!;
      let az = k * z - this.indirectKmS2[2]!;
      for (let p = 0; p < planetCount; p++) {
        const dx = pp[3 * p]! - x, dy = pp[3 * p + 1]! - y, dz = pp[3 * p + 2]! - z;
        const d2 = dx * dx + dy * dy + dz * dz;
        const g = gm[p]! / (d2 * Math.sqrt(d2));
        ax += g * dx; ay += g * dy; az += g * dz;
      }
      if (this.relativity) {
        // a = GM/(c² r³) [ (4 GM/r − v²) r + 4 (r·v) v ]  (Schwarzschild term, IERS Conventions 2010 eq. 10.12, β = γ = 1)
        const v2 = vx * vx + vy * vy + vz * vz;
        const rv = x * vx + y * vy + z * vz;
        const f = MU_SUN_KM3_S2 / (SPEED_OF_LIGHT_KM_S ** 2 * r2 * r);
        const radial = f * ((4 * MU_SUN_KM3_S2) / r - v2);
        const along = f * 4 * rv;
        ax += radial * x + along * vx; ay += radial * y + along * vy; az += radial * z + along * vz;
      }
      dStateDt[o] = vx; dStateDt[o + 1] = vy; dStateDt[o + 2] = vz;
      dStateDt[o + 3] = ax; dStateDt[o + 4] = ay; dStateDt[o + 5] = az;
    }
  };

  private updatePlanets(tdbSec: number): void {
    const p = this.scratch;
    let ix = 0, iy = 0, iz = 0;
    for (let i = 0; i < this.tables.length; i++) {
      this.tables[i]!.positionAt(tdbSec, p);
      this.planetPosKm[3 * i] = p[0]; this.planetPosKm[3 * i + 1] = p[1]; this.planetPosKm[3 * i + 2] = p[2];
      const r2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
      const g = this.gmKm3S2[i]! / (r2 * Math.sqrt(r2));
      ix += g * p[0]; iy += g * p[1]; iz += g * p[2];
    }
    this.indirectKmS2[0] = ix; this.indirectKmS2[1] = iy; this.indirectKmS2[2] = iz;
    this.cachedTdbSec = tdbSec;
  }
}
