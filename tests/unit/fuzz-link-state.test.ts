/**
 * Property tests of deep links (fast-check, fixed seeds): any query parses without throwing into values the app
 * accepts, with a bounded notice; every state the app can hold is written as a query its reader accepts without
 * a notice and reads back as the same view; and a link read, written and read again needs no notice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { FOCUSABLE_BODY_IDS as FOCUSABLE_IDS } from '../../src/core/bodies.ts';
import { parseLinkState, serializeLinkState, type LinkLimits, type LinkState } from '../../src/state/link-state.ts';
import { MAX_RATE_S_PER_S, MIN_RATE_S_PER_S } from '../../src/state/playback-rate.ts';

const LIMITS: LinkLimits = {
  startTdbSec: tdbSecFromIsoUtc('2025-05-01T00:00:00Z'),
  stopTdbSec: tdbSecFromIsoUtc('2036-06-01T00:00:00Z'),
  focusIds: FOCUSABLE_IDS,
  minAbsMultiplier: MIN_RATE_S_PER_S,
  maxAbsMultiplier: MAX_RATE_S_PER_S,
};

/** Generous: the machine is shared, and a property run is bounded by its count, not by time. */
const FUZZ_TIMEOUT_MS = 60_000;

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const KEYS = ['t', 'rate', 'play', 'frame', 'focus', 'cam', 'labels', 'size', 'lang', 'embed', ...PROTOTYPE_NAMES, 'x'];

/** Values that have broken parsers before: prototype names, tiny and huge numbers, dates at and past the ends. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_NAMES, 'helio', 'rot', 'en', 'zh', 'big', 'true', '1', '0', '', ' ', 'NaN', 'Infinity', '-Infinity',
    '1e-320', '-1e-320', '5e-324', '0.0004', '0.9999', '1', '-1', '31557600', '31557601', '1e308', '0x10', '1_000',
    '2025-05-01T00:00:00Z', '2036-06-01T00:00:00Z', '2036-06-01T00:00:01Z', '1999-01-01T00:00:00Z', '275760-09-13T00:00:00Z',
    '0,0,0', '0,90,1', '0,90.0001,1', '1,2', '1,2,3,4', 'NaN,0,1', '1e400,0,1', ',,', '%00', '\u202e', '漢字', '😀',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double().map(String),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
);

const hostileQuery = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...KEYS), hostileValue), { maxLength: 14 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

/** Every value the parser may return is one the app accepts. */
function expectAccepted(state: LinkState): void {
  if (state.tdbSec !== undefined) {
    expect(state.tdbSec).toBeGreaterThanOrEqual(LIMITS.startTdbSec);
    expect(state.tdbSec).toBeLessThanOrEqual(LIMITS.stopTdbSec);
  }
  if (state.multiplier !== undefined) {
    expect(Math.abs(state.multiplier)).toBeGreaterThanOrEqual(MIN_RATE_S_PER_S);
    expect(Math.abs(state.multiplier)).toBeLessThanOrEqual(MAX_RATE_S_PER_S);
  }
  if (state.frame !== undefined) expect(['heliocentric', 'sun-earth-rotating']).toContain(state.frame);
  if (state.focusId !== undefined) expect(FOCUSABLE_IDS).toContain(state.focusId);
  if (state.language !== undefined) expect(['en', 'zh']).toContain(state.language);
  for (const flag of [state.playing, state.labelsVisible, state.bodiesExaggerated, state.embed]) {
    if (flag !== undefined) expect(typeof flag).toBe('boolean');
  }
  if (state.camera) {
    const { azimuthDeg, elevationDeg, distanceKm } = state.camera;
    expect(azimuthDeg >= 0 && azimuthDeg < 360).toBe(true);
    expect(Math.abs(elevationDeg)).toBeLessThanOrEqual(90);
    expect(distanceKm >= 0.001 && distanceKm <= 1e11).toBe(true);
  }
}

/** Any state the app could hold, including values it should never write as they are. */
const anyState: fc.Arbitrary<LinkState> = fc.record({
  tdbSec: fc.oneof(fc.double({ min: LIMITS.startTdbSec - 1e9, max: LIMITS.stopTdbSec + 1e9, noNaN: true }),
    fc.constantFrom(LIMITS.startTdbSec, LIMITS.stopTdbSec, Number.NaN)),
  multiplier: fc.oneof(fc.double(), fc.constantFrom(1e-320, -1e-320, 0.9996, 1, -MAX_RATE_S_PER_S, MAX_RATE_S_PER_S + 0.0004)),
  playing: fc.boolean(),
  frame: fc.constantFrom('heliocentric' as const, 'sun-earth-rotating' as const),
  focusId: fc.oneof(fc.constantFrom(...FOCUSABLE_IDS), fc.constantFrom('pluto', 'toString', '__proto__')),
  camera: fc.record({ azimuthDeg: fc.double(), elevationDeg: fc.double({ min: -100, max: 100 }), distanceKm: fc.double({ min: 0, max: 1e12 }) }),
  labelsVisible: fc.boolean(),
  bodiesExaggerated: fc.boolean(),
  language: fc.constantFrom('en' as const, 'zh' as const),
  embed: fc.boolean(),
}, { requiredKeys: [] });

