import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { cross, dot, norm, normalize, sub, type Vec3 } from '../../src/core/vec3.ts';
import { AU_KM } from '../../src/core/constants.ts';
import {
  armCameraPose, defaultProbeAxes, probeEyeAxes, probeEyeSubject, probeRollRad, projectDirection,
} from '../../src/state/camera/probe-eye.ts';
import { displayRadiusKm, kmPerPixel } from '../../src/scene/pixel-size.ts';
import { BODY_BY_ID } from '../../src/core/bodies.ts';
import type { MissionPhase } from '../../src/worker/protocol.ts';

const FOV_RAD = (50 * Math.PI) / 180;
const ASPECT = 16 / 9;

function randomUnit(random: () => number): Vec3 {
  const z = 2 * random() - 1, phi = 2 * Math.PI * random(), r = Math.sqrt(1 - z * z);
  return [r * Math.cos(phi), z, r * Math.sin(phi)];
}

/** Random geometries: probe within ~1.5 au of the Sun, subject 20 km to 2 au away. */
function randomScene(random: () => number) {
  const probeKm: Vec3 = randomUnit(random).map((c) => c * (0.6 + random()) * AU_KM) as Vec3;
  const sunKm: Vec3 = [0, 0, 0];
  const subjectDistanceKm = 10 ** (1.3 + random() * 7.2);
  const subjectKm = randomUnit(random).map((c, i) => probeKm[i]! + c * subjectDistanceKm) as Vec3;
  return { probeKm, sunKm, subjectKm };
}

/** A geometry like the "cosmic snapshot" (2025-10-01): the distances the app shows then (probe 0.966 au from the Sun, Earth ~0.2 au away); the direction is illustrative. */
const SNAPSHOT = {
  probeKm: [0.966 * AU_KM, 0, 0] as Vec3,
  sunKm: [0, 0, 0] as Vec3,
  subjectKm: [0.966 * AU_KM - 0.12 * AU_KM, 0.01 * AU_KM, 0.16 * AU_KM] as Vec3,
};

describe('probe attitude for the arm camera', () => {
  it('property: wings face the Sun, the deck normal is perpendicular to Sun and subject, the subject is on +x', () => {
    const random = seededRandom(20251001);
    for (let i = 0; i < 500; i++) {
      const toSun = randomUnit(random), toSubject = randomUnit(random);
      const axes = probeEyeAxes(toSun, toSubject);
      expect(dot(axes.z, toSun)).toBeCloseTo(1, 12);
      expect(Math.abs(dot(axes.y, toSubject))).toBeLessThan(1e-12);
      expect(Math.abs(dot(axes.y, toSun))).toBeLessThan(1e-12);
      expect(dot(axes.x, toSubject)).toBeGreaterThanOrEqual(0);
      // right-handed and orthonormal
      const xy = cross(axes.x, axes.y);
      for (let c = 0; c < 3; c++) expect(xy[c]).toBeCloseTo(axes.z[c]!, 12);
    }
  });

  it('property: the roll turns the default Sun-facing attitude (three\'s lookAt, up = +y) into those axes', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 500; i++) {
      const axes = probeEyeAxes(randomUnit(random), randomUnit(random));
      const base = defaultProbeAxes(axes.z);
      const roll = probeRollRad(axes);
      // Rotating the local y axis by `roll` about local z: (-sin, cos, 0) in the base frame.
      const rolledY = base.x.map((xc, c) => -Math.sin(roll) * xc + Math.cos(roll) * base.y[c]!);
      for (let c = 0; c < 3; c++) expect(rolledY[c]).toBeCloseTo(axes.y[c]!, 10);
    }
  });

  it('falls back to the default attitude when the subject lies along the Sun line', () => {
    const axes = probeEyeAxes([1, 0, 0], [-1, 0, 0]);
    expect(probeRollRad(axes)).toBeCloseTo(0, 12);
  });
});

