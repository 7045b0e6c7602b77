/**
 * The camera rig, without React or three.js: each state (overview, focus, probe-eye, shot), each transition, the
 * zoom's range and steps, the glides' durations and the deep-link pose round trip.
 */
import { describe, expect, it } from 'vitest';
import { AU_KM } from '../../src/core/constants.ts';
import type { BodyId } from '../../src/core/bodies.ts';
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import { focusDistanceKm, MAX_DISTANCE_KM, MIN_DISTANCE_KM, ZOOM_FACTOR_PER_STEP } from '../../src/state/camera/body-framing.ts';
import { CameraRig, PROBE_EYE_FOV_DEG, type RigEphemeris, type RigView, type RigViewport } from '../../src/state/camera/camera-rig.ts';
import { FOCUS_TRANSITION_SEC, ORBIT_FOV_DEG, OVERVIEW_ELEVATION_DEG, overviewReachKm } from '../../src/state/camera/camera-targets.ts';
import { sameCameraState, copyCameraState } from '../../src/state/camera/camera-state.ts';
import { fitOverview } from '../../src/state/camera/overview-fit.ts';

/** Bodies on fixed positions (view km), the Earth and the probe moving along +x at 30 km/s from t = 0. */
function fakeEphemeris(): RigEphemeris & { positions: Partial<Record<BodyId, [number, number, number]>> } {
  const positions: Partial<Record<BodyId, [number, number, number]>> = {
    sun: [0, 0, 0], earth: [AU_KM, 0, 0], probe: [AU_KM + 2e6, 0, 0], kamooalewa: [AU_KM + 2e6 + 20, 0, 0], mars: [0, 0, -1.5 * AU_KM],
  };
  return {
    positions,
    stateAt(id, tdbSec, _frame, out) {
      const p = positions[id];
      if (!p) return false;
      const moving = id === 'earth' || id === 'probe' || id === 'kamooalewa';
      out[0] = p[0] + (moving ? 30 * tdbSec : 0); out[1] = p[1]; out[2] = p[2];
      return true;
    },
  };
}

const VIEWPORT: RigViewport = { widthPx: 1280, heightPx: 720, free: null };
const overview: RigView = { focusId: null, frame: 'heliocentric', cameraMode: 'orbit' };
const focus = (id: BodyId): RigView => ({ ...overview, focusId: id });
const FRAME_SEC = 1 / 60;

/** Runs `seconds` of frames at 60 frames/s from `t0`; returns the time reached. */
function run(rig: CameraRig, view: RigView, seconds: number, t0 = 0, viewport = VIEWPORT): number {
  const frames = Math.round(seconds / FRAME_SEC);
  for (let i = 1; i <= frames; i++) rig.update(t0, FRAME_SEC, view, viewport);
  return t0;
}

const distanceOf = (rig: CameraRig) => rig.state.pose.distanceKm;

describe('camera rig: overview', () => {
  it('opens on the journey fitted to the view, looking down on the ecliptic from 52°', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    const fit = fitOverview({ reachKm: overviewReachKm('heliocentric'), free: { left: 0, top: 0, right: 1280, bottom: 720 }, widthPx: 1280, heightPx: 720, fovDeg: ORBIT_FOV_DEG, elevationDeg: OVERVIEW_ELEVATION_DEG }, { distanceKm: 0, targetDxPx: 0, targetDyPx: 0 });
    expect(distanceOf(rig)).toBeCloseTo(fit.distanceKm, 0);
    expect(rig.state.pose.elevationDeg).toBe(OVERVIEW_ELEVATION_DEG);
    expect(rig.state.journeyFramed).toBe(true);
    expect(rig.mode).toBe('overview');
    expect([...rig.state.originKm]).toEqual([0, 0, 0]);
    // The camera looks at the origin: forward is minus its position, normalised.
    const p = rig.state.positionKm, f = rig.state.forward;
    expect(f[0]! * p[0]! + f[1]! * p[1]! + f[2]! * p[2]!).toBeCloseTo(-distanceOf(rig), 0);
  });

  it('follows the free area as panels come and go, until the user zooms; then keeps the user\'s distance', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    const whole = distanceOf(rig);
    const narrow: RigViewport = { ...VIEWPORT, free: { left: 400, top: 150, right: 1280, bottom: 720 } };
    run(rig, overview, 2, 0, narrow);
    expect(distanceOf(rig)).toBeGreaterThan(whole * 1.05);
    expect(rig.state.offsetPx[0]).toBeGreaterThan(100);
    rig.zoomBy(1);
    run(rig, overview, 2, 0, narrow);
    const zoomed = distanceOf(rig);
    run(rig, overview, 2, 0, VIEWPORT);
    expect(distanceOf(rig)).toBeCloseTo(zoomed, 3);
    expect(rig.state.journeyFramed).toBe(false);
  });
});

