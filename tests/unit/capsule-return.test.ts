/**
 * The capsule's return as the app's one ephemeris gives it: released 12 h before the closest approach (the design's
 * illustrative lead, after Hayabusa2: https://en.wikipedia.org/wiki/Hayabusa2), on its own arc to the 120 km entry
 * interface, steep enough to enter; the probe, diverted just after the release, passes the Earth hundreds of km up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../src/core/constants.ts';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { propagateMission, type MissionPropagation } from '../../src/core/mission/propagate-mission.ts';
import { distance, dot, norm, type Vec3 } from '../../src/core/vec3.ts';

let mission: MissionPropagation;
let eph: Ephemeris;

beforeAll(() => {
  mission = propagateMission(bundledMissionFiles());
  eph = new Ephemeris(mission.result.tracks, [], mission.result.stay);
}, 60_000);

/** Earth-centred state (ICRF axes) of a body, km and km/s. */
function fromEarth(id: 'probe' | 'capsule', tdbSec: number): { r: Vec3; v: Vec3 } {
  const r: Vec3 = [0, 0, 0], v: Vec3 = [0, 0, 0];
  expect(eph.stateAt(id, tdbSec, 'icrf', r, v, 'earth')).toBe(true);
  return { r, v };
}

const flightPathAngleDeg = ({ r, v }: { r: Vec3; v: Vec3 }) => (Math.asin(dot(r, v) / (norm(r) * norm(v))) * 180) / Math.PI;

describe('the capsule\'s return', () => {
  it('separates 12 h before the closest approach, where the probe is, and leaves on its own arc', () => {
    const design = mission.data.trajectoryDesign.design;
    const release = eph.coverage('capsule')!;
    expect(release.startTdbSec).toBeCloseTo(design.earthFlyby.periapsisTdbSec - design.capsule.separationLeadSec, 3);
    expect(design.capsule.separationLeadSec).toBe(12 * 3600);
    // The N-body closest approach falls within seconds of the design's periapsis.
    expect(Math.abs(mission.realised.summary.earthFlybyPeriapsisTdbSec - design.earthFlyby.periapsisTdbSec)).toBeLessThan(60);
    const at = release.startTdbSec;
    expect(distance(fromEarth('capsule', at).r, fromEarth('probe', at).r) * 1000).toBeLessThan(1);
    // Before the release it rides on the probe; an hour after, the divert has moved the probe tens of km away.
    expect(distance(fromEarth('capsule', at - 3600).r, fromEarth('probe', at - 3600).r)).toBe(0);
    expect(distance(fromEarth('capsule', at + 3600).r, fromEarth('probe', at + 3600).r)).toBeGreaterThan(10);
  });

  it('reaches the 120 km entry interface (± 1 km) on the way down, at the reported flight-path angle', () => {
    const entry = eph.coverage('capsule')!.endTdbSec;
    const state = fromEarth('capsule', entry);
    const altitudeKm = norm(state.r) - EARTH_RADIUS_KM;
    expect(Math.abs(altitudeKm - mission.data.trajectoryDesign.design.capsule.entryInterfaceAltitudeKm)).toBeLessThan(1);
    expect(Math.abs(altitudeKm - 120)).toBeLessThan(1);
    const gammaDeg = flightPathAngleDeg(state);
    // Descending, at the angle the design reports (and the design asks for −12°).
    expect(gammaDeg).toBeLessThan(0);
    expect(Math.abs(gammaDeg - mission.realised.summary.capsuleEntryFlightPathAngleDeg)).toBeLessThan(0.1);
    expect(Math.abs(norm(state.v) - mission.realised.summary.capsuleEntrySpeedKmS)).toBeLessThan(0.01);
    // A minute earlier it was higher: it comes down through the interface, not grazing it.
    expect(norm(fromEarth('capsule', entry - 60).r) - EARTH_RADIUS_KM).toBeGreaterThan(altitudeKm + 100);
  });

  it('the probe, after its divert, misses the Earth: never below 250 km while the capsule comes down to 120 km', () => {
    const { startTdbSec, endTdbSec } = eph.coverage('capsule')!;
    let probeLowestKm = Infinity;
    for (let t = startTdbSec; t <= startTdbSec + 24 * 3600; t += 10) probeLowestKm = Math.min(probeLowestKm, norm(fromEarth('probe', t).r) - EARTH_RADIUS_KM);
    expect(probeLowestKm).toBeGreaterThan(250);
    expect(probeLowestKm).toBeLessThan(mission.data.trajectoryDesign.design.earthFlyby.periapsisAltitudeKm + 50);
    expect(norm(fromEarth('capsule', endTdbSec).r) - EARTH_RADIUS_KM).toBeLessThan(121);
    const divert = mission.realised.burns.find((b) => b.label === 'divert after capsule separation')!;
    expect(divert.tdbSec).toBe(startTdbSec);
    expect(divert.magnitudeKmS).toBeGreaterThan(0);
  });
});
