import { beforeAll, describe, expect, it } from 'vitest';
import { AU_KM, DAY_S } from '../../src/core/constants.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { propagateMission } from '../../src/core/mission/propagate-mission.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { trackStateAt } from '../../src/core/track-interpolation.ts';
import type { Track } from '../../src/core/track.ts';
import { distance, type Vec3 } from '../../src/core/vec3.ts';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import {
  buildDistanceSeries, closestApproach, distanceAt, sampleTimes, type DistanceSeries,
} from '../../src/state/distance-series.ts';
import {
  createPlotScale, curvePath, distanceAxisRange, logDistanceTicks, yearTicks,
} from '../../src/ui/distance-plot-axes.ts';
import type { PropagationResult } from '../../src/worker/protocol.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

let mission: PropagationResult;
let series: DistanceSeries;

const track = (id: string): Track => {
  const found = mission.tracks.find((t) => t.id === id);
  if (!found) throw new Error(`no track ${id}`);
  return found;
};
const eventTime = (id: string): number => {
  const found = mission.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found.tdbSec;
};

beforeAll(() => {
  mission = propagateMission(bundledMissionFiles()).result;
  series = buildDistanceSeries(mission, new Ephemeris(mission.tracks, [], mission.stay));
});

describe('the distance series built from the mission tracks', () => {
  it('stays ~20 km from Kamoʻoalewa during the stay, but for the sampling descents to its surface', () => {
    // Arrival ~2026-06-07 and approach "down to ~20 km" (Planetary Society, 2026; CNSA image from ~20 km, 2026-07-02):
    // From the science phase to departure the probe keeps that range, except while it comes down to sample
    // (ephemeris/proximity-operations.json: touch-and-go and anchor-and-attach, illustrative dates).
    const from = eventTime('science-phase');
    const to = eventTime('kamooalewa-departure');
    const events = mission.stay.plan.samplingEvents.map((e) => [e.startTdbSec, e.startTdbSec + e.descentSec + e.contactSec + e.ascentSec] as const);
    const sampling = (t: number) => events.some(([a, b]) => t >= a && t <= b);
    let inStay = 0, lowestInEventKm = Infinity;
    for (const run of series.target.filter((r) => r.fromId === 'kamooalewa')) {
      for (let i = 0; i < run.tdbSec.length; i++) {
        const t = run.tdbSec[i] as number;
        if (t < from || t >= to) continue;
        inStay++;
        expect(run.km[i]).toBeLessThan(50);
        if (sampling(t)) lowestInEventKm = Math.min(lowestInEventKm, run.km[i] as number);
        else expect(run.km[i]).toBeGreaterThan(5);
      }
    }
    expect(inStay).toBeGreaterThan(50);
    // The plot's samples catch the descents: down to within 100 m of the rock's centre.
    expect(lowestInEventKm).toBeLessThan(0.1);
    expect(distanceAt(series.target, tdbSecFromIsoUtc('2026-10-01T00:00:00Z')).run?.fromId).toBe('kamooalewa');
  });

  it('passes the Earth closer than 100,000 km at the flyby, and the sampled minimum is the true one', () => {
    // Earth gravity assist with capsule release, "November 2027" (gaya.one, 2025): a close flyby.
    const flyby = eventTime('earth-flyby');
    const closest = closestApproach(series.earth, flyby - 5 * DAY_S, flyby + 5 * DAY_S);
    expect(closest).not.toBeNull();
    expect(closest!.km).toBeLessThan(100_000);
    expect(closest!.km).toBeGreaterThan(6_378); // above the Earth's surface
    // A dense brute-force scan of the tracks finds nothing closer than the plotted minimum (to 1 km).
    const earth = mission.tracks.find((t) => t.id === 'earth')!;
    const p: Vec3 = [0, 0, 0], e: Vec3 = [0, 0, 0];
    let bruteMin = Infinity;
    for (let t = flyby - 2 * DAY_S; t <= flyby + 2 * DAY_S; t += 10) {
      if (trackStateAt(track('probe'), t, p) && trackStateAt(earth, t, e)) bruteMin = Math.min(bruteMin, distance(p, e));
    }
    expect(closest!.km).toBeLessThan(bruteMin + 1);
    // Days before the flyby the probe is still far: the curve really dips there.
    expect(distanceAt(series.earth, flyby - 5 * DAY_S).km).toBeGreaterThan(1e6);
    // …and the dip is drawn, not cut: within two days of periapsis the plotted curve follows the true distance to
    // 0.01 decade (0.1 px on the 8-decade, ~100 px tall axis).
    const random = seededRandom(3);
    for (let k = 0; k < 200; k++) {
      const t = flyby + (random() * 2 - 1) * 2 * DAY_S;
      trackStateAt(track('probe'), t, p);
      trackStateAt(earth, t, e);
      expect(Math.abs(Math.log10(distanceAt(series.earth, t).km / distance(p, e)))).toBeLessThan(0.01);
    }
  });

  it('follows the phase target: one run per phase, from the phase start to its end', () => {
    expect(series.target.map((r) => r.fromId)).toEqual(mission.phases.map((p) => p.targetId));
    series.target.forEach((run, i) => {
      const phase = mission.phases[i]!;
      expect(run.tdbSec[0]).toBeCloseTo(Math.max(phase.startTdbSec, series.startTdbSec), 3);
      expect(run.tdbSec[run.tdbSec.length - 1]).toBe(phase.endTdbSec);
    });
    // During the return the target is the Earth: both curves agree.
    const t = (mission.phases[2]!.startTdbSec + mission.phases[2]!.endTdbSec) / 2;
    expect(distanceAt(series.target, t).km).toBeCloseTo(distanceAt(series.earth, t).km, -1);
  });

  it('matches the tracks at random times within the interpolation tolerance', () => {
    const random = seededRandom(7);
    const earth = mission.tracks.find((t) => t.id === 'earth')!;
    const p: Vec3 = [0, 0, 0], e: Vec3 = [0, 0, 0];
    for (let k = 0; k < 200; k++) {
      const t = series.startTdbSec + random() * (series.endTdbSec - series.startTdbSec);
      trackStateAt(track('probe'), t, p);
      trackStateAt(earth, t, e);
      const exact = distance(p, e);
      // Samples are at most ~2.7 days apart, where the distance changes by a few per cent at most.
      expect(Math.abs(distanceAt(series.earth, t).km / exact - 1)).toBeLessThan(0.03);
    }
  });

  it('spans the whole probe path, from Kamoʻoalewa\'s surface (sampling) to au at 311P', () => {
    // The closest: the probe's centre a few metres above the 35 m rock while it samples.
    expect(series.minKm).toBeGreaterThan(0.035);
    expect(series.minKm).toBeLessThan(0.1);
    expect(series.maxKm).toBeGreaterThan(1 * AU_KM);
    expect(series.maxKm).toBeLessThan(10 * AU_KM);
    const total = [...series.earth, ...series.target].reduce((n, r) => n + r.tdbSec.length, 0);
    expect(total).toBeGreaterThan(2 * 1500);
    expect(total).toBeLessThan(2 * 2500);
  });

  it('without the Earth track leaves the Earth curve and the Earth phase out, and without the probe is empty', () => {
    const partial = buildDistanceSeries(mission, new Ephemeris(mission.tracks.filter((t) => t.id !== 'earth')));
    expect(partial.earth).toEqual([]);
    expect(partial.target.map((r) => r.fromId)).toEqual(['kamooalewa', 'kamooalewa', '311p', '311p']);
    const withPlanets = buildDistanceSeries(mission, new Ephemeris(mission.tracks, [], mission.stay));
    expect(withPlanets.earth.length).toBeGreaterThan(0);
    const empty = buildDistanceSeries(mission, new Ephemeris([]));
    expect(empty.earth).toEqual([]);
    expect(empty.target).toEqual([]);
  });
});

