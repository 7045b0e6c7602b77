import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleAdaptive } from '../../src/core/adaptive-sampling.ts';
import { DAY_S, JULIAN_YEAR_S } from '../../src/core/constants.ts';
import { writeTrajectoryCsv } from '../../src/core/formats/csv-writer.ts';
import type { OemMessage, OemSegment } from '../../src/core/formats/oem-message.ts';
import { OemParseError, parseOem } from '../../src/core/formats/oem-parser.ts';
import { formatReal, writeOem } from '../../src/core/formats/oem-writer.ts';
import { parseTdbCalendar } from '../../src/core/formats/tdb-calendar.ts';
import { makeFlybyState } from './support/analytic-flyby.ts';

const fixture = readFileSync(new URL('../fixtures/oem/two-segments.oem', import.meta.url), 'utf8');
const covarianceFixture = readFileSync(new URL('../fixtures/oem/with-covariance.oem', import.meta.url), 'utf8');
const fixtureLines = fixture.split('\n');
/** 1-based number of the first fixture line starting with `prefix`, at or after line `from`. */
const lineOf = (prefix: string, from = 1): number => fixtureLines.findIndex((l, i) => i + 1 >= from && l.startsWith(prefix)) + 1;
const replaceLine = (lineNumber: number, replacement: string | null): string =>
  fixtureLines.flatMap((l, i) => (i + 1 === lineNumber ? (replacement === null ? [] : [replacement]) : [l])).join('\n');

function parseError(text: string): OemParseError {
  try {
    parseOem(text, { sourceName: 'broken.oem' });
  } catch (error) {
    if (error instanceof OemParseError) return error;
    throw error;
  }
  throw new Error('expected the parser to reject this input');
}

describe('OEM parser on a hand-written file', () => {
  const message = parseOem(fixture);

  it('reads the header, both segments and every comment', () => {
    expect(message.version).toBe('2.0');
    expect(message.header).toEqual({
      originator: 'TW2-EXPLORER-TESTS',
      creationDate: '2026-07-06T08:00:00Z',
      comments: ['Hand-written test fixture for tianwen2-explorer (illustrative numbers, not a real ephemeris).'],
    });
    expect(message.segments.map((s) => [s.objectName, s.centerName, s.refFrame, s.samples.tdbSec.length]))
      .toEqual([['TIANWEN-2', 'SUN', 'EME2000', 3], ['TIANWEN-2', 'SUN', 'ICRF', 2]]);
    expect(message.segments[0]?.comments).toEqual([
      'Cruise arc before an illustrative deep-space manoeuvre.', 'epoch, x y z [km], vx vy vz [km/s]',
    ]);
    expect(message.segments[0]).toMatchObject({
      interpolation: 'HERMITE', interpolationDegree: 3,
      useableStartTdbSec: parseTdbCalendar('2025-10-29T00:00:00'), useableStopTdbSec: parseTdbCalendar('2025-10-30T00:00:00'),
    });
  });

  it('reads epochs (calendar and day-of-year forms) and values, dropping optional accelerations', () => {
    const [first, second] = message.segments as unknown as [OemSegment, OemSegment];
    expect(Array.from(first.samples.tdbSec)).toEqual(
      ['2025-10-29T00:00:00', '2025-10-29T12:00:00', '2025-10-30T00:00:00'].map(parseTdbCalendar));
    expect(Array.from(second.samples.tdbSec)).toEqual(['2025-10-30T00:00:00', '2025-10-30T06:00:00'].map(parseTdbCalendar));
    expect(Array.from(first.samples.posKm.subarray(3, 6))).toEqual([1.207770e8, -8.40928e7, -3.66069e7]);
    expect(Array.from(second.samples.posKm.subarray(3, 6))).toEqual([121941000.5, -82729000.25, -36016000.125]);
    expect(Array.from(second.samples.velKmS.subarray(3, 6))).toEqual([17.95, 21.08, 9.135]);
  });

  it('accepts Windows line endings', () => {
    expect(parseOem(fixture.replace(/\n/g, '\r\n')).segments.length).toBe(2);
  });
});

