/**
 * The real ephemeris/ files load, and their numbers agree with each other and with the published figures
 * (JPL Horizons for Kamoʻoalewa, S. Nakano's NK 2770 and JPL for 311P; see ephemeris/README.md).
 */
import { describe, expect, it } from 'vitest';
import { AU_KM, DAY_S } from '../../src/core/constants.ts';
import { distance } from '../../src/core/vec3.ts';
import { bundledMissionFiles } from '../../src/core/mission-data/bundled.ts';
import {
  loadMissionData, MissionDataError, readMissionFiles, toKeplerianElements, type FileReader,
} from '../../src/core/mission-data/index.ts';
import {
  elementSetStateIcrfAu, gaussianMeanMotionDegPerDay, wrapDeg360,
} from '../../src/core/mission-data/orbit-consistency.ts';

const data = loadMissionData(bundledMissionFiles());
const kamooalewa = data.bodies.kamooalewa;
const comet = data.bodies['311p'];
const setOf = (body: typeof comet, id: string) => {
  const set = body.elementSets.find((s) => s.id === id);
  if (!set) throw new Error(`no element set ${id}`);
  return set;
};

/** Paths of objects that hold numbers with no `source` on themselves or an ancestor below the file's root. */
function unsourcedNumberGroups(node: unknown, path = '', sourced = false): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((item, i) => unsourcedNumberGroups(item, `${path}[${i}]`, sourced));
  }
  if (typeof node !== 'object' || node === null) return [];
  const fields = node as Record<string, unknown>;
  const covered = sourced || 'source' in fields;
  const holdsNumbers = Object.values(fields).some(
    (v) => typeof v === 'number' || (Array.isArray(v) && v.some((x) => typeof x === 'number')),
  );
  const here = holdsNumbers && !covered ? [path || '(root)'] : [];
  const isRoot = path === '';
  return [
    ...here,
    ...Object.entries(fields).flatMap(([key, value]) =>
      unsourcedNumberGroups(value, path ? `${path}.${key}` : key, isRoot ? false : covered),
    ),
  ];
}

describe('real mission data', () => {
  it('loads every bundled file', () => {
    expect(kamooalewa.elementSets.map((s) => s.id)).toEqual(['A', 'B', 'C']);
    expect(kamooalewa.newestElementSet.id).toBe('C');
    expect(comet.elementSets.map((s) => s.id)).toEqual(['E', 'G']);
    expect(comet.newestElementSet.id).toBe('G');
    expect(data.events.map((e) => e.id)).toEqual([
      'launch', 'first-image', 'cosmic-snapshot', 'deep-space-manoeuvre', 'kamooalewa-arrival', 'science-phase',
      'sampling', 'kamooalewa-departure', 'earth-flyby', 'comet-311p-arrival', 'mission-end',
    ]);
    expect(data.spacecraft.names.zh).toBe('天问二号');
  });

  it('gives every number a source or the word "illustrative" (on its group, not the whole file)', () => {
    for (const [name, json] of Object.entries(bundledMissionFiles())) {
      expect(unsourcedNumberGroups(json), name).toEqual([]);
    }
    // The walk itself finds a bare number.
    expect(unsourcedNumberGroups({ source: 'illustrative', physical: { diameterM: { value: 40 } } })).toEqual([
      'physical.diameterM',
    ]);
  });

  it('keeps events in chronological order with unique ids', () => {
    const times = data.events.map((e) => e.tdbSec);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
  });

  it('puts the launch at 2025-05-28 17:31 UTC = UTC + 69.184 s in TDB seconds since J2000', () => {
    // TDB − UTC = 37 leap seconds + 32.184 s (TT − TAI), TDB − TT within 2 ms (IERS Bulletin C 52, leap second of 2016-12-31; TT − TAI = 32.184 s, IAU 1991 Resolution A4).
    const launch = data.events[0];
    const utcSinceJ2000Sec = (Date.UTC(2025, 4, 28, 17, 31) - Date.UTC(2000, 0, 1, 12)) / 1000;
    expect(launch?.id).toBe('launch');
    expect(Math.abs((launch?.tdbSec ?? 0) - (utcSinceJ2000Sec + 69.184))).toBeLessThan(0.002);
  });

  it('marks the Earth-flyby day as illustrative within late November 2027', () => {
    const flyby = data.events.find((e) => e.id === 'earth-flyby');
    expect(flyby?.dateIsIllustrative).toBe(true);
    const date = new Date(flyby?.utcMs ?? 0);
    expect([date.getUTCFullYear(), date.getUTCMonth() + 1]).toEqual([2027, 11]);
    expect(date.getUTCDate()).toBeGreaterThanOrEqual(20);
  });
});

