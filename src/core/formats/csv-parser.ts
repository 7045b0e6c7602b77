/**
 * Reads trajectory CSV: '#' comment lines, then a header naming the columns, then one sample per line. The header
 * says the units, centre and frame, as csv-writer.ts writes them: `x_km_<centre>_<frame>` ... `vz_km_s_<centre>_<frame>`
 * (frame icrf, eme2000 or eclipj2000; centre as trajectory-centre.ts reads it, e.g. sun, mars_barycenter), and the
 * time as `tdb_s_since_j2000` or `epoch_<tdb|tt|tai|gps|utc>` (ISO calendar date). `object` and `segment` columns
 * are optional: a change of either starts a new segment, which is never interpolated across.
 */
import { eclToEqj } from '../frames.ts';
import type { TrackSegment } from '../track.ts';
import type { Vec3 } from '../vec3.ts';
import { parseTdbCalendar } from './tdb-calendar.ts';
import { readCentre, type TrajectoryCentre } from './trajectory-centre.ts';
import { FILE_TIME_SYSTEMS, isFileTimeSystem, tdbSecFromCalendarSec, type FileTimeSystem } from './time-systems.ts';

export class CsvParseError extends Error {
  constructor(readonly source: string, readonly lineNumber: number | undefined, readonly detail: string) {
    super(`${source}${lineNumber === undefined ? '' : ` line ${lineNumber}`}: ${detail}`);
    this.name = 'CsvParseError';
  }
}

export interface CsvSegment {
  objectName: string;
  centre: TrajectoryCentre;
  /** Relative to `centre`, EQJ axes, km and km/s, TDB seconds since J2000. */
  samples: TrackSegment;
}

export interface ParsedTrajectoryCsv {
  comments: string[];
  centerName: string;
  fileRefFrame: 'ICRF' | 'EME2000' | 'ECLIPJ2000';
  fileTimeSystem: FileTimeSystem;
  segments: CsvSegment[];
}

const REAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const AXES = ['x', 'y', 'z', 'vx', 'vy', 'vz'] as const;
const EXAMPLE_HEADER = 'object,segment,epoch_utc,x_km_sun_icrf,y_km_sun_icrf,z_km_sun_icrf,vx_km_s_sun_icrf,vy_km_s_sun_icrf,vz_km_s_sun_icrf';

const PROGRESS_LINES = 20_000;

export function parseTrajectoryCsv(
  text: string, options: { sourceName?: string; onProgress?: (fraction: number) => void } = {},
): ParsedTrajectoryCsv {
  const source = options.sourceName ?? 'CSV';
  const fail = (line: number | undefined, detail: string): never => {
    throw new CsvParseError(source, line, detail);
  };
  const lines = text.split(/\r?\n/);
  const comments: string[] = [];
  let headerIndex = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      comments.push(line.replace(/^#\s?/, ''));
      continue;
    }
    headerIndex = i;
    break;
  }
  if (headerIndex < 0) fail(undefined, `no header line: expected column names like ${EXAMPLE_HEADER}`);
  const columns = splitCsvLine(lines[headerIndex] as string, headerIndex + 1, fail).map((c) => c.toLowerCase());
  const header = readHeader(columns, headerIndex + 1, fail);

  const segments: CsvSegment[] = [];
  let current: { object: string; segment: string; times: number[]; pos: number[]; vel: number[] } | undefined;
  const close = (): void => {
    if (!current) return;
    segments.push({
      objectName: current.object,
      centre: header.centre,
      samples: { tdbSec: Float64Array.from(current.times), posKm: Float64Array.from(current.pos), velKmS: Float64Array.from(current.vel) },
    });
  };
  const pos: Vec3 = [0, 0, 0];
  const vel: Vec3 = [0, 0, 0];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (options.onProgress && i % PROGRESS_LINES === 0) options.onProgress(i / lines.length);
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const lineNumber = i + 1;
    const fields = splitCsvLine(raw, lineNumber, fail);
    if (fields.length !== columns.length) fail(lineNumber, `${fields.length} fields: expected ${columns.length} (${columns.join(', ')})`);
    const object = header.objectColumn < 0 ? 'IMPORTED' : (fields[header.objectColumn] as string);
    if (object === '') fail(lineNumber, 'the object column is empty: expected a name');
    const segment = header.segmentColumn < 0 ? '1' : (fields[header.segmentColumn] as string);
    const t = readTime(fields[header.timeColumn] as string, header, lineNumber, fail);
    const values = header.stateColumns.map((c) => {
      const field = fields[c] as string;
      if (!REAL.test(field) || !Number.isFinite(Number(field))) fail(lineNumber, `${columns[c]} value "${field}" is not a number`);
      return Number(field);
    });
    if (!current || current.object !== object || current.segment !== segment) {
      close();
      current = { object, segment, times: [], pos: [], vel: [] };
    }
    const previous = current.times[current.times.length - 1];
    if (previous !== undefined && t <= previous) {
      fail(lineNumber, `time "${fields[header.timeColumn]}" is not after the previous line's: times must increase within a segment`);
    }
    for (let k = 0; k < 3; k++) {
      pos[k] = values[k] as number;
      vel[k] = values[k + 3] as number;
    }
    if (header.ecliptic) {
      eclToEqj(pos, pos);
      eclToEqj(vel, vel);
    }
    current.times.push(t);
    current.pos.push(...pos);
    current.vel.push(...vel);
  }
  close();
  if (segments.length === 0) fail(headerIndex + 1, 'no data lines after the header');
  return {
    comments, centerName: header.centerName, fileRefFrame: header.fileRefFrame, fileTimeSystem: header.timeSystem, segments,
  };
}