describe('camera rig: focus and follow', () => {
  it('glides to a focused body in FOCUS_TRANSITION_SEC, origin and distance together, then follows it', () => {
    const e = fakeEphemeris();
    const rig = new CameraRig(e);
    rig.update(0, 0, overview, VIEWPORT);
    const from = distanceOf(rig);
    const to = focusDistanceKm('earth', ORBIT_FOV_DEG);
    rig.update(0, FRAME_SEC, focus('earth'), VIEWPORT);
    const halfway = Math.round(FOCUS_TRANSITION_SEC / 2 / FRAME_SEC);
    for (let i = 1; i < halfway; i++) rig.update(0, FRAME_SEC, focus('earth'), VIEWPORT);
    expect(rig.state.originKm[0]).toBeGreaterThan(0.2 * AU_KM);
    expect(rig.state.originKm[0]).toBeLessThan(0.8 * AU_KM);
    expect(distanceOf(rig)).toBeLessThan(from);
    expect(distanceOf(rig)).toBeGreaterThan(to);
    expect(rig.isMoving).toBe(true);
    const rest = Math.ceil(FOCUS_TRANSITION_SEC / FRAME_SEC) - halfway + 1;
    for (let i = 0; i < rest; i++) rig.update(0, FRAME_SEC, focus('earth'), VIEWPORT);
    expect(rig.state.originKm[0]).toBeCloseTo(AU_KM, 3);
    expect(distanceOf(rig)).toBeCloseTo(to, 3);
    expect(rig.mode).toBe('focus');
    // Following: a day later the origin is on the Earth where it then is.
    rig.update(86_400, FRAME_SEC, focus('earth'), VIEWPORT);
    expect(rig.state.originKm[0]).toBeCloseTo(AU_KM + 30 * 86_400, 3);
    run(rig, focus('earth'), 1.5, 86_400);
    expect(rig.isMoving).toBe(false);
  });

  it('frames every body so its true disc spans 40 % of the view\'s height, a 70 m asteroid as much as the Sun', () => {
    for (const id of ['sun', 'earth', 'jupiter', 'kamooalewa', '311p', 'probe', 'capsule'] as const) {
      const d = focusDistanceKm(id, ORBIT_FOV_DEG);
      const r = BODY_BY_ID[id].radiusKm;
      const discShare = Math.tan(Math.asin(r / d)) / Math.tan((ORBIT_FOV_DEG * Math.PI) / 360);
      expect(discShare, id).toBeCloseTo(0.4, 6);
    }
    expect(focusDistanceKm('kamooalewa', ORBIT_FOV_DEG)).toBeLessThan(0.3);
  });

  it('back to the overview: glides out to the journey\'s fit and fits again', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    const fitted = distanceOf(rig);
    run(rig, focus('mars'), 2);
    run(rig, overview, FOCUS_TRANSITION_SEC + 0.5);
    expect(distanceOf(rig)).toBeCloseTo(fitted, 0);
    expect([...rig.state.originKm].map((v) => Math.round(v))).toEqual([0, 0, 0]);
    expect(rig.state.journeyFramed).toBe(true);
  });

  it('holds the last target while the focused body has no state (the probe before launch)', () => {
    const e = fakeEphemeris();
    const rig = new CameraRig(e);
    rig.update(0, 0, overview, VIEWPORT);
    run(rig, focus('probe'), 2);
    const held = rig.state.originKm[0];
    delete e.positions.probe;
    rig.update(100, FRAME_SEC, focus('probe'), VIEWPORT);
    expect(rig.state.originKm[0]).toBe(held);
  });
});

