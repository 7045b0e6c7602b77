/**
 * The distance plot's data: the probe's distance from the Earth and from the phase's target over the whole
 * mission, sampled once per mission from the tracks. Pure; the plot turns it into SVG paths.
 *
 * A uniform grid alone would step over the encounters (the Earth flyby lasts hours, the grid step is days), so
 * every event and phase boundary also gets samples at geometrically growing offsets: on a log axis an approach
 * then reads as a smooth curve down to its true minimum (the flyby event is the periapsis instant itself).
 */
import type { BodyId } from '../core/bodies.ts';
import type { AnyBodyId } from '../core/body-registry.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { MissionEventSummary, MissionPhase } from '../core/mission/mission-result.ts';

/** An unbroken stretch of one curve: distance from `fromId` at increasing times. */
export interface DistanceRun<Id extends AnyBodyId = BodyId> {
  fromId: Id;
  tdbSec: Float64Array;
  km: Float64Array;
}

export interface DistanceSeries {
  /** Probe–Earth distance, split only where the probe's path has a gap. */
  earth: DistanceRun[];
  /** Probe–target distance, one run per phase (the target changes at phase boundaries). */
  target: DistanceRun[];
  /** Time span the probe's path covers. */
  startTdbSec: number;
  endTdbSec: number;
  /** Smallest and largest distance over both curves. */
  minKm: number;
  maxKm: number;
}

export interface DistanceSeriesOptions {
  /** Uniform samples over the probe's span, before the refinement around events. */
  baseSamples?: number;
  /** Smallest offset around an event; the offsets grow by refineRatio up to maxRefineSec. */
  minRefineSec?: number;
  maxRefineSec?: number;
  refineRatio?: number;
}

const DEFAULTS: Required<DistanceSeriesOptions> = {
  baseSamples: 1500, minRefineSec: 60, maxRefineSec: 8 * 86_400, refineRatio: Math.SQRT2,
};

export interface DistanceSeriesInput {
  phases: readonly MissionPhase[];
  events: readonly MissionEventSummary[];
}

/**
 * Samples both curves from the ephemeris (the Earth curve needs the Earth's track, each phase its target's).
 * Returns empty curves when the probe has no track.
 */
export function buildDistanceSeries(
  mission: DistanceSeriesInput, ephemeris: Ephemeris, options: DistanceSeriesOptions = {},
): DistanceSeries {
  const settings = { ...DEFAULTS, ...options };
  const coverage = ephemeris.coverage('probe');
  if (!coverage) return { earth: [], target: [], startTdbSec: NaN, endTdbSec: NaN, minKm: NaN, maxKm: NaN };

  const { startTdbSec, endTdbSec } = coverage;
  const anchors = [...mission.events.map((e) => e.tdbSec), ...mission.phases.flatMap((p) => [p.startTdbSec, p.endTdbSec])];
  const times = sampleTimes(startTdbSec, endTdbSec, anchors, settings);
  const earth = ephemeris.has('earth') ? distanceRuns(ephemeris, 'earth', times) : [];
  const target = mission.phases.flatMap((phase) => {
    if (!ephemeris.has(phase.targetId)) return [];
    const from = Math.max(phase.startTdbSec, startTdbSec);
    const to = Math.min(phase.endTdbSec, endTdbSec);
    if (!(to > from)) return [];
    return distanceRuns(ephemeris, phase.targetId, withEnds(times, from, to));
  });

  let minKm = Infinity;
  let maxKm = -Infinity;
  for (const run of [...earth, ...target]) {
    for (const km of run.km) {
      minKm = Math.min(minKm, km);
      maxKm = Math.max(maxKm, km);
    }
  }
  if (minKm > maxKm) minKm = maxKm = NaN;
  return { earth, target, startTdbSec, endTdbSec, minKm, maxKm };
}

/** Sorted, distinct times in [start, end]: a uniform grid plus ± geometric offsets around each anchor. */
export function sampleTimes(
  startTdbSec: number, endTdbSec: number, anchorsTdbSec: readonly number[], options: DistanceSeriesOptions = {},
): Float64Array {
  const { baseSamples, minRefineSec, maxRefineSec, refineRatio } = { ...DEFAULTS, ...options };
  if (!(refineRatio > 1)) throw new RangeError(`distance series: refineRatio must exceed 1, got ${refineRatio}`);
  const times: number[] = [];
  const count = Math.max(2, Math.floor(baseSamples));
  for (let i = 0; i < count; i++) times.push(startTdbSec + ((endTdbSec - startTdbSec) * i) / (count - 1));
  for (const anchor of anchorsTdbSec) {
    times.push(anchor);
    for (let offset = minRefineSec; offset <= maxRefineSec; offset *= refineRatio) times.push(anchor - offset, anchor + offset);
  }
  const inside = times.filter((t) => t >= startTdbSec && t <= endTdbSec).sort((a, b) => a - b);
  return Float64Array.from(inside.filter((t, i) => i === 0 || t !== inside[i - 1]));
}

