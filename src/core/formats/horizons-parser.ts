/**
 * Reads JPL Horizons VECTORS output (text or CSV form, the records between $$SOE and $$EOE) into samples in the
 * app's convention: EQJ, km, km/s, TDB seconds since J2000, relative to the centre the header names (the Sun, the
 * solar-system barycentre, a planet or its barycentre: trajectory-centre.ts).
 * Horizons frames: 'Reference frame : ICRF' (equatorial) or 'Ecliptic of J2000.0'; older outputs say
 * 'ICRF/J2000.0' plus 'Coordinate systm: Ecliptic and Mean Equinox of Reference Epoch' (or '... Earth Mean Equator ...').
 */
import { AU_KM, DAY_S, J2000_JD } from '../constants.ts';
import { eclToEqj } from '../frames.ts';
import type { TrackSegment } from '../track.ts';
import type { Vec3 } from '../vec3.ts';
import { tdbSecFromCalendar } from './tdb-calendar.ts';
import { readCentre, SUPPORTED_CENTRES_TEXT, type TrajectoryCentre } from './trajectory-centre.ts';

export class HorizonsParseError extends Error {
  constructor(readonly source: string, readonly lineNumber: number | undefined, readonly detail: string) {
    super(`${source}${lineNumber === undefined ? '' : ` line ${lineNumber}`}: ${detail}`);
    this.name = 'HorizonsParseError';
  }
}

export interface HorizonsVectors {
  /** 'Target body name' as Horizons gives it, e.g. '469219 Kamo`oalewa (2016 HO3)'. */
  targetName: string;
  /** The solution Horizons names for the target, e.g. 'JPL#35', when given. */
  targetSource?: string;
  sourceUnits: 'KM-S' | 'AU-D';
  sourceFrame: 'ICRF' | 'ECLIPTIC_J2000';
  /** 'Center body name' as Horizons gives it, e.g. 'Mars (499)'. */
  centerName: string;
  centre: TrajectoryCentre;
  /** Relative to `centre`, EQJ, km and km/s, TDB seconds since J2000. */
  samples: TrackSegment;
}

export interface HorizonsParseOptions {
  /** Names the input in error messages (a file name); default 'Horizons output'. */
  sourceName?: string;
}

interface RawRecord { line: number; jd: string; calendar: string; values: number[] }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const REAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const STATE_LABELS = ['X', 'Y', 'Z', 'VX', 'VY', 'VZ'];
/** The JD and the calendar date of a record are both rounded (9 decimals of a day, 4 of a second). */
const JD_CALENDAR_TOLERANCE_SEC = 1e-3;