describe('camera rig: zoom', () => {
  it('goes from 1.5e9 km (10 au) to 0.001 km in at most 40 wheel steps, each the same factor, without sticking', () => {
    const rig = new CameraRig(fakeEphemeris(), { azimuthDeg: 0, elevationDeg: 30, distanceKm: 1.5e9 });
    run(rig, focus('probe'), 2);
    expect(distanceOf(rig)).toBeCloseTo(1.5e9, -3);
    let steps = 0;
    let previous = distanceOf(rig);
    while (distanceOf(rig) > MIN_DISTANCE_KM * 1.0001 && steps < 100) {
      rig.zoomBy(1);
      steps++;
      run(rig, focus('probe'), 2);
      const now = distanceOf(rig);
      expect(now, `step ${steps}`).toBeLessThan(previous);
      if (now > MIN_DISTANCE_KM * ZOOM_FACTOR_PER_STEP) expect(previous / now).toBeCloseTo(ZOOM_FACTOR_PER_STEP, 3);
      previous = now;
    }
    expect(steps).toBeLessThanOrEqual(40);
    expect(distanceOf(rig)).toBeCloseTo(MIN_DISTANCE_KM, 9);
    // and back out, as far as it goes
    for (let i = 0; i < 45; i++) rig.zoomBy(-1);
    run(rig, focus('probe'), 3);
    expect(distanceOf(rig)).toBeGreaterThan(1.5e9);
    for (let i = 0; i < 10; i++) rig.zoomBy(-1);
    run(rig, focus('probe'), 3);
    expect(distanceOf(rig)).toBeCloseTo(MAX_DISTANCE_KM, -3);
  });

  it('glides between steps (a smooth zoom), and never enters a natural body', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    run(rig, focus('kamooalewa'), 2);
    const start = distanceOf(rig);
    rig.zoomBy(1);
    rig.update(0, FRAME_SEC, focus('kamooalewa'), VIEWPORT);
    const oneFrame = distanceOf(rig);
    expect(oneFrame).toBeLessThan(start);
    expect(oneFrame).toBeGreaterThan(start / ZOOM_FACTOR_PER_STEP);
    for (let i = 0; i < 30; i++) rig.zoomBy(1);
    run(rig, focus('kamooalewa'), 3);
    expect(distanceOf(rig)).toBeCloseTo(1.05 * BODY_BY_ID.kamooalewa.radiusKm, 9);
  });

  it('zooms in from 60 km to under 1 km on Kamoʻoalewa in 6 wheel steps', () => {
    const rig = new CameraRig(fakeEphemeris(), { azimuthDeg: 0, elevationDeg: 52, distanceKm: 60 });
    run(rig, focus('kamooalewa'), 0.5);
    expect(distanceOf(rig)).toBeCloseTo(60, 6);
    for (let i = 0; i < 6; i++) {
      rig.zoomBy(1);
      run(rig, focus('kamooalewa'), 0.3);
    }
    expect(distanceOf(rig)).toBeLessThan(1);
  });
});

describe('camera rig: orbit and pan', () => {
  it('turns with damping and keeps off the poles', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    rig.orbitBy(-30, 0);
    rig.update(0, FRAME_SEC, overview, VIEWPORT);
    const first = rig.state.pose.azimuthDeg;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(30);
    run(rig, overview, 2);
    expect(rig.state.pose.azimuthDeg).toBeCloseTo(30, 4);
    rig.orbitBy(0, 200);
    run(rig, overview, 2);
    expect(rig.state.pose.elevationDeg).toBeCloseTo(89.9, 6);
    expect(rig.isMoving).toBe(false);
  });

  it('pans the origin across the view (not along it), which ends the journey\'s framing', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    rig.panBy(100, 0, 720);
    rig.update(0, FRAME_SEC, overview, VIEWPORT);
    const o = rig.state.originKm, f = rig.state.forward;
    expect(Math.hypot(o[0]!, o[1]!, o[2]!)).toBeGreaterThan(1e6);
    expect(Math.abs(o[0]! * f[0]! + o[1]! * f[1]! + o[2]! * f[2]!)).toBeLessThan(1);
    expect(rig.state.journeyFramed).toBe(false);
  });
});

describe('camera rig: probe-eye', () => {
  it('rides on the probe looking at its subject, and returns to the orbit camera as it was', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    run(rig, focus('mars'), 2);
    const before = copyCameraState(rig.state);
    rig.update(0, FRAME_SEC, { ...focus('mars'), cameraMode: 'probe-back-to-earth' }, VIEWPORT);
    expect(rig.mode).toBe('probe-eye');
    expect(rig.state.probeEye?.subject).toBe('earth');
    expect(rig.state.fovDeg).toBe(PROBE_EYE_FOV_DEG);
    expect(rig.state.originKm[0]).toBe(AU_KM + 2e6);
    // metres from the probe, looking towards the Earth (-x)
    expect(Math.hypot(...rig.state.positionKm)).toBeLessThan(0.01);
    expect(rig.state.forward[0]).toBeLessThan(-0.9);
    run(rig, focus('mars'), 0.1);
    expect(rig.mode).toBe('focus');
    expect(sameCameraState(rig.state, before)).toBe(true);
  });

  it('stays the orbit camera when the probe has no state', () => {
    const e = fakeEphemeris();
    delete e.positions.probe;
    const rig = new CameraRig(e);
    rig.update(0, 0, { ...overview, cameraMode: 'probe-to-target' }, VIEWPORT);
    expect(rig.mode).toBe('overview');
    expect(rig.state.probeEye).toBeNull();
  });
});