/** The times inside [from, to], with both ends added. */
function withEnds(times: Float64Array, from: number, to: number): Float64Array {
  const inside = times.filter((t) => t > from && t < to);
  const out = new Float64Array(inside.length + 2);
  out[0] = from;
  out.set(inside, 1);
  out[out.length - 1] = to;
  return out;
}

/** Probe distances at each time where both bodies have a state; a time where either has none starts a new run. */
function distanceRuns<Id extends AnyBodyId>(ephemeris: Ephemeris, fromId: Id, times: Float64Array): DistanceRun<Id>[] {
  const runs: DistanceRun<Id>[] = [];
  let runTimes: number[] = [];
  let runKm: number[] = [];
  const closeRun = (): void => {
    if (runTimes.length > 1) runs.push({ fromId, tdbSec: Float64Array.from(runTimes), km: Float64Array.from(runKm) });
    runTimes = [];
    runKm = [];
  };
  for (const t of times) {
    const km = ephemeris.distanceKm('probe', fromId, t);
    if (Number.isFinite(km)) {
      runTimes.push(t);
      runKm.push(km);
    } else {
      closeRun();
    }
  }
  closeRun();
  return runs;
}

/**
 * Distance at `tdbSec` on a curve, interpolated linearly in log distance between samples (as the plot draws it);
 * NaN outside every run. The run it came from is returned too, for its `fromId`.
 */
export function distanceAt<Id extends AnyBodyId>(runs: readonly DistanceRun<Id>[], tdbSec: number): { km: number; run: DistanceRun<Id> | null } {
  // Later runs win at a shared boundary, like the phases: at the instant of arrival the new target counts.
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r] as DistanceRun<Id>;
    const n = run.tdbSec.length;
    if (n === 0 || tdbSec < (run.tdbSec[0] as number) || tdbSec > (run.tdbSec[n - 1] as number)) continue;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((run.tdbSec[mid] as number) <= tdbSec) lo = mid;
      else hi = mid;
    }
    const t0 = run.tdbSec[lo] as number;
    const t1 = run.tdbSec[hi] as number;
    const k0 = run.km[lo] as number;
    const k1 = run.km[hi] as number;
    if (t1 === t0) return { km: k0, run };
    const f = (tdbSec - t0) / (t1 - t0);
    return { km: Math.exp(Math.log(k0) + f * (Math.log(k1) - Math.log(k0))), run };
  }
  return { km: NaN, run: null };
}

/** The smallest sampled distance on a curve between two times, with its time; null when none is sampled there. */
export function closestApproach(
  runs: readonly DistanceRun<AnyBodyId>[], fromTdbSec = -Infinity, toTdbSec = Infinity,
): { km: number; tdbSec: number } | null {
  let best: { km: number; tdbSec: number } | null = null;
  for (const run of runs) {
    for (let i = 0; i < run.tdbSec.length; i++) {
      const t = run.tdbSec[i] as number;
      const km = run.km[i] as number;
      if (t >= fromTdbSec && t <= toTdbSec && (!best || km < best.km)) best = { km, tdbSec: t };
    }
  }
  return best;
}

/** The probe's distance from one imported track, over the time both have states. */
export interface ImportedDistanceCurve {
  id: ImportedBodyId;
  runs: DistanceRun<ImportedBodyId>[];
  minKm: number;
  maxKm: number;
}

/**
 * Samples on the overlap of one imported track's span and the probe's: a file covers days where the mission covers
 * years, so it gets its own grid (plus its segments' ends, where a gap would otherwise be stepped over).
 */
const IMPORTED_SAMPLES = 400;

/** The probe's distance from each imported track, where both have states; a track outside the probe's span gets none. */
export function importedDistanceCurves(ephemeris: Ephemeris, samples = IMPORTED_SAMPLES): ImportedDistanceCurve[] {
  const probe = ephemeris.coverage('probe');
  if (!probe) return [];
  return ephemeris.imported().flatMap((id) => {
    const span = ephemeris.coverage(id);
    if (!span) return [];
    const from = Math.max(span.startTdbSec, probe.startTdbSec);
    const to = Math.min(span.endTdbSec, probe.endTdbSec);
    if (!(to > from)) return [];
    const ends = (ephemeris.track(id)?.segments ?? []).flatMap((segment) => {
      const n = segment.tdbSec.length;
      return n > 0 ? [segment.tdbSec[0] as number, segment.tdbSec[n - 1] as number] : [];
    });
    const runs = distanceRuns(ephemeris, id, sampleTimes(from, to, ends, { baseSamples: samples, minRefineSec: 1, maxRefineSec: 1, refineRatio: 2 }));
    let minKm = Infinity, maxKm = -Infinity;
    for (const run of runs) for (const km of run.km) { minKm = Math.min(minKm, km); maxKm = Math.max(maxKm, km); }
    return runs.length > 0 ? [{ id, runs, minKm, maxKm }] : [];
  });
}