interface CsvHeader {
  objectColumn: number;
  segmentColumn: number;
  timeColumn: number;
  /** 'seconds': tdb_s_since_j2000; else a calendar column on `timeSystem`. */
  timeKind: 'seconds' | 'calendar';
  timeSystem: FileTimeSystem;
  stateColumns: number[];
  centerName: string;
  centre: TrajectoryCentre;
  fileRefFrame: ParsedTrajectoryCsv['fileRefFrame'];
  ecliptic: boolean;
}

function readHeader(columns: string[], line: number, fail: (line: number, detail: string) => never): CsvHeader {
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
  if (duplicate !== undefined) fail(line, `column "${duplicate}" is named twice`);
  const secondsColumn = columns.indexOf('tdb_s_since_j2000');
  const epochColumn = columns.findIndex((c) => c.startsWith('epoch_'));
  let timeColumn = secondsColumn;
  let timeKind: CsvHeader['timeKind'] = 'seconds';
  let timeSystem: FileTimeSystem = 'TDB';
  if (secondsColumn < 0) {
    if (epochColumn < 0) fail(line, `no time column: expected tdb_s_since_j2000 or epoch_<${FILE_TIME_SYSTEMS.join('|').toLowerCase()}>, e.g. ${EXAMPLE_HEADER}`);
    const system = (columns[epochColumn] as string).slice('epoch_'.length).toUpperCase();
    if (!isFileTimeSystem(system)) fail(line, `time column "${columns[epochColumn]}": time system "${system}" is not supported: expected ${FILE_TIME_SYSTEMS.join(', ')}`);
    timeColumn = epochColumn;
    timeKind = 'calendar';
    timeSystem = system as FileTimeSystem;
  }
  const xColumn = columns.findIndex((c) => /^x_km(_|$)/.test(c));
  if (xColumn < 0) fail(line, `no position column: expected x_km_<centre>_<frame>, e.g. ${EXAMPLE_HEADER}`);
  const place = /^x_km_(.+)_(icrf|eme2000|eclipj2000)$/.exec(columns[xColumn] as string);
  if (!place) {
    fail(line, `column "${columns[xColumn]}" does not name its centre and frame: expected x_km_<centre>_<frame> with frame icrf, eme2000 or eclipj2000 (e.g. x_km_sun_icrf)`);
  }
  const [, centreSlug, frame] = place as RegExpExecArray;
  const centerName = (centreSlug as string).replace(/_/g, ' ').toUpperCase();
  const centre = readCentre(centerName);
  if (centre === undefined) fail(line, `unknown centre "${centreSlug}" in column "${columns[xColumn]}": expected sun, ssb, earth, moon, a planet or <planet>_barycenter`);
  const suffix = `${centreSlug}_${frame}`;
  const stateColumns = AXES.map((axis) => {
    const name = `${axis}_${axis.startsWith('v') ? 'km_s' : 'km'}_${suffix}`;
    const index = columns.indexOf(name);
    if (index < 0) fail(line, `no column "${name}": expected x, y, z (km) and vx, vy, vz (km/s) on one centre and frame`);
    return index;
  });
  return {
    objectColumn: columns.indexOf('object'), segmentColumn: columns.indexOf('segment'),
    timeColumn, timeKind, timeSystem, stateColumns, centerName, centre: centre as TrajectoryCentre,
    fileRefFrame: (frame as string).toUpperCase() as CsvHeader['fileRefFrame'], ecliptic: frame === 'eclipj2000',
  };
}

function readTime(field: string, header: CsvHeader, line: number, fail: (line: number, detail: string) => never): number {
  if (header.timeKind === 'seconds') {
    if (!REAL.test(field) || !Number.isFinite(Number(field))) fail(line, `tdb_s_since_j2000 value "${field}" is not a number`);
    return Number(field);
  }
  try {
    return tdbSecFromCalendarSec(parseTdbCalendar(field), header.timeSystem);
  } catch (error) {
    return fail(line, `epoch: ${(error as Error).message}`);
  }
}

/** One CSV line's fields, trimmed (RFC 4180 quoting; a field may not span lines). */
function splitCsvLine(line: string, lineNumber: number, fail: (line: number, detail: string) => never): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return fail(lineNumber, 'a quoted field has no closing quote');
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      while (line[i] === ' ' || line[i] === '\t') i++;
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== ',') return fail(lineNumber, `expected a comma after a quoted field, found "${line[i]}"`);
      i++;
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        fields.push(line.slice(i).trim());
        return fields;
      }
      fields.push(line.slice(i, comma).trim());
      i = comma + 1;
    }
  }
}