describe('OEM writer', () => {
  // A 2-arc illustrative trajectory: an adaptive sampling of the analytic flyby, split at the periapsis.
  const periapsisTdbSec = 8.5e8 + 0.123456;
  const flyby = makeFlybyState({ periapsisRadiusKm: 6500, vInfinityKmS: 3, periapsisTdbSec });
  const options = { toleranceKm: 1, maxStepSec: 5 * DAY_S, minStepSec: 1 };
  const arc = (from: number, to: number): OemSegment => ({
    objectName: 'TIANWEN-2', objectId: 'ILLUSTRATIVE-1', centerName: 'SUN', refFrame: 'EME2000', timeSystem: 'TDB',
    comments: ['Illustrative path: CNSA has published no ephemeris.'], interpolation: 'HERMITE', interpolationDegree: 3,
    samples: sampleAdaptive(flyby, from, to, options),
  });
  const message: OemMessage = {
    header: { originator: 'TW2-EXPLORER', creationDate: '2026-07-06T08:00:00.000Z', comments: ['Round-trip test', ''] },
    segments: [arc(periapsisTdbSec - 0.5 * JULIAN_YEAR_S, periapsisTdbSec), arc(periapsisTdbSec, periapsisTdbSec + 0.5 * JULIAN_YEAR_S)],
  };
  message.segments[1]!.useableStartTdbSec = periapsisTdbSec + DAY_S;

  it('round-trips: write then parse gives the same samples (positions to 1e-9 km, epochs to 0.5 us)', () => {
    const parsed = parseOem(writeOem(message));
    expect(parsed.header).toEqual(message.header);
    expect(parsed.segments.length).toBe(2);
    parsed.segments.forEach((segment, k) => {
      const original = message.segments[k] as OemSegment;
      const { samples, centre, fileRefFrame, fileTimeSystem, ...meta } = segment;
      expect([centre, fileRefFrame, fileTimeSystem]).toEqual(['SUN', 'EME2000', 'TDB']);
      const { samples: originalSamples, ...originalMeta } = original;
      expect(Object.keys(meta).sort()).toEqual(Object.keys(originalMeta).sort());
      expect(meta.objectName).toBe(originalMeta.objectName);
      expect(meta.comments).toEqual(originalMeta.comments);
      if (originalMeta.useableStartTdbSec !== undefined) {
        expect(Math.abs((meta.useableStartTdbSec as number) - originalMeta.useableStartTdbSec)).toBeLessThanOrEqual(5e-7);
      }
      expect(samples.tdbSec.length).toBe(originalSamples.tdbSec.length);
      samples.tdbSec.forEach((t, i) => expect(Math.abs(t - (originalSamples.tdbSec[i] as number))).toBeLessThanOrEqual(5e-7));
      samples.posKm.forEach((x, i) => expect(Math.abs(x - (originalSamples.posKm[i] as number))).toBeLessThanOrEqual(1e-9));
      // 17 significant digits: the float64 values come back bit for bit.
      expect(samples.velKmS).toEqual(originalSamples.velKmS);
      expect(samples.posKm).toEqual(originalSamples.posKm);
    });
  });

  it('writes one META block per segment, keywords in the order CCSDS 502.0 lists the OEM metadata', () => {
    const text = writeOem(message);
    expect(text.startsWith('CCSDS_OEM_VERS = 2.0\nCOMMENT Round-trip test\nCOMMENT\nCREATION_DATE = ')).toBe(true);
    expect(text.match(/^META_START$/gm)?.length).toBe(2);
    const order = ['OBJECT_NAME', 'OBJECT_ID', 'CENTER_NAME', 'REF_FRAME', 'TIME_SYSTEM', 'START_TIME', 'USEABLE_START_TIME', 'STOP_TIME', 'INTERPOLATION', 'INTERPOLATION_DEGREE'];
    const secondMeta = text.split('META_START')[2]!.split('META_STOP')[0]!;
    const keywords = [...secondMeta.matchAll(/^([A-Z_]+) =/gm)].map((m) => m[1]);
    expect(keywords).toEqual(order);
  });

  it('formats numbers in aligned columns, with the shortest digits that read back to the same float64', () => {
    expect(formatReal(149597870.7)).toBe(' 1.4959787070000000E+08');
    expect(formatReal(-29.78)).toBe('-2.9780000000000000E+01');
    expect(formatReal(-1e-10)).toBe('-1.0000000000000000E-10');
    expect(formatReal(0)).toBe(' 0.0000000000000000E+00');
    expect(formatReal(1e300)).toBe(' 1.0000000000000000E+300');
    expect(formatReal(-1e-10).length).toBe(formatReal(6.5e8).length);
    const third = 1 / 3;
    expect(formatReal(third)).toBe(' 3.3333333333333330E-01'); // 16 digits suffice here
    expect(Number(formatReal(third))).toBe(third);
  });

  it('refuses what it cannot write faithfully', () => {
    const base = message.segments[0] as OemSegment;
    const n = base.samples.tdbSec.length;
    const clash = { ...base, samples: { ...base.samples, tdbSec: base.samples.tdbSec.map((t, i) => (i === 1 ? (base.samples.tdbSec[0] as number) + 1e-7 : t)) } };
    expect(() => writeOem({ ...message, segments: [clash] })).toThrow(/sample 1 .* is not after sample 0 .* at 6 decimals/);
    expect(() => writeOem({ ...message, segments: [] })).toThrow(/no segments/);
    expect(() => writeOem({ ...message, header: { ...message.header, creationDate: 'yesterday' } })).toThrow(/CREATION_DATE/);
    expect(() => writeOem({ ...message, segments: [{ ...base, comments: ['two\nlines'] }] })).toThrow(/COMMENT must be one line/);
    expect(() => writeOem({ ...message, segments: [{ ...base, samples: { ...base.samples, posKm: base.samples.posKm.subarray(3) } }] }))
      .toThrow(new RegExp(`${n} times but ${3 * n - 3} position`));
    expect(() => writeOem({ ...message, segments: [{ ...base, useableStopTdbSec: 0 }] })).toThrow(/USEABLE_STOP_TIME .* outside the samples/);
  });
});