describe('arm camera placement', () => {
  it('property: the camera sits within a few metres of the probe and the subject is in the frame, right of and above the centre', () => {
    const random = seededRandom(125);
    for (let i = 0; i < 500; i++) {
      const { probeKm, sunKm, subjectKm } = randomScene(random);
      const pose = armCameraPose(probeKm, sunKm, subjectKm);
      const offsetM = norm(pose.offsetKm) * 1000;
      expect(offsetM).toBeGreaterThan(2);
      expect(offsetM).toBeLessThan(6);
      expect(dot(pose.forward, pose.up)).toBeCloseTo(0, 12);
      const fromCamera = normalize(sub(sub(subjectKm, probeKm), pose.offsetKm));
      const ndc = projectDirection(fromCamera, pose, FOV_RAD, ASPECT);
      expect(ndc).not.toBeNull();
      expect(ndc![0]).toBeGreaterThan(0.1);
      expect(ndc![0]).toBeLessThan(0.9);
      expect(ndc![1]).toBeGreaterThan(0.1);
      expect(ndc![1]).toBeLessThan(0.9);
    }
  });

  it('looks at the Earth on the snapshot date: the look direction is within the field of view of the Earth direction', () => {
    const pose = armCameraPose(SNAPSHOT.probeKm, SNAPSHOT.sunKm, SNAPSHOT.subjectKm);
    const toEarth = normalize(sub(SNAPSHOT.subjectKm, SNAPSHOT.probeKm));
    const angleDeg = (Math.acos(dot(pose.forward, toEarth)) * 180) / Math.PI;
    // Off-centre on purpose (the composition), but well inside the 50° × 80° view.
    expect(angleDeg).toBeGreaterThan(5);
    expect(angleDeg).toBeLessThan(25);
  });

  it('puts the probe in the foreground: its centre and the capsule are in front of the camera, low in the frame', () => {
    const pose = armCameraPose(SNAPSHOT.probeKm, SNAPSHOT.sunKm, SNAPSHOT.subjectKm);
    const toProbeCentre: Vec3 = [-pose.offsetKm[0], -pose.offsetKm[1], -pose.offsetKm[2]];
    const centre = projectDirection(normalize(toProbeCentre), pose, FOV_RAD, ASPECT);
    expect(centre).not.toBeNull();
    expect(centre![1]).toBeLessThan(0);
    expect(centre![1]).toBeGreaterThan(-1.5);
    // The capsule's top, 1.5 m up the deck normal.
    const capsuleTop = toProbeCentre.map((c, i) => c + 1.5e-3 * pose.axes.y[i]!) as Vec3;
    const capsule = projectDirection(normalize(capsuleTop), pose, FOV_RAD, ASPECT);
    expect(capsule).not.toBeNull();
    expect(Math.abs(capsule![0])).toBeLessThan(1);
    expect(Math.abs(capsule![1])).toBeLessThan(1);
  });

  it('metres from the camera the probe is drawn at its true size, even with enlarged bodies on', () => {
    const distanceKm = norm(armCameraPose(SNAPSHOT.probeKm, SNAPSHOT.sunKm, SNAPSHOT.subjectKm).offsetKm);
    const look = BODY_BY_ID.probe;
    const kmPerPx = kmPerPixel(distanceKm, FOV_RAD, 720);
    expect(displayRadiusKm(look.radiusKm, look.minPixels, kmPerPx, true)).toBe(look.radiusKm);
  });

});

describe('subject of the arm camera', () => {
  const phases: MissionPhase[] = [
    { id: 'cruise', nameEn: '', nameZh: '', startTdbSec: 0, endTdbSec: 100, targetId: 'kamooalewa' },
    { id: 'return', nameEn: '', nameZh: '', startTdbSec: 100, endTdbSec: 200, targetId: 'earth' },
    { id: 'cruise2', nameEn: '', nameZh: '', startTdbSec: 200, endTdbSec: 300, targetId: '311p' },
  ];
  it('is the Earth looking back, the phase\'s target otherwise (first/last phase outside them), none in orbit', () => {
    expect(probeEyeSubject('orbit', phases, 50)).toBeNull();
    expect(probeEyeSubject('probe-back-to-earth', phases, 250)).toBe('earth');
    expect(probeEyeSubject('probe-to-target', phases, 50)).toBe('kamooalewa');
    expect(probeEyeSubject('probe-to-target', phases, 250)).toBe('311p');
    expect(probeEyeSubject('probe-to-target', phases, -10)).toBe('kamooalewa');
    expect(probeEyeSubject('probe-to-target', phases, 400)).toBe('311p');
  });
});