export function parseHorizonsVectors(text: string, options: HorizonsParseOptions = {}): HorizonsVectors {
  const source = options.sourceName ?? 'Horizons output';
  const fail: Fail = (line, detail) => {
    throw new HorizonsParseError(source, line, detail);
  };
  const lines = text.split(/\r?\n/);
  const soe = lines.findIndex((l) => l.trim() === '$$SOE');
  const eoe = lines.findIndex((l) => l.trim() === '$$EOE');
  if (soe < 0) fail(undefined, 'no $$SOE line: expected Horizons VECTORS output with records between $$SOE and $$EOE');
  if (eoe < soe) fail(undefined, 'no $$EOE line after $$SOE: the output looks truncated');

  const headerLine = (label: string): { value: string; line: number } | undefined => {
    const pattern = new RegExp(`^\\s*${label}\\s*:\\s*(.*?)\\s*$`);
    for (let i = 0; i < soe; i++) {
      const match = pattern.exec(lines[i] as string);
      if (match) return { value: match[1] as string, line: i + 1 };
    }
    return undefined;
  };
  const required = (label: string, expected: string): { value: string; line: number } =>
    headerLine(label) ?? fail(undefined, `no "${label}" header line: expected ${expected}`);

  const target = required('Target body name', 'the target, e.g. "Target body name: 469219 Kamo`oalewa (2016 HO3)"');
  const targetMatch = /^(.*?)\s*(?:\{source:\s*([^}]*)\})?$/.exec(target.value) as RegExpExecArray;
  const center = required('Center body name', '"Center body name: Sun (10)"');
  const centerName = center.value.replace(/\s*\{.*$/, '');
  const centre = readCentre(centerName);
  if (centre === undefined) {
    fail(center.line, `centre "${centerName}" is not supported: expected one of ${SUPPORTED_CENTRES_TEXT} (a body centre, e.g. CENTER='500@10')`);
  }
  const site = headerLine('Center-site name');
  if (site && site.value !== 'BODY CENTER') {
    fail(site.line, `centre site "${site.value}" is not supported: expected BODY CENTER (CENTER='500@...')`);
  }
  const unitsLine = required('Output units', 'KM-S or AU-D');
  const units = unitsLine.value.split(',')[0]?.trim();
  if (units !== 'KM-S' && units !== 'AU-D') {
    fail(unitsLine.line, `output units "${unitsLine.value}" are not supported: expected KM-S or AU-D`);
  }
  const frame = readFrame(required('Reference frame', 'ICRF or Ecliptic of J2000.0'), headerLine('Coordinate systm'), fail);

  const body = lines.slice(soe + 1, eoe);
  const isCsv = body.some((l) => l.includes(','));
  const records = isCsv ? readCsvRecords(lines, soe, eoe, fail) : readTextRecords(lines, soe, eoe, fail);
  if (records.length === 0) fail(soe + 1, 'no records between $$SOE and $$EOE');

  const n = records.length;
  const samples: TrackSegment = { tdbSec: new Float64Array(n), posKm: new Float64Array(3 * n), velKmS: new Float64Array(3 * n) };
  const kmPerUnit = units === 'AU-D' ? AU_KM : 1;
  const kmSPerUnit = units === 'AU-D' ? AU_KM / DAY_S : 1;
  const pos: Vec3 = [0, 0, 0];
  const vel: Vec3 = [0, 0, 0];
  records.forEach((record, i) => {
    const t = recordTdbSec(record, fail);
    if (i > 0 && t <= (samples.tdbSec[i - 1] as number)) {
      fail(record.line, `epoch JD ${record.jd} is not after the previous record: expected increasing times`);
    }
    samples.tdbSec[i] = t;
    for (let k = 0; k < 3; k++) {
      pos[k] = (record.values[k] as number) * kmPerUnit;
      vel[k] = (record.values[k + 3] as number) * kmSPerUnit;
    }
    if (frame === 'ECLIPTIC_J2000') {
      eclToEqj(pos, pos);
      eclToEqj(vel, vel);
    }
    samples.posKm.set(pos, 3 * i);
    samples.velKmS.set(vel, 3 * i);
  });

  const result: HorizonsVectors = {
    targetName: targetMatch[1] as string, sourceUnits: units, sourceFrame: frame, centerName, centre: centre as TrajectoryCentre, samples,
  };
  if (targetMatch[2]) result.targetSource = targetMatch[2].trim();
  return result;
}

type Fail = (line: number | undefined, detail: string) => never;

function readFrame(
  reference: { value: string; line: number }, coordinates: { value: string; line: number } | undefined, fail: Fail,
): HorizonsVectors['sourceFrame'] {
  if (reference.value === 'Ecliptic of J2000.0') return 'ECLIPTIC_J2000';
  if (reference.value === 'ICRF') return 'ICRF';
  if (reference.value === 'ICRF/J2000.0') {
    if (!coordinates) return 'ICRF';
    if (/^Ecliptic and Mean Equinox of Reference Epoch/.test(coordinates.value)) return 'ECLIPTIC_J2000';
    if (/^Earth Mean Equator and Equinox of Reference Epoch/.test(coordinates.value)) return 'ICRF';
    return fail(coordinates.line, `coordinate system "${coordinates.value}" is not supported: expected the ecliptic or the Earth mean equator of J2000`);
  }
  return fail(reference.line, `reference frame "${reference.value}" is not supported: expected ICRF or Ecliptic of J2000.0`);
}