describe('OEM parser on broken input: errors name the line, the keyword and what was expected', () => {
  it('missing META_STOP', () => {
    const line = lineOf('META_STOP');
    const error = parseError(replaceLine(line, null));
    // COMMENT lines are allowed in a META block: the first data line is where META_STOP was due.
    expect(error.lineNumber).toBe(lineOf('2025-10-29T00:00:00.000000  ') - 1);
    expect(error.message).toMatch(/^broken\.oem line \d+ \(META_STOP\): expected a KEYWORD = value line or META_STOP, found "2025-10-29T00/);
    const secondMetaStop = lineOf('META_STOP', line + 1);
    const atNextMeta = parseError(replaceLine(secondMetaStop, null).replace(/^META_STOP\n\n/m, ''));
    expect(atNextMeta.message).toMatch(/META_STOP/);
  });

  it('a data line with 5 numbers', () => {
    const line = lineOf('2025-10-29T12:00:00');
    const error = parseError(replaceLine(line, '2025-10-29T12:00:00.000000 1.2e8 -8.4e7 -3.6e7 17.9 21.0'));
    expect(error.message).toBe(`broken.oem line ${line} (data line): expected an epoch and 6 numbers (x y z in km, vx vy vz in km/s), optionally 3 accelerations; found 5 numbers after the epoch`);
  });

  it('a TIME_SYSTEM the app cannot convert, known to CCSDS or not', () => {
    const line = lineOf('TIME_SYSTEM');
    expect(parseError(replaceLine(line, 'TIME_SYSTEM = UT1')).message)
      .toBe(`broken.oem line ${line} (TIME_SYSTEM): UT1 is a CCSDS time system but not supported here: expected TDB, TT, TAI, GPS, UTC`);
    expect(parseError(replaceLine(line, 'TIME_SYSTEM = BJT')).message)
      .toBe(`broken.oem line ${line} (TIME_SYSTEM): unknown time system "BJT": expected TDB, TT, TAI, GPS, UTC`);
  });

  it('non-increasing epochs', () => {
    const line = lineOf('2025-10-30T00:00:00.000000  1.2155');
    const error = parseError(replaceLine(line, fixtureLines[line - 1]!.replace('2025-10-30T00:00:00.000000', '2025-10-29T12:00:00.000000')));
    expect(error.lineNumber).toBe(line);
    expect(error.message).toMatch(/\(epoch\): 2025-10-29T12:00:00.000000 is not after the previous epoch/);
  });

  it('an epoch outside START_TIME ... STOP_TIME, or a malformed one', () => {
    const secondStop = lineOf('STOP_TIME = 2025-303');
    expect(parseError(replaceLine(secondStop, 'STOP_TIME = 2025-303T05:00:00')).message)
      .toBe(`broken.oem line ${lineOf('2025-303T06:00:00')} (epoch): 2025-303T06:00:00 is outside START_TIME ... STOP_TIME of this segment`);
    expect(parseError(replaceLine(lineOf('USEABLE_STOP_TIME'), 'USEABLE_STOP_TIME = 2025-10-31T00:00:00')).message)
      .toBe(`broken.oem line ${lineOf('USEABLE_STOP_TIME')} (USEABLE_STOP_TIME): is outside START_TIME ... STOP_TIME`);
    const line = lineOf('STOP_TIME');
    expect(parseError(replaceLine(line, 'STOP_TIME = 2025-10-32T00:00:00')).message)
      .toBe(`broken.oem line ${line} (STOP_TIME): "2025-10-32T00:00:00": day 32 is not in 1-31`);
  });

  it('a covariance block', () => {
    const error = parseError(covarianceFixture);
    expect(error.lineNumber).toBe(covarianceFixture.split('\n').indexOf('COVARIANCE_START') + 1);
    expect(error.message).toMatch(/covariance blocks are not supported/);
  });

  it('missing, unknown, repeated and unsupported keywords', () => {
    expect(parseError(replaceLine(lineOf('OBJECT_ID'), null)).message).toMatch(/\(OBJECT_ID\): the META block has no OBJECT_ID/);
    expect(parseError(replaceLine(lineOf('OBJECT_ID'), 'OBJECT_IDENT = X')).message).toMatch(/\(OBJECT_IDENT\): unknown keyword in the META block: expected one of OBJECT_NAME/);
    expect(parseError(replaceLine(lineOf('OBJECT_ID'), 'OBJECT_NAME = AGAIN')).message).toMatch(/\(OBJECT_NAME\): given twice \(first on line \d+\)/);
    expect(parseError(replaceLine(lineOf('REF_FRAME'), 'REF_FRAME = ITRF')).message).toMatch(/\(REF_FRAME\): "ITRF" is not supported: expected EME2000, ICRF, ECLIPJ2000/);
    expect(parseError(replaceLine(lineOf('INTERPOLATION ='), 'INTERPOLATION = SPLINE')).message).toMatch(/\(INTERPOLATION\): "SPLINE": expected HERMITE, LAGRANGE, LINEAR/);
    expect(parseError(replaceLine(lineOf('ORIGINATOR'), null)).message).toMatch(/\(ORIGINATOR\): the header has no ORIGINATOR/);
    expect(parseError(replaceLine(1, 'CCSDS_OEM_VERS = 4.0')).message).toBe('broken.oem line 1 (CCSDS_OEM_VERS): expected version 1.0, 2.0, 3.0, found "4.0"');
    expect(parseError(replaceLine(1, null)).message).toMatch(/^broken\.oem line 1 \(CCSDS_OEM_VERS\): expected "CCSDS_OEM_VERS = 2.0" as the first line/);
  });

  it('a value that is not a number, a segment without data, a file ending in META', () => {
    const line = lineOf('2025-10-29T12:00:00');
    expect(parseError(replaceLine(line, fixtureLines[line - 1]!.replace('2.103000E+01', '2.1O3E+01'))).message)
      .toBe(`broken.oem line ${line} (data line): value 5 "2.1O3E+01" is not a number`);
    const withoutData = fixtureLines.filter((l) => !l.startsWith('2025-10-29T') && !l.startsWith('2025-10-30T00:00:00.000000  ')).join('\n');
    expect(parseError(withoutData).message).toMatch(/\(META_STOP\): this segment has no data lines/);
    expect(parseError(fixtureLines.slice(0, lineOf('INTERPOLATION_DEGREE')).join('\n')).message).toMatch(/the file ends inside a META block: expected META_STOP/);
  });
});

describe('CSV writer', () => {
  const message = parseOem(fixture);

  it('names every column with unit, centre and frame, and writes one line per sample with object and segment', () => {
    const csv = writeTrajectoryCsv(message.segments.map((s) => ({ ...s, refFrame: 'EME2000' as const })),
      { comments: ['Illustrative path'] });
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('# Illustrative path');
    expect(lines[1]).toBe('object,segment,epoch_tdb,tdb_s_since_j2000,x_km_sun_eme2000,y_km_sun_eme2000,z_km_sun_eme2000,vx_km_s_sun_eme2000,vy_km_s_sun_eme2000,vz_km_s_sun_eme2000');
    expect(lines.length).toBe(2 + 3 + 2);
    const row = lines[6]!.split(',');
    expect(row.slice(0, 3)).toEqual(['TIANWEN-2', '2', '2025-10-30T06:00:00.000000']);
    expect(row.slice(3).map(Number)).toEqual([
      parseTdbCalendar('2025-10-30T06:00:00'), 121941000.5, -82729000.25, -36016000.125, 17.95, 21.08, 9.135,
    ]);
  });

  it('refuses to mix centres or frames in one file', () => {
    expect(() => writeTrajectoryCsv(message.segments)).toThrow(/one centre and frame per file; found SUN\/EME2000 and SUN\/ICRF/);
  });
});
