/**
 * The stay at Kamoʻoalewa as the probe's path, as the app's one ephemeris gives it (what the scene draws, the
 * readouts print and the camera follows): the proximity plan (ephemeris/proximity-operations.json) applied to the
 * rock's state, joined to the designed N-body track at the rendezvous (~2,000 km out, The Planetary Society) and
 * at the departure burn without a jump in position, its velocity continuous in between, and down at the surface
 * during both sampling events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { PROBE_TOLERANCE_KM } from '../../src/core/mission/sample-arcs.ts';
import { propagateMission, type MissionPropagation } from '../../src/core/mission/propagate-mission.ts';
import { proximityStateAt } from '../../src/core/proximity/proximity-path.ts';
import { TrackCursor } from '../../src/core/track-interpolation.ts';
import { distance, norm, sub, type Vec3 } from '../../src/core/vec3.ts';

let mission: MissionPropagation;
let eph: Ephemeris;

beforeAll(() => {
  mission = propagateMission(bundledMissionFiles());
  eph = new Ephemeris(mission.result.tracks, [], mission.result.stay);
}, 60_000);

/** The probe's state relative to Kamoʻoalewa's centre (ICRF axes), km and km/s. */
function relative(tdbSec: number): { posKm: Vec3; velKmS: Vec3 } {
  const posKm: Vec3 = [0, 0, 0], velKmS: Vec3 = [0, 0, 0];
  expect(eph.stateAt('probe', tdbSec, 'icrf', posKm, velKmS, 'kamooalewa')).toBe(true);
  return { posKm, velKmS };
}

/** Heliocentric state of the probe from the ephemeris. */
function helio(tdbSec: number): { posKm: Vec3; velKmS: Vec3 } {
  const posKm: Vec3 = [0, 0, 0], velKmS: Vec3 = [0, 0, 0];
  expect(eph.stateAt('probe', tdbSec, 'icrf', posKm, velKmS)).toBe(true);
  return { posKm, velKmS };
}

const burn = (label: string) => mission.realised.burns.find((b) => b.label === label)!;

describe('the probe during the stay at Kamoʻoalewa', () => {
  it('joins the designed track at the rendezvous and the departure with no jump in position (< 1 m), the velocity changing by the burn', () => {
    const { startTdbSec, endTdbSec } = mission.result.stay;
    // 10 µs either side of a join: the probe moves ~0.3 m heliocentrically then, so extrapolate by the velocity.
    const h = 1e-5;
    for (const [t, side, label] of [[startTdbSec, -1, 'Kamoʻoalewa rendezvous'], [endTdbSec, +1, 'Kamoʻoalewa departure']] as const) {
      const at = helio(t);
      const off = helio(t + side * h);
      const back = off.posKm.map((p, k) => p - side * h * off.velKmS[k]!) as Vec3;
      expect(distance(at.posKm, back) * 1000, label).toBeLessThan(1);
      // The velocity jumps by the listed burn and by nothing else.
      const jump = side < 0 ? sub(at.velKmS, off.velKmS) : sub(off.velKmS, at.velKmS);
      expect(distance(jump, burn(label).deltaVEqjKmS), label).toBeLessThan(1e-6);
    }
    // The rendezvous is the approach's first stop, ~2,000 km sunward; the departure leaves from the standoff.
    expect(norm(relative(startTdbSec).posKm)).toBeCloseTo(mission.data.proximity.approach[0]!.distanceKm, 6);
    expect(norm(relative(endTdbSec).posKm)).toBeCloseTo(mission.data.proximity.standoffKm, 6);
  });

  it('moves smoothly in between: no step in velocity through the approach stops, the descents, the contacts and the climbs', () => {
    const { startTdbSec, endTdbSec, plan } = mission.result.stay;
    const boundaries = [
      ...plan.approach.map((p) => p.tdbSec),
      ...plan.samplingEvents.flatMap((e) => [
        e.startTdbSec, e.startTdbSec + e.descentSec, e.startTdbSec + e.descentSec + e.contactSec, e.startTdbSec + e.descentSec + e.contactSec + e.ascentSec,
      ]),
    ].filter((t) => t > startTdbSec && t < endTdbSec);
    expect(boundaries.length).toBe(3 + 4 * plan.samplingEvents.length);
    const h = 1;
    for (const t of boundaries) {
      const before = relative(t - h), after = relative(t + h);
      // Relative speed at most a few cm/s here; across a join it changes by far less than a millimetre per second.
      expect(distance(before.velKmS, after.velKmS) * 1e6, `Δv across ${t}`).toBeLessThan(1);
      // The velocity is the rate of the position (central difference over 2 s).
      const rate = sub(after.posKm, before.posKm).map((d) => d / (2 * h)) as Vec3;
      expect(distance(rate, relative(t).velKmS) * 1e6, `rate at ${t}`).toBeLessThan(1);
    }
  });

  it('comes down to the surface (to the millimetre) during both sampling events, and the exported track carries the same path to its 0.1 km', () => {
    const { plan, surfaceKm } = mission.result.stay;
    const track = new TrackCursor(mission.result.tracks.find((t) => t.id === 'probe')!);
    for (const event of plan.samplingEvents) {
      const contact = event.startTdbSec + event.descentSec + event.contactSec / 2;
      expect(norm(relative(contact).posKm), event.method).toBeCloseTo(surfaceKm + plan.contactClearanceKm, 6);
      for (let t = event.startTdbSec; t <= event.startTdbSec + event.descentSec; t += event.descentSec / 20) {
        const p: Vec3 = [0, 0, 0];
        expect(track.stateAt(t, p)).toBe(true);
        expect(distance(p, helio(t).posKm)).toBeLessThan(PROBE_TOLERANCE_KM);
        expect(norm(relative(t).posKm)).toBeCloseTo(proximityStateAt(plan, surfaceKm, mission.result.stay.endTdbSec, t)!.distanceKm, 6);
      }
    }
  });
});