describe('camera rig: deep-link pose and shots', () => {
  it('round-trips a pose: a link\'s pose is taken on the first frame, and the rig reports it back exactly', () => {
    const pose = { azimuthDeg: 123.45, elevationDeg: -12.5, distanceKm: 52.6 };
    const rig = new CameraRig(fakeEphemeris(), pose);
    rig.update(0, 0, focus('kamooalewa'), VIEWPORT);
    expect(rig.pose()!.azimuthDeg).toBeCloseTo(pose.azimuthDeg, 9);
    expect(rig.pose()!.elevationDeg).toBeCloseTo(pose.elevationDeg, 9);
    expect(rig.pose()!.distanceKm).toBeCloseTo(pose.distanceKm, 9);
    const again = new CameraRig(fakeEphemeris(), rig.pose()!);
    again.update(0, 0, focus('kamooalewa'), VIEWPORT);
    expect(sameCameraState(again.state, rig.state)).toBe(true);
  });

  it('tells its listeners once a user\'s move has settled (links then describe it), not on every frame', () => {
    const rig = new CameraRig(fakeEphemeris());
    let calls = 0;
    rig.subscribe(() => calls++);
    rig.update(0, 0, overview, VIEWPORT);
    run(rig, overview, 1);
    expect(calls).toBe(0);
    rig.orbitBy(10, 5);
    run(rig, overview, 0.05);
    expect(calls).toBe(0);
    run(rig, overview, 2);
    expect(calls).toBe(1);
  });

  it('plays a shot to its pose over its duration; user input ends it where it is', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    run(rig, focus('earth'), 2);
    const shot = { pose: { azimuthDeg: 90, elevationDeg: 10, distanceKm: 2e5 }, durationSec: 2 };
    rig.playShot(shot);
    run(rig, focus('earth'), 1);
    expect(rig.mode).toBe('shot');
    expect(rig.state.pose.azimuthDeg).toBeGreaterThan(10);
    expect(rig.state.pose.azimuthDeg).toBeLessThan(80);
    run(rig, focus('earth'), 1.1);
    expect(rig.state.pose.azimuthDeg).toBeCloseTo(90, 6);
    expect(rig.state.pose.distanceKm).toBeCloseTo(2e5, 3);
    rig.playShot({ pose: { azimuthDeg: 180, elevationDeg: 10, distanceKm: 2e5 }, durationSec: 2 });
    run(rig, focus('earth'), 0.5);
    rig.orbitBy(0, 0);
    const yielded = rig.state.pose.azimuthDeg;
    run(rig, focus('earth'), 2);
    expect(rig.mode).toBe('focus');
    expect(rig.state.pose.azimuthDeg).toBeCloseTo(yielded, 3);
  });
});

describe('camera rig: a shot that brings its own focus', () => {
  it('glides to the new focus and the shot\'s pose together, in the shot\'s time, and holds the pose when it ends', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, overview, VIEWPORT);
    run(rig, overview, 1);
    const pose = { azimuthDeg: 40, elevationDeg: 25, distanceKm: 0.3 };
    rig.playShot({ pose, durationSec: 3, view: { focusId: 'kamooalewa', frame: 'heliocentric' } });
    // The view's focus changes in the same frame (the story sets both): no separate focus glide replaces the shot.
    run(rig, focus('kamooalewa'), 1.5);
    expect(rig.mode).toBe('shot');
    run(rig, focus('kamooalewa'), 1.6);
    expect(rig.mode).toBe('focus');
    expect(rig.state.pose.azimuthDeg).toBeCloseTo(40, 6);
    expect(rig.state.pose.distanceKm).toBeCloseTo(0.3, 6);
    const k = [AU_KM + 2e6 + 20, 0, 0];
    for (let c = 0; c < 3; c++) expect(rig.state.originKm[c]).toBeCloseTo(k[c]!, 3);
  });

  it('a shot about the overview keeps its pose instead of handing the distance back to the fit', () => {
    const rig = new CameraRig(fakeEphemeris());
    rig.update(0, 0, focus('earth'), VIEWPORT);
    run(rig, focus('earth'), 1);
    rig.playShot({ pose: { azimuthDeg: 10, elevationDeg: 70, distanceKm: 3e7 }, durationSec: 1, view: { focusId: null, frame: 'sun-earth-rotating' } });
    const rotating: RigView = { ...overview, frame: 'sun-earth-rotating' };
    run(rig, rotating, 3);
    expect(rig.state.pose.distanceKm).toBeCloseTo(3e7, 0);
    expect(rig.state.pose.elevationDeg).toBeCloseTo(70, 6);
  });
});