describe('orbit cross-checks against published figures', () => {
  it("Kamoʻoalewa set A reproduces JPL Horizons' ICRF state at 2017-04-11.0 TDB (solution JPL#35)", () => {
    // Elements and state both from the Horizons output for JPL#35 (JPL Horizons, solution JPL#35). Measured: 8.1e-11 au
    // (12 m) and 2.9e-12 au/day; the loader demands 1e-8 au and 1e-10 au/day.
    const set = setOf(kamooalewa, 'A');
    const published = kamooalewa.stateVectors[0];
    const computed = elementSetStateIcrfAu(set);
    expect(published?.elementSetId).toBe('A');
    expect(distance(computed.positionAu, published?.positionAu ?? [0, 0, 0])).toBeLessThan(1e-9);
    expect(distance(computed.velocityAuPerDay, published?.velocityAuPerDay ?? [0, 0, 0])).toBeLessThan(1e-11);
  });

  it("311P set G: Nakano's n' = 0.30438745 °/day is the Gaussian k·a^-1.5, and q = a(1 − e)", () => {
    // NK 2770 (http://www.oaa.gr.jp/~oaacs/nk/nk2770.htm) prints a, e, n' and q separately. Measured 3.2e-9 relative.
    const g = setOf(comet, 'G');
    expect(Math.abs((g.meanMotionDegPerDay ?? 0) / gaussianMeanMotionDegPerDay(g.semiMajorAxisAu) - 1)).toBeLessThan(1e-8);
    // a, e and q are each rounded to 7 decimals: together at most ~1.6e-7 au apart (measured 8.4e-8 au).
    expect(Math.abs(g.semiMajorAxisAu * (1 - g.eccentricity) - (g.perihelionDistanceAu ?? 0))).toBeLessThan(2e-7);
  });

  it("311P: Nakano's set G (M from T) and JPL's set E agree 88 days apart", () => {
    // Two independent sources. E's M (337.88°, 2 decimals) advanced by n·88 d gives 4.666°; G's T and n give
    // 4.674°. Over 88 days main-belt perturbations are small, so they must agree to a few hundredths of a degree.
    const g = setOf(comet, 'G');
    const e = setOf(comet, 'E');
    expect(g.meanAnomalyDerived).toBe(true);
    expect(g.meanAnomalyDeg).toBeCloseTo(0.30438745 * (2457960.5 - 2457945.14354), 4);
    const eAdvanced = wrapDeg360(e.meanAnomalyDeg + (g.meanMotionDegPerDay ?? 0) * (g.epochJdTdb - e.epochJdTdb));
    expect(Math.abs(eAdvanced - g.meanAnomalyDeg)).toBeLessThan(0.02);
  });

  it("converts an element set to the core's units (km, rad, TDB seconds since J2000)", () => {
    const c = setOf(kamooalewa, 'C');
    const el = toKeplerianElements(c);
    expect(el.epochTdbSec).toBe((2461082.5 - 2451545.0) * DAY_S);
    expect(el.semiMajorAxisKm).toBeCloseTo(1.000695066067779 * AU_KM, 3);
    expect(el.inclinationRad).toBeCloseTo((7.801014560776962 * Math.PI) / 180, 15);
  });
});

describe('loader contract', () => {
  it('names a missing file and a file nobody validates', () => {
    const files: Record<string, unknown> = { ...bundledMissionFiles(), 'ephemeris/earth.json': {} };
    delete files['ephemeris/spacecraft.json'];
    expect(() => loadMissionData(files)).toThrow(MissionDataError);
    try {
      loadMissionData(files);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^mission data: 2 problems\n/);
      expect(message).toContain('ephemeris/earth.json: (root): expected a file with a registered validator');
      expect(message).toContain('ephemeris/spacecraft.json: (root): expected the parsed JSON of this file, got nothing');
    }
  });

  it('refuses a file that is not an object', () => {
    expect(() => loadMissionData({ ...bundledMissionFiles(), 'ephemeris/mission-events.json': [] })).toThrow(
      'ephemeris/mission-events.json: (root): expected an object, got an array of 0',
    );
  });

  it('lets a new file join through the reader registry', () => {
    const readDesign: FileReader<{ launchC3Km2S2: number }> = (r, json) => {
      const o = r.object(json, '', { required: ['launchC3Km2S2', 'source'] });
      return o ? { launchC3Km2S2: r.number(o, 'launchC3Km2S2') } : undefined;
    };
    const read = readMissionFiles({ 'design.json': { launchC3Km2S2: 1.5, source: 'illustrative' } }, { 'design.json': readDesign });
    expect(read['design.json'].launchC3Km2S2).toBe(1.5);
    expect(() => readMissionFiles({ 'design.json': { launchC3Km2S2: 'x', source: 'illustrative' } }, { 'design.json': readDesign }))
      .toThrow('design.json: launchC3Km2S2: expected a finite number, got "x"');
  });

  it('requires a citation with a URL on real events and "illustrative" on illustrative ones', () => {
    const files = structuredClone(bundledMissionFiles()) as Record<string, { events: Record<string, unknown>[] }>;
    const events = files['ephemeris/mission-events.json']?.events ?? [];
    (events[0] as Record<string, unknown>).source = 'illustrative';
    (events[1] as Record<string, unknown>).status = 'illustrative';
    (events[2] as Record<string, unknown>).source = { ref: 'somewhere', urls: [] };
    expect(() => loadMissionData(files)).toThrow(MissionDataError);
    try {
      loadMissionData(files);
    } catch (error) {
      const lines = (error as Error).message.split('\n').slice(1);
      expect(lines).toEqual([
        'ephemeris/mission-events.json: events[0].source: expected a citation with a URL for an event whose status is "done", got "illustrative"',
        'ephemeris/mission-events.json: events[1].source: expected "illustrative" for an event whose status is "illustrative", got a citation',
        'ephemeris/mission-events.json: events[2].source.urls: expected an array with at least 1 item, got an array of 0',
      ]);
    }
  });
});
