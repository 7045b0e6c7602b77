/**
 * The one ephemeris: every body's state at any time in any view frame, from sampled tracks. Checked against tracks
 * built from closed-form circular orbits, where the true state at every time is known.
 */
import { describe, expect, it } from 'vitest';
import { AU_KM, DAY_S, MU_SUN_KM3_S2 } from '../../src/core/constants.ts';
import { Ephemeris } from '../../src/core/ephemeris.ts';
import { eqjToEcl } from '../../src/core/frames.ts';
import type { Track } from '../../src/core/track.ts';
import type { Vec3 } from '../../src/core/vec3.ts';

/** A circular orbit in the EQJ x–y plane, sampled every `stepDays`, radius in au. */
function circularTrack(id: string, radiusAu: number, startTdbSec: number, days: number, stepDays = 0.25, phase = 0, segments = 1): Track {
  const r = radiusAu * AU_KM;
  const n = Math.sqrt(MU_SUN_KM3_S2 / r ** 3);
  const count = Math.round(days / stepDays) + 1;
  const per = Math.ceil(count / segments);
  const out: Track = { id, segments: [] };
  for (let s = 0; s < segments; s++) {
    const from = s * per, to = Math.min(count, from + per + 1);
    const seg = { tdbSec: new Float64Array(to - from), posKm: new Float64Array(3 * (to - from)), velKmS: new Float64Array(3 * (to - from)) };
    for (let i = from; i < to; i++) {
      const t = startTdbSec + i * stepDays * DAY_S;
      const a = phase + n * (t - startTdbSec);
      const k = i - from;
      seg.tdbSec[k] = t;
      seg.posKm.set([r * Math.cos(a), r * Math.sin(a), 0], 3 * k);
      seg.velKmS.set([-r * n * Math.sin(a), r * n * Math.cos(a), 0], 3 * k);
    }
    out.segments.push(seg);
  }
  return out;
}

const T0 = 8.0e8;

