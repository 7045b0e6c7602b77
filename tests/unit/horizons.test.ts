import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AU_KM, DAY_S } from '../../src/core/constants.ts';
import { eqjToEcl } from '../../src/core/frames.ts';
import { HorizonsParseError, parseHorizonsVectors, type HorizonsVectors } from '../../src/core/formats/horizons-parser.ts';
import { parseTdbCalendar } from '../../src/core/formats/tdb-calendar.ts';
import { norm, sub, type Vec3 } from '../../src/core/vec3.ts';

const read = (name: string): string => readFileSync(new URL(`../fixtures/horizons/${name}`, import.meta.url), 'utf8');
const icrfKmS = read('icrf-km-s.txt');
const eclipticCsv = read('ecliptic-au-d-csv.txt');
const eclipticOld = read('ecliptic-au-d-old-header.txt');
const vec = (a: Float64Array, i: number): Vec3 => [a[3 * i] as number, a[3 * i + 1] as number, a[3 * i + 2] as number];

function parseError(text: string): HorizonsParseError {
  try {
    parseHorizonsVectors(text, { sourceName: 'broken.txt' });
  } catch (error) {
    if (error instanceof HorizonsParseError) return error;
    throw error;
  }
  throw new Error('expected the parser to reject this input');
}
const lineOf = (text: string, prefix: string): number => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

describe('Horizons VECTORS parser', () => {
  it('reads a KM-S ICRF text table (3 records with LT/RG/RR lines)', () => {
    const result = parseHorizonsVectors(icrfKmS);
    expect(result).toMatchObject({
      targetName: '469219 Kamo`oalewa (2016 HO3)', targetSource: 'JPL#35', sourceUnits: 'KM-S', sourceFrame: 'ICRF',
    });
    expect(Array.from(result.samples.tdbSec)).toEqual(
      ['2017-04-11T00:00:00', '2017-04-12T00:00:00', '2017-04-13T00:00:00'].map(parseTdbCalendar));
    expect(vec(result.samples.posKm, 2)).toEqual([-1.527955445374478e8, -6.194022282126344e7, -9.621603814145237e6]);
    expect(vec(result.samples.velKmS, 1)).toEqual([9.634223420834061, -21.84631903920489, -12.26793242837973]);
  });

  // Golden value: the JPL#35 epoch state of 2016 HO3 from JPL Horizons, heliocentric ICRF, au and au/day
  // (JPL Horizons, solution JPL#35), which the first record of every fixture encodes.
  it('gives the published JPL#35 state of 2016 HO3 at 2017-04-11.0 TDB from the KM-S ICRF table', () => {
    const { samples } = parseHorizonsVectors(icrfKmS);
    const publishedAu: Vec3 = [-1.032503226069064, -0.3888111477885582, -0.05014632284375926];
    const publishedAuD: Vec3 = [5.337959409310668e-3, -1.2704128557331e-2, -7.097121526241582e-3];
    expect(samples.tdbSec[0]).toBe((2457854.5 - 2451545.0) * DAY_S);
    expect(norm(sub(vec(samples.posKm, 0), publishedAu.map((x) => x * AU_KM) as Vec3))).toBeLessThan(1e-6);
    expect(norm(sub(vec(samples.velKmS, 0), publishedAuD.map((v) => (v * AU_KM) / DAY_S) as Vec3))).toBeLessThan(1e-12);
  });

  it('reads AU-D ecliptic tables (CSV form, and the older two-line frame header) into the same EQJ km states', () => {
    const reference = parseHorizonsVectors(icrfKmS).samples;
    for (const text of [eclipticCsv, eclipticOld]) {
      const result: HorizonsVectors = parseHorizonsVectors(text);
      expect([result.sourceUnits, result.sourceFrame]).toEqual(['AU-D', 'ECLIPTIC_J2000']);
      expect(result.samples.tdbSec).toEqual(reference.tdbSec);
      for (let i = 0; i < 3; i++) {
        // Both fixtures print 16 significant digits: agreement to ~1e-16 relative, i.e. < 1e-4 km at 1 au.
        expect(norm(sub(vec(result.samples.posKm, i), vec(reference.posKm, i)))).toBeLessThan(1e-4);
        expect(norm(sub(vec(result.samples.velKmS, i), vec(reference.velKmS, i)))).toBeLessThan(1e-11);
      }
    }
  });

  it('rotates ecliptic to EQJ (the ecliptic fixture read back through eqjToEcl gives its printed numbers)', () => {
    const { samples } = parseHorizonsVectors(eclipticCsv);
    const ecliptic = eqjToEcl(vec(samples.posKm, 0)).map((x) => x / AU_KM);
    const printed = [-1.032503226069064, -3.766743153308363e-1, 1.086518408010297e-1];
    ecliptic.forEach((x, k) => expect(x).toBeCloseTo(printed[k] as number, 14));
  });

  it('accepts Windows line endings', () => {
    expect(parseHorizonsVectors(icrfKmS.replace(/\n/g, '\r\n')).samples.tdbSec.length).toBe(3);
  });
});

