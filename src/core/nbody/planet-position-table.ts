/**
 * Planet positions tabulated on a uniform time grid and read back by 8-point Lagrange interpolation.
 *
 * Why: one astronomy-engine call costs 1–14 µs (the Earth–Moon barycentre and the Moon are the dearest: they run
 * the lunar theory), while an integrator asks for every planet at every force evaluation. A table costs a few
 * thousand calls per body-decade and each read ~30 flops.
 */
import { DAY_S } from '../constants.ts';
import { helioPosEqjKm, type PlanetName } from '../planets.ts';
import type { Vec3 } from '../vec3.ts';

const POINTS = 8;
const HALF = POINTS / 2;
/**
 * Grid spacing per body, days. Measured largest interpolation error against astronomy-engine over 2022–2025
 * (tests/unit/nbody-force-model.test.ts checks these bounds): Mercury 1.1 km, Venus 0.15 km, EMB 16 km, Earth 2e-4 km,
 * Moon 7e-4 km, Mars 0.33 km, Jupiter–Neptune < 1e-3 km. The EMB needs the finest grid for its size because
 * astronomy-engine's EMB (VSOP87 Earth + lunar theory / 82.3) keeps a few hundred km of monthly residual wobble.
 * Effect on the trajectories (Kamoʻoalewa 2017→2026, 311P 2017→2037) against 4× finer tables: < 0.01 km. Mercury
 * cannot be coarser: its table error enters everyone through the indirect term (4-day spacing moves 311P by 3 km).
 */
export const TABLE_STEP_DAYS: Readonly<Record<PlanetName, number>> = {
  Mercury: 1.5, Venus: 6, Earth: 1, Moon: 0.5, EMB: 4, Mars: 12, Jupiter: 32, Saturn: 32, Uranus: 32, Neptune: 32,
};

/** 1 / prod_{m != j} (j - m) for the node offsets j, m in -3..4 (relative to the interval's left node). */
const DENOMINATORS: readonly number[] = Array.from({ length: POINTS }, (_, j) => {
  let d = 1;
  for (let m = 0; m < POINTS; m++) if (m !== j) d *= j - m;
  return 1 / d;
});

export class PlanetPositionTable {
  readonly body: PlanetName;
  readonly stepSec: number;
  private readonly firstIndex: number;
  private readonly posKm: Float64Array;
  private readonly weights = new Float64Array(POINTS);

  /** Covers [startTdbSec, endTdbSec] (either order); nodes sit at integer multiples of the step from J2000. */
  constructor(body: PlanetName, startTdbSec: number, endTdbSec: number, stepSec = defaultStepSec(body)) {
    this.body = body;
    this.stepSec = stepSec;
    const lo = Math.min(startTdbSec, endTdbSec);
    const hi = Math.max(startTdbSec, endTdbSec);
    this.firstIndex = Math.floor(lo / stepSec) - HALF;
    const lastIndex = Math.floor(hi / stepSec) + HALF + 1;
    const count = lastIndex - this.firstIndex + 1;
    this.posKm = new Float64Array(3 * count);
    const p: Vec3 = [0, 0, 0];
    for (let k = 0; k < count; k++) {
      helioPosEqjKm(body, (this.firstIndex + k) * stepSec, p);
      this.posKm[3 * k] = p[0]; this.posKm[3 * k + 1] = p[1]; this.posKm[3 * k + 2] = p[2];
    }
  }

  get nodeCount(): number {
    return this.posKm.length / 3;
  }

  positionAt(tdbSec: number, out: Vec3 = [0, 0, 0]): Vec3 {
    const u = tdbSec / this.stepSec;
    const left = Math.floor(u);
    const s = u - left;
    const start = left - (HALF - 1) - this.firstIndex;
    if (start < 0 || start + POINTS > this.nodeCount) {
      throw new RangeError(`${this.body} position table does not cover tdbSec ${tdbSec}`);
    }
    const w = this.weights;
    // Lagrange weights for nodes at offsets j - 3 (j = 0..7) from `left`: w_j = prod_{m!=j}(s - (m-3)) / denom_j.
    let prefix = 1;
    for (let j = 0; j < POINTS; j++) {
      w[j] = prefix;
      prefix *= s - (j - (HALF - 1));
    }
    let suffix = 1;
    for (let j = POINTS - 1; j >= 0; j--) {
      w[j] = w[j]! * suffix * DENOMINATORS[j]!;
      suffix *= s - (j - (HALF - 1));
    }
    let x = 0, y = 0, z = 0;
    const table = this.posKm;
    for (let j = 0; j < POINTS; j++) {
      const i = 3 * (start + j);
      const wj = w[j]!;
      x += wj * table[i]!; y += wj * table[i + 1]!; z += wj * table[i + 2]!;
    }
    out[0] = x; out[1] = y; out[2] = z;
    return out;
  }
}

export function defaultStepSec(body: PlanetName): number {
  return TABLE_STEP_DAYS[body] * DAY_S;
}