describe('the ephemeris', () => {
  const earth = circularTrack('earth', 1, T0, 60);
  // A body 1.01 au out on the Earth's own line and angular rate (not Keplerian: it co-rotates by construction).
  const companion: Track = (() => {
    const track = circularTrack('kamooalewa', 1, T0, 60);
    for (const seg of track.segments) for (let i = 0; i < seg.posKm.length; i++) { seg.posKm[i]! *= 1.01; seg.velKmS[i]! *= 1.01; }
    return track;
  })();
  const ephemeris = new Ephemeris([earth, companion]);

  it('gives the track\'s own state in ICRF and the ecliptic one in the heliocentric view frame (y = ecliptic north)', () => {
    const t = T0 + 10.3 * DAY_S;
    const icrf: Vec3 = [0, 0, 0], view = [0, 0, 0];
    expect(ephemeris.stateAt('earth', t, 'icrf', icrf)).toBe(true);
    expect(Math.hypot(...icrf) / AU_KM).toBeCloseTo(1, 6);
    expect(ephemeris.stateAt('earth', t, 'heliocentric', view)).toBe(true);
    const ecl = eqjToEcl(icrf);
    expect(view[0]).toBeCloseTo(ecl[0], 3);
    expect(view[1]).toBeCloseTo(ecl[2], 3);
    expect(view[2]).toBeCloseTo(-ecl[1], 3);
  });

  it('in the Sun–Earth rotating frame, the Earth is the origin and a co-rotating body stands still', () => {
    const t = T0 + 33.7 * DAY_S;
    const earthPos = [1, 1, 1], pos = [0, 0, 0], vel = [9, 9, 9];
    ephemeris.stateAt('earth', t, 'sun-earth-rotating', earthPos);
    earthPos.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-3));
    ephemeris.stateAt('kamooalewa', t, 'sun-earth-rotating', pos, vel);
    expect(pos[0]).toBeCloseTo(0.01 * AU_KM, 0);
    expect(Math.hypot(pos[1]!, pos[2]!)).toBeLessThan(1);
    // 0.3 km/s of orbital speed at 1.01 au would show as 0.3 km/s here if the frame's turn were left out.
    expect(Math.hypot(vel[0]!, vel[1]!, vel[2]!)).toBeLessThan(1e-6);
  });

  it('centres a state on another body, in the frame\'s axes', () => {
    const t = T0 + 5 * DAY_S;
    const rel = [0, 0, 0], relVel = [0, 0, 0];
    expect(ephemeris.stateAt('kamooalewa', t, 'heliocentric', rel, relVel, 'earth')).toBe(true);
    expect(Math.hypot(rel[0]!, rel[1]!, rel[2]!)).toBeCloseTo(0.01 * AU_KM, 0);
    expect(ephemeris.distanceKm('kamooalewa', 'earth', t)).toBeCloseTo(0.01 * AU_KM, 0);
    expect(ephemeris.distanceKm('sun', 'earth', t)).toBeCloseTo(AU_KM, 0);
  });

  it('answers false outside a track\'s coverage, for a body without a track, and leaves the output alone; a planet outside its samples comes from astronomy-engine', () => {
    const out = [7, 7, 7];
    expect(ephemeris.stateAt('kamooalewa', T0 - 1, 'heliocentric', out)).toBe(false);
    expect(ephemeris.stateAt('probe', T0 + DAY_S, 'heliocentric', out)).toBe(false);
    expect(out).toEqual([7, 7, 7]);
    // The Earth a year before its (test) track: where astronomy-engine puts it, about 1 au from the Sun.
    expect(ephemeris.stateAt('earth', T0 - 365 * DAY_S, 'heliocentric', out)).toBe(true);
    expect(Math.hypot(...out) / AU_KM).toBeGreaterThan(0.98);
    expect(Math.hypot(...out) / AU_KM).toBeLessThan(1.02);
    expect(Number.isNaN(ephemeris.distanceKm('probe', 'earth', T0))).toBe(true);
    expect(ephemeris.has('sun') && ephemeris.has('earth') && !ephemeris.has('probe')).toBe(true);
    expect(ephemeris.coverage('earth')).toEqual({ startTdbSec: T0, endTdbSec: T0 + 60 * DAY_S });
  });

  it('the rotating frame needs the Earth: without its track no body can be placed in it', () => {
    const alone = new Ephemeris([companion]);
    expect(alone.stateAt('kamooalewa', T0 + DAY_S, 'sun-earth-rotating', [0, 0, 0])).toBe(false);
    expect(alone.samplesIn('kamooalewa', 'sun-earth-rotating')).toBeNull();
    expect(alone.stateAt('kamooalewa', T0 + DAY_S, 'heliocentric', [0, 0, 0])).toBe(true);
  });

  it('refuses a track no catalogue body owns', () => {
    expect(() => new Ephemeris([circularTrack('pluto', 39, T0, 10)])).toThrow(/no catalogue body "pluto"/);
    expect(() => new Ephemeris([circularTrack('toString', 1, T0, 10)])).toThrow(/no catalogue body/);
  });

  it('lists a track\'s samples in a frame within a time range, with where each segment starts', () => {
    const probe = circularTrack('probe', 1.2, T0, 10, 1, 0, 2);
    const e = new Ephemeris([earth, probe]);
    const all = e.samplesIn('probe', 'heliocentric')!;
    expect(all.count).toBe(probe.segments.reduce((n, s) => n + s.tdbSec.length, 0));
    expect(all.segmentStarts).toEqual([0, probe.segments[0]!.tdbSec.length]);
    const part = e.samplesIn('probe', 'heliocentric', T0 + 2 * DAY_S, T0 + 4 * DAY_S)!;
    expect([...part.tdbSec].every((t) => t >= T0 + 2 * DAY_S && t <= T0 + 4 * DAY_S)).toBe(true);
  });
});

describe('the capsule', () => {
  it('rides on the probe until its own track begins, and has no state after its track ends (it has landed)', () => {
    const probe = circularTrack('probe', 1.2, T0, 10);
    const capsule = circularTrack('capsule', 1.1, T0 + 5 * DAY_S, 2);
    const e = new Ephemeris([probe, capsule]);
    const onBoard = [0, 0, 0], probePos = [0, 0, 0];
    expect(e.stateAt('capsule', T0 + 2 * DAY_S, 'icrf', onBoard)).toBe(true);
    e.stateAt('probe', T0 + 2 * DAY_S, 'icrf', probePos);
    expect(onBoard).toEqual(probePos);
    expect(e.hasStateAt('capsule', T0 + 6 * DAY_S)).toBe(true);
    expect(e.distanceKm('capsule', 'probe', T0 + 6 * DAY_S)).toBeGreaterThan(0.05 * AU_KM);
    expect(e.hasStateAt('capsule', T0 + 8 * DAY_S)).toBe(false);
  });
});
