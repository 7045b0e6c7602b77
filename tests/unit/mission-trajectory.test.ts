/**
 * The event checks of the illustrative trajectory, made on the exported CCSDS OEM as a user would read it
 * (parsed back, interpolated with cubic Hermite), plus the physics of every arc.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MU_EARTH_KM3_S2, MU_SUN_KM3_S2, EARTH_RADIUS_KM, DAY_S } from '../../src/core/constants.ts';
import { parseOem } from '../../src/core/formats/oem-parser.ts';
import { writeOem } from '../../src/core/formats/oem-writer.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { missionOemMessage } from '../../src/core/mission/ephemeris-export.ts';
import { propagateMission, type MissionPropagation } from '../../src/core/mission/propagate-mission.ts';
import type { StateVector } from '../../src/core/state-vector.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import type { Track } from '../../src/core/track.ts';
import { trackStateAt } from '../../src/core/track-interpolation.ts';
import { distance, norm, sub, type Vec3 } from '../../src/core/vec3.ts';
import { earthStateEqj, trackStateFunction } from '../../src/core/mission-ephemerides.ts';
import { realiseTrajectory } from '../../src/core/trajectory/realise.ts';
import { designedEventTdbSec } from '../../src/core/trajectory/designed-event-dates.ts';
import { formatUtc } from '../../src/core/time.ts';

const formatUtcMonth = (tdbSec: number) => formatUtc(tdbSec).slice(0, 7);

let mission: MissionPropagation;
const fromFile = new Map<string, Track>();

beforeAll(() => {
  mission = propagateMission(bundledMissionFiles());
  const parsed = parseOem(writeOem(missionOemMessage(mission, '2026-11-26T00:00:00Z')));
  for (const segment of parsed.segments) {
    const track = fromFile.get(segment.objectId) ?? { id: segment.objectId, segments: [] };
    track.segments.push(segment.samples);
    fromFile.set(segment.objectId, track);
  }
}, 60_000);

function positionAt(objectId: string, tdbSec: number): Vec3 {
  const track = fromFile.get(objectId);
  const pos: Vec3 = [0, 0, 0];
  if (!track || !trackStateAt(track, tdbSec, pos)) throw new Error(`${objectId} has no state at ${tdbSec}`);
  return pos;
}

function maxDistanceKm(a: string, b: string, startTdbSec: number, endTdbSec: number, stepSec: number): number {
  let worst = 0;
  for (let t = startTdbSec; t <= endTdbSec; t += stepSec) worst = Math.max(worst, distance(positionAt(a, t), positionAt(b, t)));
  return worst;
}

const design = () => mission.data.trajectoryDesign.design;

describe('the exported OEM (what GMAT/Orekit users would load)', () => {
  it('holds the seven objects (the Moon, a perturber of the probe, included), with the probe split at every burn', () => {
    expect([...fromFile.keys()].sort()).toEqual(['301', '311P', '399', '469219', '499', 'TIANWEN-2', 'TIANWEN-2-SRC']);
    expect(fromFile.get('TIANWEN-2')!.segments.length).toBe(mission.realised.probeArcs.length);
    expect(mission.realised.burns.length).toBeGreaterThanOrEqual(6);
  });

  it('brings the probe to Kamoʻoalewa ~2,000 km out at the rendezvous (~2026-06-07, planetary.org), and within 100 km from the approach\'s end (2026-07-02, CNSA\'s 20 km image) through departure', () => {
    const { arrivalTdbSec, departureTdbSec } = design().kamooalewa;
    expect(arrivalTdbSec).toBe(tdbSecFromIsoUtc('2026-06-07T00:00:00Z'));
    expect(distance(positionAt('TIANWEN-2', arrivalTdbSec), positionAt('469219', arrivalTdbSec))).toBeCloseTo(2000, -1);
    const approachEnd = mission.data.proximity.approach.at(-1)!.tdbSec;
    expect(approachEnd).toBe(tdbSecFromIsoUtc('2026-07-02T00:00:00Z'));
    expect(maxDistanceKm('TIANWEN-2', '469219', approachEnd, departureTdbSec, 0.25 * DAY_S)).toBeLessThan(100);
  });

  it('passes the Earth between 6,500 and 100,000 km from its centre in late November 2027', () => {
    const flyby = mission.realised.summary.earthFlybyPeriapsisTdbSec;
    expect(flyby).toBeGreaterThan(tdbSecFromIsoUtc('2027-11-15T00:00:00Z'));
    expect(flyby).toBeLessThan(tdbSecFromIsoUtc('2027-12-01T00:00:00Z'));
    let closest = Infinity;
    for (let t = flyby - 2 * DAY_S; t <= flyby + 2 * DAY_S; t += 5) {
      closest = Math.min(closest, distance(positionAt('TIANWEN-2', t), positionAt('399', t)));
    }
    expect(closest).toBeGreaterThan(6_500);
    expect(closest).toBeLessThan(100_000);
  });

  it('passes the one reported position fix: ~43 million km from the Earth and ~45 from Kamoʻoalewa on 2025-10-01', () => {
    // xyk126.net (2025-10) and air-cosmos.com: the "cosmic snapshot" of day 125.
    const fix = mission.data.trajectoryDesign.cosmicSnapshot;
    expect(fix.tdbSec).toBe(tdbSecFromIsoUtc('2025-10-01T00:00:00Z'));
    const fromEarth = distance(positionAt('TIANWEN-2', fix.tdbSec), positionAt('399', fix.tdbSec));
    const fromKamo = distance(positionAt('TIANWEN-2', fix.tdbSec), positionAt('469219', fix.tdbSec));
    expect(Math.abs(fromEarth - 43e6)).toBeLessThan(3e6);
    expect(Math.abs(fromKamo - 45e6)).toBeLessThan(3e6);
  });

  it('releases the capsule on its own arc that meets the atmosphere (120 km) steeply enough to enter', () => {
    const capsule = fromFile.get('TIANWEN-2-SRC')!;
    const last = capsule.segments.at(-1)!;
    const n = last.tdbSec.length - 1;
    const end = last.tdbSec[n]!;
    const altitudeKm = distance(positionAt('TIANWEN-2-SRC', end), positionAt('399', end)) - EARTH_RADIUS_KM;
    expect(altitudeKm).toBeCloseTo(120, 0);
    expect(Math.abs(mission.realised.summary.capsuleEntryFlightPathAngleDeg - -12)).toBeLessThan(0.1);
    expect(mission.realised.summary.capsuleEntryFlightPathAngleDeg)
      .toBeCloseTo(mission.data.trajectoryDesign.recordedCapsuleEntryFlightPathAngleDeg, 6);
    // Hayabusa2 and Stardust entered at 11.7–12.9 km/s: a return from a near-Earth orbit is in that range.
    expect(mission.realised.summary.capsuleEntrySpeedKmS).toBeGreaterThan(11);
    expect(mission.realised.summary.capsuleEntrySpeedKmS).toBeLessThan(13);
  });

  it('arrives within 100 km of 311P (~2035, Wikipedia) and stays at least a year', () => {
    const { arrivalTdbSec, missionEndTdbSec } = design().comet311p;
    expect(arrivalTdbSec).toBeGreaterThan(tdbSecFromIsoUtc('2034-10-01T00:00:00Z'));
    expect(arrivalTdbSec).toBeLessThan(tdbSecFromIsoUtc('2035-04-01T00:00:00Z'));
    expect(missionEndTdbSec - arrivalTdbSec).toBeGreaterThan(365.25 * DAY_S);
    expect(maxDistanceKm('TIANWEN-2', '311P', arrivalTdbSec, missionEndTdbSec, DAY_S)).toBeLessThan(100);
  });

  it('is continuous in position across every segment boundary (≤ 1 km)', () => {
    for (const id of ['TIANWEN-2', '469219', '311P']) {
      const segments = fromFile.get(id)!.segments;
      for (let k = 1; k < segments.length; k++) {
        const before = segments[k - 1]!, after = segments[k]!;
        const n = before.tdbSec.length - 1;
        expect(after.tdbSec[0]).toBe(before.tdbSec[n]);
        const gap = Math.hypot(
          after.posKm[0]! - before.posKm[3 * n]!, after.posKm[1]! - before.posKm[3 * n + 1]!, after.posKm[2]! - before.posKm[3 * n + 2]!,
        );
        expect(gap).toBeLessThan(1);
      }
    }
  });

  it('reproduces the designed arcs to ≤ 1 km when interpolated (Hermite) between its samples, flyby included', () => {
    const exact: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    let worst = 0;
    mission.realised.probeArcs.forEach((arc, k) => {
      const samples = fromFile.get('TIANWEN-2')!.segments[k]!;
      const arcTrack: Track = { id: 'arc', segments: [samples] };
      for (let i = 0; i + 1 < samples.tdbSec.length; i++) {
        for (const f of [0.25, 0.5, 0.75]) {
          const t = samples.tdbSec[i]! + f * (samples.tdbSec[i + 1]! - samples.tdbSec[i]!);
          const pos: Vec3 = [0, 0, 0];
          trackStateAt(arcTrack, t, pos);
          arc.stateAt(t, exact);
          worst = Math.max(worst, distance(pos, exact.posKm));
        }
      }
    });
    expect(worst).toBeLessThan(1);
  });
});

describe('one truth for dates', () => {
  it('gives every event the designed path\'s date in mission-events.json (pathDateUtc), the realisation\'s to the second', () => {
    const designed = designedEventTdbSec(design(), mission.realised);
    expect(Object.keys(designed).length).toBe(4);
    for (const event of mission.data.events) {
      const expected = designed[event.id] ?? event.tdbSec;
      expect(Math.abs(event.pathTdbSec - expected), event.id).toBeLessThanOrEqual(0.5);
    }
  });

  it('keeps the path to the published month where one is published (311P arrival "January 2035", Universe Today; departure April 2027)', () => {
    const byId = new Map(mission.data.events.map((e) => [e.id, e]));
    for (const id of ['comet-311p-arrival', 'kamooalewa-departure']) {
      const event = byId.get(id)!;
      expect(event.datePrecision).toBe('month');
      expect(new Date(event.utcMs).toISOString().slice(0, 7), id).toBe(formatUtcMonth(event.pathTdbSec));
    }
  });
});

describe('the physics of the designed arcs', () => {
  it('keeps the specific energy of every Sun-only coast arc of the optimiser\'s patched conics constant (GM = k²)', () => {
    const state: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    const track = (id: string) => trackStateFunction(mission.result.tracks.find((t) => t.id === id)!);
    const conic = realiseTrajectory(design(), { earth: earthStateEqj, kamooalewa: track('kamooalewa'), comet311p: track('311p') });
    const sunArcs = conic.probeArcs.filter((a) => a.dynamics === 'sun-two-body');
    expect(sunArcs.length).toBe(5);
    for (const arc of sunArcs) {
      const energies: number[] = [];
      for (let f = 0; f <= 1; f += 0.125) {
        arc.stateAt(arc.startTdbSec + f * (arc.endTdbSec - arc.startTdbSec), state);
        energies.push(norm(state.velKmS) ** 2 / 2 - MU_SUN_KM3_S2 / norm(state.posKm));
      }
      const spread = Math.max(...energies) - Math.min(...energies);
      expect(spread / Math.abs(energies[0]!)).toBeLessThan(1e-10);
    }
  });

  it('launches on a hyperbola with C3 ≤ 30 km²/s² and the design\'s Δv budget matches the file', () => {
    const first = mission.realised.probeArcs[0]!;
    const earth: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    const probe: StateVector = { posKm: [0, 0, 0], velKmS: [0, 0, 0] };
    first.stateAt(first.startTdbSec, probe);
    const earthTrack = mission.result.tracks.find((t) => t.id === 'earth')!;
    trackStateAt(earthTrack, first.startTdbSec, earth.posKm, earth.velKmS);
    const r = norm(sub(probe.posKm, earth.posKm));
    const c3 = norm(sub(probe.velKmS, earth.velKmS)) ** 2 - (2 * MU_EARTH_KM3_S2) / r;
    expect(r - EARTH_RADIUS_KM).toBeCloseTo(200, 0);
    expect(c3).toBeLessThanOrEqual(30);
    expect(c3).toBeCloseTo(mission.realised.summary.launchC3Km2S2, 2);
    expect(mission.realised.summary.totalDeltaVKmS).toBeCloseTo(mission.data.trajectoryDesign.recordedTotalDeltaVKmS, 6);
  });
});