describe('Horizons VECTORS parser on unsupported or broken input', () => {
  it('rejects other centres, units and frames, naming the header line', () => {
    const phobos = icrfKmS.replace('Center body name: Sun (10)', 'Center body name: Phobos (401)');
    expect(parseError(phobos).message).toMatch(new RegExp(`^broken.txt line ${lineOf(icrfKmS, 'Center body name')}: centre "Phobos \\(401\\)" is not supported: expected one of SUN, .*MARS BARYCENTER`));
    const topocentric = icrfKmS.replace('Center-site name: BODY CENTER', 'Center-site name: Beijing');
    expect(parseError(topocentric).message).toMatch(/centre site "Beijing" is not supported: expected BODY CENTER/);
    expect(parseError(icrfKmS.replace('Output units    : KM-S', 'Output units    : KM-D')).message)
      .toBe(`broken.txt line ${lineOf(icrfKmS, 'Output units')}: output units "KM-D" are not supported: expected KM-S or AU-D`);
    expect(parseError(icrfKmS.replace('Reference frame : ICRF', 'Reference frame : FK4/B1950.0')).message)
      .toMatch(/reference frame "FK4\/B1950.0" is not supported: expected ICRF or Ecliptic of J2000.0/);
    expect(parseError(eclipticOld.replace('Ecliptic and Mean Equinox', 'Body Mean Equator and Node')).message)
      .toMatch(/coordinate system "Body Mean Equator and Node of Reference Epoch" is not supported/);
  });

  it('rejects a table without velocities, a truncated table and missing markers', () => {
    const positionsOnly = icrfKmS.split('\n').filter((l) => !l.startsWith(' VX=')).join('\n');
    expect(parseError(positionsOnly).message).toBe(`broken.txt line ${lineOf(icrfKmS, '2457854.5')}: record has no VX, VY, VZ: expected position and velocity (VEC_TABLE = 2 or 3)`);
    expect(parseError(icrfKmS.replace('$$EOE', '')).message).toMatch(/no \$\$EOE line after \$\$SOE: the output looks truncated/);
    expect(parseError('No ephemeris for target "2016 HO3" prior to A.D. 1600').message).toMatch(/^broken\.txt: no \$\$SOE line/);
    expect(parseError(icrfKmS.replace(/\$\$SOE\n[^]*\$\$EOE/, () => '$$SOE\n$$EOE')).message).toMatch(/no records between/);
  });

  it('rejects bad numbers, a space between sign and digits, bad dates and disagreeing JD/calendar pairs', () => {
    expect(parseError(icrfKmS.replace('VY=-2.184631903920489E+01', 'VY=-2.18463190392048gE+01')).message)
      .toMatch(/line \d+: VY value "-2.18463190392048gE\+01" is not a number/);
    expect(parseError(icrfKmS.replace(' X =-1.536447986416448E+08', ' X = - 1.536447986416448E+08')).message)
      .toMatch(/X value "-" is not a number/);
    expect(parseError(icrfKmS.replace('2017-Apr-12 00:00:00.0000 TDB', '2017-Apr-13 00:00:00.0000 TDB')).message)
      .toMatch(/JD 2457855.500000000 and calendar date "A.D. 2017-Apr-13 00:00:00.0000 TDB" disagree by 86400.000 s/);
    expect(parseError(icrfKmS.replace('2017-Apr-12 00:00:00.0000 TDB', '2017-Apr-12 00:00:00.0000 UT')).message)
      .toMatch(/does not say TDB/);
    expect(parseError(icrfKmS.replace('2017-Apr-12', '2017-Avr-12')).message).toMatch(/month "Avr": expected Jan ... Dec/);
    const swapped = icrfKmS.replace('2457856.500000000 = A.D. 2017-Apr-13', '2457854.500000000 = A.D. 2017-Apr-11');
    expect(parseError(swapped).message).toMatch(/epoch JD 2457854.500000000 is not after the previous record/);
  });

  it('rejects CSV rows with missing fields, naming the row', () => {
    const row = lineOf(eclipticCsv, '2457855.5');
    const broken = eclipticCsv.split('\n').map((l, i) => (i + 1 === row ? l.replace(/, [^,]*,$/, ',') : l)).join('\n');
    expect(parseError(broken).message).toBe(`broken.txt line ${row}: 7 fields: expected 8 (JDTDB, Calendar Date (TDB), X, Y, Z, VX, VY, VZ)`);
  });
});
