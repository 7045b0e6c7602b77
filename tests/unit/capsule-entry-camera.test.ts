/**
 * The camera beside the capsule at the 120 km entry interface (capsule-entry-pose.ts) on the app's ephemeris and
 * camera rig: the horizon level (the view's up turned to the local vertical near the Earth), the Earth's limb in
 * view just under the capsule towards the Sun's side, and a near plane that keeps the limb's depth resolved.
 * Far from the Earth the rig's up stays the frame's north.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import { DEG, EARTH_RADIUS_KM } from '../../src/core/constants.ts';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import { propagateMission } from '../../src/core/mission/propagate-mission.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { CameraRig, type RigView } from '../../src/state/camera/camera-rig.ts';
import { ORBIT_FOV_DEG } from '../../src/state/camera/camera-targets.ts';
import { CAPSULE_ENTRY_CAMERA_KM, CAPSULE_ENTRY_LOOK_DOWN_DEG, capsuleEntryPose } from '../../src/state/camera/capsule-entry-pose.ts';

let eph: Ephemeris;
let entryTdbSec: number;

beforeAll(() => {
  const mission = propagateMission(bundledMissionFiles()).result;
  eph = new Ephemeris(mission.tracks, [], mission.stay);
  entryTdbSec = eph.coverage('capsule')!.endTdbSec - 2;
}, 60_000);

const VIEWPORT = { widthPx: 1280, heightPx: 720, free: null };
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
const unit = (a: number[]) => { const n = Math.hypot(a[0]!, a[1]!, a[2]!); return a.map((c) => c / n); };

function settledRig(view: RigView, tdbSec: number, pose: ReturnType<typeof capsuleEntryPose>) {
  const rig = new CameraRig(eph, pose);
  for (let i = 0; i < 5; i++) rig.update(tdbSec, 1 / 60, view, VIEWPORT);
  return rig;
}

describe('the camera beside the capsule at entry', () => {
  it('looks 8° below a level horizon towards the Sun\'s side, the limb ~3° under the capsule, well inside the view', () => {
    const view: RigView = { focusId: 'capsule', frame: 'heliocentric', cameraMode: 'orbit' };
    const pose = capsuleEntryPose(eph, 'heliocentric', entryTdbSec);
    expect(pose).not.toBeNull();
    expect(pose!.distanceKm).toBeCloseTo(CAPSULE_ENTRY_CAMERA_KM, 9);
    const rig = settledRig(view, entryTdbSec, pose);
    const s = rig.state;
    const r = [0, 0, 0], sun = [0, 0, 0];
    expect(eph.stateAt('capsule', entryTdbSec, 'heliocentric', r, undefined, 'earth')).toBe(true);
    expect(eph.stateAt('sun', entryTdbSec, 'heliocentric', sun, undefined, 'earth')).toBe(true);
    const vertical = unit(r);
    // Looking down by the pose's angle, and the view's up is the local vertical made perpendicular to it: the
    // right-hand axis is horizontal, so the horizon is level.
    expect(Math.asin(-dot(s.forward, vertical)) / DEG).toBeCloseTo(CAPSULE_ENTRY_LOOK_DOWN_DEG, 6);
    const right = [s.forward[1]! * s.up[2]! - s.forward[2]! * s.up[1]!, s.forward[2]! * s.up[0]! - s.forward[0]! * s.up[2]!, s.forward[0]! * s.up[1]! - s.forward[1]! * s.up[0]!];
    expect(Math.abs(dot(right, vertical))).toBeLessThan(1e-9);
    expect(dot(s.up, vertical)).toBeGreaterThan(0.98);
    // Towards the Sun's side of the sky.
    const sunHorizontal = unit(sun.map((c, k) => c - dot(sun, vertical) * vertical[k]!));
    expect(dot(s.forward, sunHorizontal)).toBeCloseTo(Math.cos(CAPSULE_ENTRY_LOOK_DOWN_DEG * DEG), 9);
    // The limb from 120 km is 10.9° below the horizon: between the view's centre and its lower edge.
    const limbDipDeg = Math.acos(EARTH_RADIUS_KM / Math.hypot(r[0]!, r[1]!, r[2]!)) / DEG;
    expect(limbDipDeg).toBeCloseTo(10.9, 0);
    expect(limbDipDeg - CAPSULE_ENTRY_LOOK_DOWN_DEG).toBeGreaterThan(1);
    expect(limbDipDeg - CAPSULE_ENTRY_LOOK_DOWN_DEG).toBeLessThan(ORBIT_FOV_DEG / 4);
    // The near plane halfway to the capsule (not 2·10⁻³ of 6 m): depth resolved out to the limb ~1,200 km away.
    expect(s.nearKm).toBeCloseTo((CAPSULE_ENTRY_CAMERA_KM - BODY_BY_ID.capsule.radiusKm) / 2, 9);
    // A 24-bit depth buffer stores ~1 − near/distance: at the limb, 1,200 km away, it must differ from the far
    // plane's 1 by several of its 2⁻²⁴ steps (2·10⁻³ × 6 m = 12 mm gives 1·10⁻⁸, less than one step).
    expect(s.nearKm / 1200).toBeGreaterThan(10 * 2 ** -24);
  });

  it('keeps the frame\'s north as the up far from the Earth (the probe at Kamoʻoalewa)', () => {
    const t = tdbSecFromIsoUtc('2026-09-01T00:00:00Z');
    const view: RigView = { focusId: 'probe', frame: 'heliocentric', cameraMode: 'orbit' };
    const rig = settledRig(view, t, { azimuthDeg: 30, elevationDeg: 20, distanceKm: 0.04 });
    const s = rig.state;
    // up = north made perpendicular to the view: its north component is cos(elevation of the view direction).
    expect(s.up[1]).toBeCloseTo(Math.sqrt(1 - s.forward[1]! ** 2), 9);
    expect(s.nearKm).toBeCloseTo((0.04 - BODY_BY_ID.probe.radiusKm) / 2, 9);
  });
});