/** Text form: 'JD = A.D. 2017-Apr-11 00:00:00.0000 TDB', then labelled 'X =-1.5E+08 Y = ...' lines (or unlabelled rows). */
function readTextRecords(lines: string[], soe: number, eoe: number, fail: Fail): RawRecord[] {
  const records: RawRecord[] = [];
  let current: (RawRecord & { labelled: Map<string, number>; unlabelled: number[] }) | undefined;
  const close = (): void => {
    if (!current) return;
    const { labelled, unlabelled } = current;
    if (labelled.size > 0) {
      const missing = STATE_LABELS.filter((label) => !labelled.has(label));
      if (missing.length > 0) {
        fail(current.line, `record has no ${missing.join(', ')}: expected position and velocity (VEC_TABLE = 2 or 3)`);
      }
      current.values = STATE_LABELS.map((label) => labelled.get(label) as number);
    } else {
      if (unlabelled.length < 6) fail(current.line, `record has ${unlabelled.length} numbers: expected x y z vx vy vz`);
      current.values = unlabelled.slice(0, 6);
    }
    records.push(current);
  };
  for (let i = soe + 1; i < eoe; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const date = /^(\d+\.\d+)\s*=\s*(.*)$/.exec(line);
    if (date) {
      if (!/\sTDB\b/.test(date[2] as string)) {
        fail(i + 1, `record date "${line}" does not say TDB: expected TDB epochs ("... 00:00:00.0000 TDB")`);
      }
      close();
      current = { line: i + 1, jd: date[1] as string, calendar: date[2] as string, values: [], labelled: new Map(), unlabelled: [] };
      continue;
    }
    if (!current) fail(i + 1, `expected a record date line like "2457854.500000000 = A.D. 2017-Apr-11 00:00:00.0000 TDB", found "${line}"`);
    const record = current as NonNullable<typeof current>;
    if (line.includes('=')) {
      // 'X =-1.544E+08': Horizons writes no space between a minus sign and its number.
      const pairs = [...line.matchAll(/([A-Z]+)\s*=\s*(\S+)/g)];
      if (pairs.length === 0) fail(i + 1, `expected labelled values like "X =-1.5E+08 Y = 2.0E+07", found "${line}"`);
      for (const [, label, value] of pairs) {
        if (!REAL.test(value as string)) fail(i + 1, `${label} value "${value}" is not a number`);
        record.labelled.set(label as string, Number(value));
      }
    } else {
      for (const value of line.split(/\s+/)) {
        if (!REAL.test(value)) fail(i + 1, `value "${value}" is not a number`);
        record.unlabelled.push(Number(value));
      }
    }
  }
  close();
  return records;
}

/** CSV form: a 'JDTDB, Calendar Date (TDB), X, Y, Z, VX, VY, VZ,' column line above $$SOE, one record per line. */
function readCsvRecords(lines: string[], soe: number, eoe: number, fail: Fail): RawRecord[] {
  let headerIndex = -1;
  for (let i = soe - 1; i >= 0; i--) {
    if (/^\s*JDTDB\s*,/.test(lines[i] as string)) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) fail(soe + 1, 'CSV records but no "JDTDB, Calendar Date (TDB), X, Y, Z, VX, VY, VZ," column line above $$SOE');
  const columns = splitCsv(lines[headerIndex] as string);
  const dateColumn = columns.indexOf('Calendar Date (TDB)');
  const stateColumns = STATE_LABELS.map((label) => columns.indexOf(label));
  if (dateColumn < 0 || stateColumns.some((c) => c < 0)) {
    fail(headerIndex + 1, `CSV columns "${columns.join(', ')}": expected JDTDB, Calendar Date (TDB), X, Y, Z, VX, VY, VZ`);
  }
  const records: RawRecord[] = [];
  for (let i = soe + 1; i < eoe; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const fields = splitCsv(line);
    if (fields.length !== columns.length) {
      fail(i + 1, `${fields.length} fields: expected ${columns.length} (${columns.join(', ')})`);
    }
    const values = stateColumns.map((c) => {
      const field = fields[c] as string;
      if (!REAL.test(field)) fail(i + 1, `${columns[c]} value "${field}" is not a number`);
      return Number(field);
    });
    records.push({ line: i + 1, jd: fields[0] as string, calendar: fields[dateColumn] as string, values });
  }
  return records;
}

/** Fields of one CSV line, trimmed, without the empty field after Horizons' trailing comma. */
function splitCsv(line: string): string[] {
  const fields = line.split(',').map((f) => f.trim());
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** TDB seconds from the JD (split at the point, to keep its 9 decimals exact), checked against the calendar date. */
function recordTdbSec(record: RawRecord, fail: Fail): number {
  const jd = /^(\d+)\.(\d+)$/.exec(record.jd);
  if (!jd) return fail(record.line, `"${record.jd}" is not a Julian date like 2457854.500000000`);
  const tdbSec = (Number(jd[1]) - J2000_JD) * DAY_S + Number(`0.${jd[2]}`) * DAY_S;
  const calendar = /^A\.D\.\s+(\d{4})-([A-Z][a-z]{2})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(record.calendar);
  if (!calendar) {
    return fail(record.line, `calendar date "${record.calendar}": expected "A.D. 2017-Apr-11 00:00:00.0000 TDB"`);
  }
  const [, year, monthName, day, hour, minute, second] = calendar;
  const month = MONTHS.indexOf(monthName as string) + 1;
  if (month === 0) fail(record.line, `month "${monthName}": expected Jan ... Dec`);
  const fromCalendar = tdbSecFromCalendar(Number(year), month, Number(day), Number(hour), Number(minute), Number(second));
  if (Math.abs(fromCalendar - tdbSec) > JD_CALENDAR_TOLERANCE_SEC) {
    fail(record.line, `JD ${record.jd} and calendar date "${record.calendar.trim()}" disagree by ${(fromCalendar - tdbSec).toFixed(3)} s`);
  }
  return tdbSec;
}