/** A state the app holds in normal use: values within the limits. */
const appState: fc.Arbitrary<LinkState> = fc.record({
  tdbSec: fc.double({ min: LIMITS.startTdbSec, max: LIMITS.stopTdbSec, noNaN: true }),
  multiplier: fc.tuple(fc.double({ min: MIN_RATE_S_PER_S, max: MAX_RATE_S_PER_S, noNaN: true }), fc.boolean()).map(([m, back]) => (back ? -m : m)),
  playing: fc.boolean(),
  frame: fc.constantFrom('heliocentric' as const, 'sun-earth-rotating' as const),
  focusId: fc.constantFrom(...FOCUSABLE_IDS),
  camera: fc.record({
    azimuthDeg: fc.double({ min: 0, max: 360, maxExcluded: true, noNaN: true }),
    elevationDeg: fc.double({ min: -90, max: 90, noNaN: true }),
    distanceKm: fc.double({ min: 0.001, max: 1e11, noNaN: true }),
  }),
  labelsVisible: fc.boolean(),
  bodiesExaggerated: fc.boolean(),
  language: fc.constantFrom('en' as const, 'zh' as const),
  embed: fc.boolean(),
}, { requiredKeys: [] });

describe('fuzzing deep links', () => {
  it('parses 5,000 hostile queries without throwing, into accepted values, with at most 6 short notices', () => {
    fc.assert(fc.property(hostileQuery, (query) => {
      const { state, problems } = parseLinkState(query, LIMITS);
      expectAccepted(state);
      expect(problems.length).toBeLessThanOrEqual(6);
      for (const problem of problems) expect(problem.length).toBeLessThan(200);
      // Nothing leaked onto the shared prototype.
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { seed: 20_250_528, numRuns: 5000 });
  }, FUZZ_TIMEOUT_MS);

  it('refuses a frame, focus or language named after a prototype property, with a notice', () => {
    fc.assert(fc.property(fc.constantFrom('frame', 'focus', 'lang'), fc.constantFrom(...PROTOTYPE_NAMES), (key, name) => {
      const { state, problems } = parseLinkState(`${key}=${name}`, LIMITS);
      expect(state).toEqual({});
      expect(problems).toHaveLength(1);
    }), { seed: 7, numRuns: 200 });
  }, FUZZ_TIMEOUT_MS);

  it('refuses rates slower than real time (1e-320 would freeze the clock while playing), with a notice', () => {
    fc.assert(fc.property(fc.double({ min: -MIN_RATE_S_PER_S, max: MIN_RATE_S_PER_S, maxExcluded: true, minExcluded: true, noNaN: true }), (rate) => {
      const { state, problems } = parseLinkState(`rate=${rate}&play=1`, LIMITS);
      expect(state.multiplier).toBeUndefined();
      expect(problems[0]).toMatch(/^rate=.* ignored/);
    }), { seed: 11, numRuns: 2000 });
  }, FUZZ_TIMEOUT_MS);

  it('writes 5,000 arbitrary states (NaN, 0, tiny and huge rates, unknown focus) as links read without a notice', () => {
    fc.assert(fc.property(anyState, (state) => {
      const { state: read, problems } = parseLinkState(serializeLinkState(state, LIMITS), LIMITS);
      expect(problems).toEqual([]);
      expectAccepted(read);
    }), { seed: 20_261_207, numRuns: 5000 });
  }, FUZZ_TIMEOUT_MS);

  it('round-trips 5,000 states the app holds: the same view within the written precision', () => {
    fc.assert(fc.property(appState, (state) => {
      const { state: read, problems } = parseLinkState(serializeLinkState(state, LIMITS), LIMITS);
      expect(problems).toEqual([]);
      if (state.tdbSec !== undefined) expect(Math.abs(read.tdbSec! - state.tdbSec)).toBeLessThanOrEqual(0.5 + 1e-6);
      if (state.multiplier !== undefined) {
        expect(Math.sign(read.multiplier!)).toBe(Math.sign(state.multiplier));
        expect(Math.abs(read.multiplier! - state.multiplier)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(state.multiplier));
      }
      if (state.camera) {
        const azimuthError = Math.abs(read.camera!.azimuthDeg - state.camera.azimuthDeg);
        expect(Math.min(azimuthError, 360 - azimuthError)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(read.camera!.elevationDeg - state.camera.elevationDeg)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(read.camera!.distanceKm / state.camera.distanceKm - 1)).toBeLessThanOrEqual(5e-6);
      }
      const { tdbSec: _t, multiplier: _m, camera: _c, ...exact } = state;
      const { tdbSec: _rt, multiplier: _rm, camera: _rc, ...readExact } = read;
      expect(readExact).toEqual(Object.fromEntries(Object.entries(exact).filter(([k, v]) => k !== 'embed' || v === true)));
    }), { seed: 28_05_2025, numRuns: 5000 });
  }, FUZZ_TIMEOUT_MS);

  it('reads, writes and reads again 3,000 hostile links: the written link needs no notice and is a fixed point', () => {
    fc.assert(fc.property(hostileQuery, (query) => {
      const first = parseLinkState(query, LIMITS).state;
      const written = serializeLinkState(first, LIMITS);
      const second = parseLinkState(written, LIMITS);
      expect(second.problems).toEqual([]);
      expect(serializeLinkState(second.state, LIMITS)).toBe(written);
    }), { seed: 1_080, numRuns: 3000 });
  }, FUZZ_TIMEOUT_MS);
});
