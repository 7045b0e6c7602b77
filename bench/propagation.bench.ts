/**
 * Propagation benchmark: `npm run bench`. Each section runs once cold (as a worker does: its time is printed too),
 * then RUNS times warm; the median is printed with what the work was (steps, right-hand-side evaluations,
 * astronomy-engine calls, samples). Sections run in order, so only the first one's cold time is really cold.
 * Add a section by appending to `sections`.
 *
 * Elements (ephemeris/bodies/*.json): Kamoʻoalewa set C (JPL Horizons, epoch 2026-02-11),
 * propagated both ways; 311P set G (S. Nakano NK 2770, epoch 2017-07-26), propagated forward.
 */
import { DAY_S } from '../src/core/constants.ts';
import { bundledMissionFiles } from '../src/core/mission-data/bundled.ts';
import { loadMissionData } from '../src/core/mission-data/load-mission-data.ts';
import { newestInitialStateEqj } from '../src/core/mission-ephemerides.ts';
import { handleWorkerRequest, type Post } from '../src/worker/handle-request.ts';
import { HeliocentricForceModel } from '../src/core/nbody/force-model.ts';
import { propagateSmallBodies, propagateSmallBodyWithStats } from '../src/core/nbody/propagate-small-body.ts';
import { tdbSecFromIsoUtc } from '../src/core/time.ts';

const RUNS = 7;

interface BenchSection {
  name: string;
  /** Does the work once; returns a one-line description of it. */
  run: () => string;
}

const missionData = loadMissionData(bundledMissionFiles());
const kamoSetC = newestInitialStateEqj(missionData.bodies.kamooalewa);
const comet311PSetG = newestInitialStateEqj(missionData.bodies['311p']);
const START = tdbSecFromIsoUtc('2025-01-01T00:00:00Z');
const END = tdbSecFromIsoUtc('2037-01-01T00:00:00Z');
const BODIES = [['Kamoʻoalewa', kamoSetC], ['311P', comet311PSetG]] as const;

const sections: BenchSection[] = [
  {
    name: 'FULL MISSION, the worker\'s code path (validate, N-body, design realisation, sampling, planets)',
    run: () => {
      let detail = '';
      let transferredBytes = 0;
      const post: Post = (message, transfer) => {
        if (message.type === 'error') throw new Error(message.message);
        transferredBytes += transfer.reduce((sum, buffer) => sum + buffer.byteLength, 0);
        if (message.type === 'result') {
          const samples = message.result.tracks.reduce((n, t) => n + t.segments.reduce((m, s) => m + s.tdbSec.length, 0), 0);
          detail = `${(transferredBytes / 1e6).toFixed(2)} MB transferred to the main thread (planets + `
            + `${message.result.tracks.length} tracks, ${samples} samples besides the planets)`;
        }
      };
      handleWorkerRequest({ type: 'planets', requestId: 1 }, bundledMissionFiles(), post);
      handleWorkerRequest({ type: 'mission', requestId: 1 }, bundledMissionFiles(), post);
      return detail;
    },
  },
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