describe('camera rig: pinch about a point', () => {
  /** Where a view-frame point is drawn, px, by the rig's camera (a pinhole at origin + positionKm looking along forward). */
  function project(rig: CameraRig, p: readonly number[], viewport = VIEWPORT): [number, number] {
    const s = rig.state;
    const rel = [0, 1, 2].map((c) => p[c]! - s.originKm[c]! - s.positionKm[c]!);
    const f = s.forward, u = s.up;
    const r = [f[1]! * u[2]! - f[2]! * u[1]!, f[2]! * u[0]! - f[0]! * u[2]!, f[0]! * u[1]! - f[1]! * u[0]!];
    const depth = rel[0]! * f[0]! + rel[1]! * f[1]! + rel[2]! * f[2]!;
    const x = rel[0]! * r[0]! + rel[1]! * r[1]! + rel[2]! * r[2]!;
    const y = rel[0]! * u[0]! + rel[1]! * u[1]! + rel[2]! * u[2]!;
    const pxPerUnit = viewport.heightPx / (2 * Math.tan((s.fovDeg * Math.PI) / 360));
    return [viewport.widthPx / 2 + s.offsetPx[0]! + (x / depth) * pxPerUnit, viewport.heightPx / 2 + s.offsetPx[1]! - (y / depth) * pxPerUnit];
  }

  for (const [name, view] of [['focused on the Earth', focus('earth')], ['in the overview (drawn off-centre)', overview]] as const) {
    it(`keeps the point between the fingers under them once the zoom has settled (${name})`, () => {
      const rig = new CameraRig(fakeEphemeris());
      const viewport: RigViewport = { ...VIEWPORT, free: { left: 400, top: 0, right: 1280, bottom: 720 } };
      rig.update(0, 0, view, viewport);
      run(rig, view, 3, 0, viewport);
      const fingers: [number, number] = [980, 210];
      // The world point under the fingers: where their ray meets the ecliptic plane (view y = north) through the
      // point looked at.
      const s = rig.state;
      const f = s.forward, u = s.up;
      const r = [f[1]! * u[2]! - f[2]! * u[1]!, f[2]! * u[0]! - f[0]! * u[2]!, f[0]! * u[1]! - f[1]! * u[0]!];
      const kmPerPx = (2 * s.pose.distanceKm * Math.tan((s.fovDeg * Math.PI) / 360)) / viewport.heightPx;
      const dx = fingers[0] - (viewport.widthPx / 2 + s.offsetPx[0]!), dy = fingers[1] - (viewport.heightPx / 2 + s.offsetPx[1]!);
      const onFocalPlane = [0, 1, 2].map((c) => s.originKm[c]! + (r[c]! * dx - u[c]! * dy) * kmPerPx);
      const camera = [0, 1, 2].map((c) => s.originKm[c]! + s.positionKm[c]!);
      const along = (s.originKm[1]! - camera[1]!) / (onFocalPlane[1]! - camera[1]!);
      const point = [0, 1, 2].map((c) => camera[c]! + (onFocalPlane[c]! - camera[c]!) * along);
      expect(project(rig, point, viewport)[0]).toBeCloseTo(fingers[0], 1);
      // Small moves with a frame between each (the damped zoom mid-way), as fingers spread.
      for (let i = 0; i < 30; i++) {
        rig.zoomAt(0.15, ...fingers, viewport.widthPx, viewport.heightPx);
        rig.update(0, FRAME_SEC, view, viewport);
      }
      run(rig, view, 4, 0, viewport);
      expect(rig.state.pose.distanceKm).toBeLessThan(kmPerPx * viewport.heightPx);
      const [x, y] = project(rig, point, viewport);
      expect(Math.hypot(x - fingers[0], y - fingers[1])).toBeLessThan(2);
    });
  }
});