describe('sample times', () => {
  it('are sorted, distinct, inside the span and dense around anchors', () => {
    const anchor = 500 * DAY_S;
    const times = sampleTimes(0, 1000 * DAY_S, [anchor, -5, 2000 * DAY_S], { baseSamples: 101 });
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    expect(times[0]).toBe(0);
    expect(times[times.length - 1]).toBe(1000 * DAY_S);
    // 0, ±1, 1.4, 2, 2.8 … 45 min, growing by √2
    expect(times.filter((t) => Math.abs(t - anchor) <= 3600).length).toBe(1 + 2 * 12);
    expect(times.filter((t) => Math.abs(t - 100 * DAY_S) < 3 * DAY_S).length).toBe(1); // far from anchors: grid only
  });
});

describe('the log distance axis', () => {
  it('gives the even decades from 100 km to 1 au for 20 km … 4 au on a short axis', () => {
    const [lo, hi] = distanceAxisRange(20, 4 * AU_KM);
    expect([lo, hi]).toEqual([10, 1e9]);
    expect(logDistanceTicks(lo, hi, 5).map((t) => t.label)).toEqual(['100 km', '10⁴ km', '10⁶ km', '1 au']);
  });

  it('uses every decade when there is room, km up to 10⁷ km and then au', () => {
    const labels = logDistanceTicks(1, 20 * AU_KM, 12).map((t) => t.label);
    expect(labels).toEqual(['1 km', '10 km', '100 km', '1000 km', '10⁴ km', '10⁵ km', '10⁶ km', '10⁷ km', '1 au', '10 au']);
  });

  it('keeps ticks increasing, inside the range and within the count (property)', () => {
    const random = seededRandom(11);
    for (let k = 0; k < 300; k++) {
      const lo = 10 ** (random() * 6);
      const hi = lo * 10 ** (1 + random() * 9);
      const maxTicks = 2 + Math.floor(random() * 8);
      const ticks = logDistanceTicks(lo, hi, maxTicks);
      expect(ticks.length).toBeLessThanOrEqual(maxTicks);
      for (let i = 0; i < ticks.length; i++) {
        expect(ticks[i]!.km).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
        expect(ticks[i]!.km).toBeLessThanOrEqual(hi * (1 + 1e-9));
        if (i > 0) expect(ticks[i]!.km / ticks[i - 1]!.km).toBeGreaterThan(5); // never two ticks within a decade's half
      }
    }
  });

  it('maps the range ends to the plot edges and back', () => {
    const scale = createPlotScale({ left: 40, right: 310, top: 6, bottom: 100 }, 0, 100, 10, 1e9);
    expect(scale.y(10)).toBeCloseTo(100, 9);
    expect(scale.y(1e9)).toBeCloseTo(6, 9);
    expect(scale.y(1e5)).toBeCloseTo(100 - 94 / 2, 9);
    expect(scale.x(50)).toBeCloseTo(175, 9);
    expect(scale.timeAtX(175)).toBeCloseTo(50, 9);
    expect(scale.timeAtX(0)).toBe(0);
    expect(scale.timeAtX(999)).toBe(100);
  });
});

describe('year ticks and paths', () => {
  it('ticks every 1 January in the span and labels every other year when crowded', () => {
    const start = tdbSecFromIsoUtc('2025-04-30T00:00:00Z');
    const stop = tdbSecFromIsoUtc('2036-05-30T00:00:00Z');
    const ticks = yearTicks(start, stop, 266, 34);
    expect(ticks.map((t) => t.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    expect(ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([2026, 2028, 2030, 2032, 2034, 2036]);
    expect(yearTicks(start, stop, 800, 34).every((t) => t.labelled)).toBe(true);
  });

  it('draws each run as its own subpath inside the plot', () => {
    const scale = createPlotScale({ left: 40, right: 310, top: 6, bottom: 100 }, series.startTdbSec, series.endTdbSec,
      ...distanceAxisRange(series.minKm, series.maxKm));
    const path = curvePath(series.target, scale);
    expect(path.match(/M/g)?.length).toBe(series.target.length);
    for (const [, x, y] of path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(40 - 0.05);
      expect(Number(x)).toBeLessThanOrEqual(310 + 0.05);
      expect(Number(y)).toBeGreaterThanOrEqual(6 - 0.05);
      expect(Number(y)).toBeLessThanOrEqual(100 + 0.05);
    }
  });
});
