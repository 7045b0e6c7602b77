/**
 * The exported OEM is a trajectory in N-body, not only a patched conic: each free-flight segment of the probe and
 * the capsule, re-propagated from its first state in the full force model (Sun, planets, Earth and Moon apart,
 * solar 1PN) by an independent propagator at a 10× tighter tolerance, ends within 10 km of its last state; the
 * velocity jumps between segments are the listed burns; the capsule enters at 120 km with its design flight-path
 * angle; and the launch coast meets the reported distance fixes (sources on each fix in reported-fixes.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../src/core/constants.ts';
import { parseOem, type ParsedOem } from '../../src/core/formats/oem-parser.ts';
import { writeOem } from '../../src/core/formats/oem-writer.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { missionOemMessage } from '../../src/core/mission/ephemeris-export.ts';
import { propagateMission, type MissionPropagation } from '../../src/core/mission/propagate-mission.ts';
import { ProbePropagator } from '../../src/core/nbody/probe-propagator.ts';
import { earthStateEqj, trackStateFunction } from '../../src/core/mission-ephemerides.ts';
import { correctInNbody } from '../../src/core/trajectory/nbody-correction.ts';
import { realiseTrajectory } from '../../src/core/trajectory/realise.ts';
import { helioStateEqjKm } from '../../src/core/planets.ts';
import type { TimedState } from '../../src/core/state-vector.ts';
import { TrackCursor } from '../../src/core/track-interpolation.ts';
import type { TrackSegment } from '../../src/core/track.ts';
import { fixBandKm, fixDayTdbSec, REPORTED_DISTANCE_FIXES } from '../../src/core/trajectory/reported-fixes.ts';
import { distance, dot, norm, sub, type Vec3 } from '../../src/core/vec3.ts';

let mission: MissionPropagation;
let oem: ParsedOem;
let propagator: ProbePropagator;

const sampleAt = (seg: TrackSegment, i: number): TimedState => ({
  tdbSec: seg.tdbSec[i]!,
  posKm: [seg.posKm[3 * i]!, seg.posKm[3 * i + 1]!, seg.posKm[3 * i + 2]!],
  velKmS: [seg.velKmS[3 * i]!, seg.velKmS[3 * i + 1]!, seg.velKmS[3 * i + 2]!],
});
const last = (seg: TrackSegment) => sampleAt(seg, seg.tdbSec.length - 1);
const isFreeFlight = (comments: readonly string[]) => comments.some((c) => /free flight in N-body/.test(c));

beforeAll(() => {
  mission = propagateMission(bundledMissionFiles());
  oem = parseOem(writeOem(missionOemMessage(mission, '2026-12-07T00:00:00Z')));
  const { start, end } = mission.result.spanTdbSec;
  propagator = new ProbePropagator(start, end, { relativeTolerance: 1e-14, absoluteTolerance: 1e-10 });
}, 120_000);

describe('the exported OEM in N-body', () => {
  it('has the Moon and the Δv budget', () => {
    expect(oem.segments.some((s) => s.objectName === 'MOON')).toBe(true);
    expect(oem.header.comments.join('\n')).toMatch(/DELTA-V BUDGET/);
    for (const burn of mission.realised.burns) expect(oem.header.comments.join('\n')).toContain(`${(burn.magnitudeKmS * 1000).toFixed(1)} m/s`);
  });

  it('closes every free-flight segment of the probe and the capsule to ≤ 10 km at its end', () => {
    const free = oem.segments.filter((s) => s.objectId.startsWith('TIANWEN-2'));
    let checked = 0;
    for (const seg of free) {
      if (!isFreeFlight(seg.comments)) continue;
      const first = sampleAt(seg.samples, 0);
      const end = last(seg.samples);
      const reached = propagator.propagate(first, end.tdbSec);
      expect(distance(reached.posKm, end.posKm), seg.comments.join(' ')).toBeLessThanOrEqual(10);
      checked++;
    }
    // Five probe coasts (launch, approach to Kamoʻoalewa, return, flyby and cruise, cruise to 311P) and the capsule.
    expect(checked).toBe(6);
  }, 60_000);

  it('joins the probe segments with the listed burns (position continuous, velocity jumps by the Δv)', () => {
    const probe = oem.segments.filter((s) => s.objectId === 'TIANWEN-2');
    const jumps: { tdbSec: number; dv: Vec3 }[] = [];
    for (let i = 1; i < probe.length; i++) {
      const a = last(probe[i - 1]!.samples), b = sampleAt(probe[i]!.samples, 0);
      expect(distance(a.posKm, b.posKm)).toBeLessThan(0.01);
      jumps.push({ tdbSec: b.tdbSec, dv: sub(b.velKmS, a.velKmS) });
    }
    for (const burn of mission.realised.burns) {
      const jump = jumps.find((j) => Math.abs(j.tdbSec - burn.tdbSec) < 1e-3);
      expect(jump, burn.label).toBeDefined();
      expect(distance(jump!.dv, burn.deltaVEqjKmS)).toBeLessThan(1e-6);
    }
  });

  it('brings the capsule to 120 km altitude at the design flight-path angle (−12°) within 0.1°', () => {
    const capsule = oem.segments.find((s) => s.objectId === 'TIANWEN-2-SRC')!;
    const end = propagator.propagate(sampleAt(capsule.samples, 0), last(capsule.samples).tdbSec);
    const earth = { posKm: [0, 0, 0] as Vec3, velKmS: [0, 0, 0] as Vec3 };
    helioStateEqjKm('Earth', end.tdbSec, earth);
    const r = sub(end.posKm, earth.posKm), v = sub(end.velKmS, earth.velKmS);
    expect(norm(r) - EARTH_RADIUS_KM).toBeCloseTo(120, 0);
    const gammaDeg = (Math.asin(dot(r, v) / (norm(r) * norm(v))) * 180) / Math.PI;
    expect(Math.abs(gammaDeg - -12)).toBeLessThan(0.1);
  });
});

describe('station-keeping during the stays', () => {
  it('costs what radiation pressure and the body\'s pull imply, to 10 % (P = 1361 W/m² / c at 1 au, Kopp & Lean 2011; tides are small)', () => {
    const { solarWings, launchMassKg, bodySizeM } = mission.data.spacecraft;
    const side = bodySizeM.value ?? bodySizeM.min!;
    const areaM2 = 2 * Math.PI * (solarWings.diameterM / 2) ** 2 + side * side;
    const tracks = { 'station-keeping at Kamoʻoalewa': 'kamooalewa', 'station-keeping at 311P': '311p' } as Record<string, string>;
    // Bodies as spheres of 2,500 kg/m³ (illustrative): Kamoʻoalewa 100 m across (largest estimate), 311P r = 190 m.
    const radiusM = { 'station-keeping at Kamoʻoalewa': 50, 'station-keeping at 311P': 190 } as Record<string, number>;
    expect(mission.stationKeeping.length).toBe(2);
    for (const line of mission.stationKeeping) {
      const body = new TrackCursor(mission.result.tracks.find((t) => t.id === tracks[line.label])!);
      // ∫ P (1 au / r)² Cr A / m dt, by the midpoint rule over 200 pieces.
      let srpKmS = 0;
      const n = 200, h = (line.endTdbSec - line.startTdbSec) / n;
      for (let i = 0; i < n; i++) {
        const p: Vec3 = [0, 0, 0], v: Vec3 = [0, 0, 0];
        body.stateAt(line.startTdbSec + (i + 0.5) * h, p, v);
        srpKmS += ((1361 / 299_792_458) * (149_597_870.7 / norm(p)) ** 2 * 1.3 * areaM2) / launchMassKg.value! / 1000 * h;
      }
      const pullKmS2 = (6.6743e-11 * (4 / 3) * Math.PI * radiusM[line.label]! ** 3 * 2500) / 20_000 ** 2 / 1000;
      srpKmS += pullKmS2 * (line.endTdbSec - line.startTdbSec);
      expect(line.deltaVKmS / srpKmS, line.label).toBeGreaterThan(0.9);
      expect(line.deltaVKmS / srpKmS, line.label).toBeLessThan(1.1);
    }
    expect(oem.header.comments.join('\n')).toMatch(/station-keeping at Kamo`oalewa: dv = \d+\.\d\d m\/s/);
  });
});

describe('npm run design reproduced', () => {
  it('re-runs the N-body correction pass from the stored choices and lands on the stored burn velocities', () => {
    const design = mission.data.trajectoryDesign.design;
    const track = (id: string) => trackStateFunction(mission.result.tracks.find((t) => t.id === id)!);
    const eph = { earth: earthStateEqj, kamooalewa: track('kamooalewa'), comet311p: track('311p') };
    const { start, end } = mission.result.spanTdbSec;
    const fresh = new ProbePropagator(start, end);
    const solved = correctInNbody(design, realiseTrajectory(design, eph), eph, fresh, mission.result.stay);
    for (const key of Object.keys(solved) as (keyof typeof solved)[]) {
      // Newton stops within 10 m of each target; the velocities agree to ~1e-9 km/s.
      expect(distance(solved[key], design.nbodyBurnVelocitiesEqjKmS[key]), key).toBeLessThan(1e-6);
    }
    expect(mission.realised.summary.totalDeltaVKmS).toBeCloseTo(mission.data.trajectoryDesign.recordedTotalDeltaVKmS, 6);
  }, 60_000);
});

describe('the reported distance fixes (each within 5 % at some moment of its Beijing day)', () => {
  it('are the ones the design file records', () => {
    expect(mission.data.trajectoryDesign.reportedDistanceFixes).toEqual(REPORTED_DISTANCE_FIXES);
  });
  for (const fix of REPORTED_DISTANCE_FIXES) {
    it(`${fix.id}: ${fix.kind} ${fix.distanceKm / 1e6} million km from ${fix.from} on ${fix.dayBeijing} (${fix.source.ref})`, () => {
      const probe = new TrackCursor(mission.result.tracks.find((t) => t.id === 'probe')!);
      const body = new TrackCursor(mission.result.tracks.find((t) => t.id === (fix.from === 'earth' ? 'earth' : 'kamooalewa'))!);
      const day = fixDayTdbSec(fix);
      const at = (tdbSec: number) => {
        const p: Vec3 = [0, 0, 0], b: Vec3 = [0, 0, 0], v: Vec3 = [0, 0, 0];
        expect(probe.stateAt(tdbSec, p, v)).toBe(true);
        expect(body.stateAt(tdbSec, b, v)).toBe(true);
        return distance(p, b);
      };
      const [low, high] = fixBandKm(fix);
      const a = at(day.start), b = at(day.end);
      expect(Math.max(a, b)).toBeGreaterThanOrEqual(low);
      expect(Math.min(a, b)).toBeLessThanOrEqual(high);
    });
  }
});

describe('the probe propagator on bad input', () => {
  it('names a start state that falls into the Sun instead of running for minutes', () => {
    const p = new ProbePropagator(0, 400 * 86400);
    expect(() => p.propagate({ tdbSec: 0, posKm: [1.496e8, 0, 0], velKmS: [0, 0, 0] }, 400 * 86400)).toThrow(/within 0\.1 au of the Sun/);
  });

  it('names a time outside its span', () => {
    const p = new ProbePropagator(0, 86400);
    expect(() => p.propagate({ tdbSec: 0, posKm: [1.496e8, 0, 0], velKmS: [0, 29.8, 0] }, 2 * 86400)).toThrow(/outside the force model's span/);
  });
});
