/**
 * Propagation benchmark: `npm run bench`. Each section runs once cold (as a worker does: its time is printed too),
 * then RUNS times warm; the median is printed with what the work was (steps, right-hand-side evaluations,
 * astronomy-engine calls, samples). Sections run in order, so only the first one's cold time is really cold.
 * Add a section by appending to `sections`.
 *
 * Elements (/work/shared/reference/mission-facts.md): Kamoʻoalewa set C (JPL Horizons, epoch 2026-02-11),
 * propagated both ways; 311P set G (S. Nakano NK 2770, epoch 2017-07-26), propagated forward.
 */
import { AU_KM, DAY_S, DEG, MU_SUN_KM3_S2 } from '../src/core/constants.ts';
import { eclToEqj } from '../src/core/frames.ts';
import { elementsToState } from '../src/core/kepler.ts';
import { integrateAdams } from '../src/core/nbody/adams-integrator.ts';
import { HeliocentricForceModel } from '../src/core/nbody/force-model.ts';
import { propagateSmallBodies, propagateSmallBodyWithStats } from '../src/core/nbody/propagate-small-body.ts';
import type { TimedState } from '../src/core/state-vector.ts';
import { tdbSecFromIsoUtc, tdbSecFromJdTdb } from '../src/core/time.ts';

const RUNS = 7;

interface BenchSection {
  name: string;
  /** Does the work once; returns a one-line description of it. */
  run: () => string;
}

function eclipticElementsToEqj(
  jdTdb: number, aAu: number, e: number, iDeg: number, nodeDeg: number, periDeg: number, meanAnomalyDeg: number,
): TimedState {
  const tdbSec = tdbSecFromJdTdb(jdTdb);
  const ecl = elementsToState({
    semiMajorAxisKm: aAu * AU_KM, eccentricity: e, inclinationRad: iDeg * DEG, raanRad: nodeDeg * DEG,
    argPeriapsisRad: periDeg * DEG, meanAnomalyRad: meanAnomalyDeg * DEG, epochTdbSec: tdbSec,
  }, MU_SUN_KM3_S2);
  return { tdbSec, posKm: eclToEqj(ecl.posKm), velKmS: eclToEqj(ecl.velKmS) };
}

const kamoSetC = eclipticElementsToEqj(
  2461082.5, 1.000695066067779, 0.1023574406895593, 7.801014560776962, 65.62942426549203, 304.4176116492613, 127.1078806320839,
);
const comet311PSetG = eclipticElementsToEqj(
  2457960.5, 2.1886932, 0.1156469, 4.96661, 279.25823, 143.98595, 0.30438745 * (2457960.5 - 2457945.14354),
);
const START = tdbSecFromIsoUtc('2025-01-01T00:00:00Z');
const END = tdbSecFromIsoUtc('2037-01-01T00:00:00Z');
const BODIES = [['Kamoʻoalewa', kamoSetC], ['311P', comet311PSetG]] as const;

const sections: BenchSection[] = [
  {
    name: 'small bodies, shared planet tables (propagateSmallBodies: the worker path)',
    run: () => {
      const results = propagateSmallBodies(BODIES.map(([, s]) => s), START, END);
      return results.map(({ stats }, i) =>
        `${BODIES[i]![0]}: step ${stats.stepSec / DAY_S} d, ${stats.steps} steps, ${stats.evaluations} evals, ${stats.samples} samples`,
      ).join('; ');
    },
  },
  {
    name: 'small bodies, each with its own planet tables',
    run: () => BODIES.map(([name, s]) => {
      const { stats } = propagateSmallBodyWithStats(s, START, END);
      return `${name}: ${stats.steps} steps, ${stats.evaluations} evals`;
    }).join('; '),
  },
  {
    name: 'planet tables alone, 2017-07 … 2037 (8 perturbers)',
    run: () => {
      const model = new HeliocentricForceModel(comet311PSetG.tdbSec - 4 * DAY_S, END + 4 * DAY_S);
      return `${model.planetCalls} astronomy-engine calls`;
    },
  },
  {
    name: 'joint system: 311P alone 2017→2026-02-11, then both bodies in one 12-dim Adams run at 1 d',
    run: () => {
      const epoch = kamoSetC.tdbSec;
      const model = new HeliocentricForceModel(comet311PSetG.tdbSec - 4 * DAY_S, END + 4 * DAY_S);
      const comet = propagateSmallBodyWithStats(comet311PSetG, epoch, epoch + DAY_S, { forceModel: model });
      const y0 = Float64Array.from([
        ...kamoSetC.posKm, ...kamoSetC.velKmS, ...comet.segment.posKm.subarray(0, 3), ...comet.segment.velKmS.subarray(0, 3),
      ]);
      if (comet.segment.tdbSec[0] !== epoch) throw new Error('311P grid does not meet the Kamoʻoalewa epoch');
      const before = model.evaluations;
      integrateAdams(model.derivative, epoch, y0, DAY_S, Math.ceil((END - epoch) / DAY_S));
      integrateAdams(model.derivative, epoch, y0, -DAY_S, Math.ceil((epoch - START) / DAY_S));
      return `${comet.stats.evaluations} + ${model.evaluations - before} body-evals`;
    },
  },
];

function timed(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : 0.5 * (sorted[mid - 1]! + sorted[mid]!);
}

console.log(`propagation benchmark: ${new Date(START * 1000 + Date.UTC(2000, 0, 1, 12)).toISOString().slice(0, 10)} … 2037-01-01, `
  + `median of ${RUNS} warm runs (node ${process.version})`);
for (const section of sections) {
  const coldMs = timed(() => section.run());
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let detail = '';
  for (let i = 0; i < RUNS; i++) {
    const cpu0 = process.cpuUsage();
    times.push(timed(() => { detail = section.run(); }));
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  console.log(`\n${section.name}\n  median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, `
    + `max ${Math.max(...times).toFixed(1)}; first run ${coldMs.toFixed(1)} ms); `
    + `CPU time median ${median(cpuTimes).toFixed(1)} ms (all threads, less sensitive to a busy machine)\n  ${detail}`);
}
