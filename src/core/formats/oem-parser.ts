/**
 * Reads a CCSDS OEM in KVN text (CCSDS 502.0-B-3; versions 1.0, 2.0 and 3.0 share this layout) into segments of
 * km / km/s samples on TDB seconds, EQJ axes. Epochs in TDB, TT, TAI, GPS or UTC and ECLIPJ2000 vectors are converted
 * here, once; the centre is checked against the ones the app can place (trajectory-centre.ts) and kept as written.
 * Strict: anything this app cannot use faithfully (covariance blocks, other time systems or frames, an unknown centre)
 * is an error naming the line, the keyword and what was expected; a partly valid file is refused whole.
 */
import {
  OEM_EQJ_FRAMES, OEM_INTERPOLATIONS,
  type OemHeader, type OemInterpolation, type OemMessage, type OemRefFrame, type OemSegment,
} from './oem-message.ts';
import { eclToEqj } from '../frames.ts';
import type { Vec3 } from '../vec3.ts';
import { parseTdbCalendar } from './tdb-calendar.ts';
import { readCentre, SUPPORTED_CENTRES_TEXT, type TrajectoryCentre } from './trajectory-centre.ts';
import { FILE_TIME_SYSTEMS, isFileTimeSystem, tdbSecFromCalendarSec, type FileTimeSystem } from './time-systems.ts';

export class OemParseError extends Error {
  constructor(
    readonly source: string, readonly lineNumber: number, readonly keyword: string | undefined, readonly detail: string,
  ) {
    super(`${source} line ${lineNumber}${keyword ? ` (${keyword})` : ''}: ${detail}`);
    this.name = 'OemParseError';
  }
}

export interface OemParseOptions {
  /** Names the input in error messages (a file name); default 'OEM'. */
  sourceName?: string;
  /** Called every PROGRESS_LINES lines with the fraction of lines read (for a progress bar on large files). */
  onProgress?: (fraction: number) => void;
}

const PROGRESS_LINES = 20_000;

/** A segment as read: samples already on TDB and EQJ axes; what the file said is kept beside them. */
export interface ParsedOemSegment extends OemSegment {
  centre: TrajectoryCentre;
  fileRefFrame: OemFileRefFrame;
  fileTimeSystem: FileTimeSystem;
}

export interface ParsedOem extends OemMessage {
  /** CCSDS_OEM_VERS as written: '1.0', '2.0' or '3.0'. */
  version: string;
  segments: ParsedOemSegment[];
}

/** The frames read: EQJ ones as they are, the J2000 ecliptic turned to EQJ. */
export const OEM_FILE_REF_FRAMES = [...OEM_EQJ_FRAMES, 'ECLIPJ2000'] as const;
export type OemFileRefFrame = (typeof OEM_FILE_REF_FRAMES)[number];

/** Every TIME_SYSTEM value CCSDS 502.0-B-3 (annex B) allows; only TDB is supported here. */
const CCSDS_TIME_SYSTEMS = ['GMST', 'GPS', 'MET', 'MRT', 'SCLK', 'TAI', 'TCB', 'TDB', 'TCG', 'TT', 'UT1', 'UTC'];
const SUPPORTED_VERSIONS = ['1.0', '2.0', '3.0'];
const META_REQUIRED = ['OBJECT_NAME', 'OBJECT_ID', 'CENTER_NAME', 'REF_FRAME', 'TIME_SYSTEM', 'START_TIME', 'STOP_TIME'];
const META_OPTIONAL = ['REF_FRAME_EPOCH', 'USEABLE_START_TIME', 'USEABLE_STOP_TIME', 'INTERPOLATION', 'INTERPOLATION_DEGREE'];
const REAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Leeway when checking epochs against START_TIME/STOP_TIME written with other rounding. */
const EPOCH_SLACK_SEC = 1e-6;

interface KeywordValue { value: string; line: number }

interface SegmentBuilder {
  meta: Map<string, KeywordValue>;
  comments: string[];
  startTdbSec: number;
  stopTdbSec: number;
  timeSystem: FileTimeSystem;
  ecliptic: boolean;
  metaStopLine: number;
  times: number[];
  pos: number[];
  vel: number[];
  result?: Omit<ParsedOemSegment, 'samples'>;
}

export function parseOem(text: string, options: OemParseOptions = {}): ParsedOem {
  return new OemReader(options.sourceName ?? 'OEM', options.onProgress).read(text);
}

class OemReader {
  private version = '';
  private readonly header = new Map<string, KeywordValue>();
  private readonly headerComments: string[] = [];
  private readonly segments: ParsedOemSegment[] = [];
  private current: SegmentBuilder | undefined;
  private state: 'start' | 'header' | 'meta' | 'data' = 'start';
  private lineNumber = 0;

  constructor(private readonly source: string, private readonly onProgress?: (fraction: number) => void) {}

  read(text: string): ParsedOem {
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, index) => {
      this.lineNumber = index + 1;
      const line = raw.trim();
      if (line !== '') this.readLine(line);
      if (this.onProgress && index % PROGRESS_LINES === 0) this.onProgress(index / lines.length);
    });
    if (this.state === 'meta') this.fail('META_STOP', 'the file ends inside a META block: expected META_STOP');
    if (this.state === 'data') this.finishSegment();
    if (this.segments.length === 0) this.fail(undefined, 'no segment found: expected META_START ... META_STOP and data lines');
    const header: OemHeader = {
      originator: this.headerValue('ORIGINATOR'),
      creationDate: this.headerValue('CREATION_DATE'),
      comments: this.headerComments,
    };
    const messageId = this.header.get('MESSAGE_ID');
    if (messageId) header.messageId = messageId.value;
    return { version: this.version, header, segments: this.segments };
  }

  private readLine(line: string): void {
    const comment = /^COMMENT(?:\s(.*))?$/.exec(line);
    const keyword = /^([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (this.state === 'start') {
      if (keyword?.[1] !== 'CCSDS_OEM_VERS') this.fail('CCSDS_OEM_VERS', `expected "CCSDS_OEM_VERS = 2.0" as the first line, found "${line}"`);
      const version = (keyword[2] as string).trim();
      if (!SUPPORTED_VERSIONS.includes(version)) this.fail('CCSDS_OEM_VERS', `expected version ${SUPPORTED_VERSIONS.join(', ')}, found "${version}"`);
      this.version = version;
      this.state = 'header';
      return;
    }
    if (line === 'COVARIANCE_START') {
      this.fail('COVARIANCE_START', 'covariance blocks are not supported: remove COVARIANCE_START ... COVARIANCE_STOP');
    }
    if (comment) {
      this.commentsHere().push((comment[1] ?? '').trim());
      return;
    }
    if (line === 'META_START') return this.startSegment();
    if (line === 'META_STOP') return this.stopMeta();
    if (keyword) return this.readKeyword(keyword[1] as string, (keyword[2] as string).trim());
    if (this.state === 'data') return this.readDataLine(line);
    if (this.state === 'meta') this.fail('META_STOP', `expected a KEYWORD = value line or META_STOP, found "${line}"`);
    this.fail('META_START', `expected a header keyword or META_START, found "${line}"`);
  }

  private commentsHere(): string[] {
    return this.state === 'header' ? this.headerComments : (this.current as SegmentBuilder).comments;
  }

  private readKeyword(name: string, value: string): void {
    if (this.state === 'data') {
      this.fail(name, `a keyword inside the data section: expected data lines "epoch x y z vx vy vz" or META_START`);
    }
    const allowed = this.state === 'header'
      ? ['CREATION_DATE', 'ORIGINATOR', 'MESSAGE_ID']
      : [...META_REQUIRED, ...META_OPTIONAL];
    if (!allowed.includes(name)) {
      this.fail(name, `unknown keyword in the ${this.state === 'header' ? 'header' : 'META block'}: expected one of ${allowed.join(', ')}`);
    }
    const table = this.state === 'header' ? this.header : (this.current as SegmentBuilder).meta;
    const previous = table.get(name);
    if (previous) this.fail(name, `given twice (first on line ${previous.line})`);
    if (value === '') this.fail(name, 'has no value');
    table.set(name, { value, line: this.lineNumber });
  }

  private startSegment(): void {
    if (this.state === 'meta') this.fail('META_STOP', 'expected META_STOP before the next META_START');
    if (this.state === 'header') {
      for (const name of ['CREATION_DATE', 'ORIGINATOR']) {
        if (!this.header.has(name)) this.fail(name, `the header has no ${name} (required before the first META_START)`);
      }
    }
    if (this.state === 'data') this.finishSegment();
    this.current = {
      meta: new Map(), comments: [], startTdbSec: 0, stopTdbSec: 0, timeSystem: 'TDB', ecliptic: false,
      metaStopLine: 0, times: [], pos: [], vel: [],
    };
    this.state = 'meta';
  }

  private stopMeta(): void {
    if (this.state !== 'meta') this.fail('META_STOP', 'META_STOP without a matching META_START');
    const segment = this.current as SegmentBuilder;
    for (const name of META_REQUIRED) {
      if (!segment.meta.has(name)) this.fail(name, `the META block has no ${name} (required)`);
    }
    const get = (name: string): KeywordValue => segment.meta.get(name) as KeywordValue;
    const timeSystem = get('TIME_SYSTEM');
    if (!isFileTimeSystem(timeSystem.value)) {
      const known = CCSDS_TIME_SYSTEMS.includes(timeSystem.value);
      this.failAt(timeSystem.line, 'TIME_SYSTEM', known
        ? `${timeSystem.value} is a CCSDS time system but not supported here: expected ${FILE_TIME_SYSTEMS.join(', ')}`
        : `unknown time system "${timeSystem.value}": expected ${FILE_TIME_SYSTEMS.join(', ')}`);
    }
    segment.timeSystem = timeSystem.value;
    const refFrame = get('REF_FRAME');
    if (!(OEM_FILE_REF_FRAMES as readonly string[]).includes(refFrame.value)) {
      this.failAt(refFrame.line, 'REF_FRAME', `"${refFrame.value}" is not supported: expected ${OEM_FILE_REF_FRAMES.join(', ')}`);
    }
    segment.ecliptic = refFrame.value === 'ECLIPJ2000';
    const centerName = get('CENTER_NAME');
    const centre = readCentre(centerName.value);
    if (centre === undefined) {
      this.failAt(centerName.line, 'CENTER_NAME', `unknown centre "${centerName.value}": expected one of ${SUPPORTED_CENTRES_TEXT}`);
    }
    segment.startTdbSec = this.epochOf(get('START_TIME'), 'START_TIME');
    segment.stopTdbSec = this.epochOf(get('STOP_TIME'), 'STOP_TIME');
    if (segment.stopTdbSec < segment.startTdbSec) this.failAt(get('STOP_TIME').line, 'STOP_TIME', 'is before START_TIME');
    const result: Omit<ParsedOemSegment, 'samples'> = {
      objectName: get('OBJECT_NAME').value,
      objectId: get('OBJECT_ID').value,
      centerName: centerName.value,
      refFrame: segment.ecliptic ? 'EME2000' : refFrame.value as OemRefFrame,
      timeSystem: 'TDB',
      comments: segment.comments,
      centre,
      fileRefFrame: refFrame.value as OemFileRefFrame,
      fileTimeSystem: timeSystem.value,
    };
    this.readOptionalMeta(segment, result);
    segment.result = result;
    segment.metaStopLine = this.lineNumber;
    this.state = 'data';
  }

  private readOptionalMeta(segment: SegmentBuilder, result: Omit<ParsedOemSegment, 'samples'>): void {
    for (const name of ['USEABLE_START_TIME', 'USEABLE_STOP_TIME'] as const) {
      const entry = segment.meta.get(name);
      if (!entry) continue;
      const t = this.epochOf(entry, name);
      if (t < segment.startTdbSec - EPOCH_SLACK_SEC || t > segment.stopTdbSec + EPOCH_SLACK_SEC) {
        this.failAt(entry.line, name, 'is outside START_TIME ... STOP_TIME');
      }
      if (name === 'USEABLE_START_TIME') result.useableStartTdbSec = t;
      else result.useableStopTdbSec = t;
    }
    const interpolation = segment.meta.get('INTERPOLATION');
    if (interpolation) {
      if (!(OEM_INTERPOLATIONS as readonly string[]).includes(interpolation.value)) {
        this.failAt(interpolation.line, 'INTERPOLATION', `"${interpolation.value}": expected ${OEM_INTERPOLATIONS.join(', ')}`);
      }
      result.interpolation = interpolation.value as OemInterpolation;
    }
    const degree = segment.meta.get('INTERPOLATION_DEGREE');
    if (degree) {
      if (!/^\d+$/.test(degree.value) || Number(degree.value) < 1) {
        this.failAt(degree.line, 'INTERPOLATION_DEGREE', `"${degree.value}": expected a positive integer`);
      }
      result.interpolationDegree = Number(degree.value);
    }
  }

  private readDataLine(line: string): void {
    const segment = this.current as SegmentBuilder;
    const fields = line.split(/\s+/);
    if (fields.length !== 7 && fields.length !== 10) {
      this.fail('data line', `expected an epoch and 6 numbers (x y z in km, vx vy vz in km/s), optionally 3 accelerations; found ${fields.length - 1} number${fields.length === 2 ? '' : 's'} after the epoch`);
    }
    const t = this.epochOf({ value: fields[0] as string, line: this.lineNumber }, 'epoch');
    if (t < segment.startTdbSec - EPOCH_SLACK_SEC || t > segment.stopTdbSec + EPOCH_SLACK_SEC) {
      this.fail('epoch', `${fields[0]} is outside START_TIME ... STOP_TIME of this segment`);
    }
    const previous = segment.times[segment.times.length - 1];
    if (previous !== undefined && t <= previous) {
      this.fail('epoch', `${fields[0]} is not after the previous epoch: epochs must increase strictly within a segment`);
    }
    const values = fields.slice(1).map((field, k) => {
      if (!REAL.test(field)) this.fail('data line', `value ${k + 1} "${field}" is not a number`);
      const value = Number(field);
      if (!Number.isFinite(value)) this.fail('data line', `value ${k + 1} "${field}" is out of range`);
      return value;
    });
    const pos = values.slice(0, 3) as Vec3;
    const vel = values.slice(3, 6) as Vec3;
    if (segment.ecliptic) {
      eclToEqj(pos, pos);
      eclToEqj(vel, vel);
    }
    segment.times.push(t);
    segment.pos.push(...pos);
    segment.vel.push(...vel);
  }

  private finishSegment(): void {
    const segment = this.current as SegmentBuilder;
    if (segment.times.length === 0) {
      this.failAt(segment.metaStopLine, 'META_STOP', 'this segment has no data lines');
    }
    this.segments.push({
      ...(segment.result as Omit<ParsedOemSegment, 'samples'>),
      samples: {
        tdbSec: Float64Array.from(segment.times),
        posKm: Float64Array.from(segment.pos),
        velKmS: Float64Array.from(segment.vel),
      },
    });
  }

  /** An epoch on this segment's time system (TDB in the header), as TDB seconds. */
  private epochOf(entry: KeywordValue, keyword: string): number {
    try {
      return tdbSecFromCalendarSec(parseTdbCalendar(entry.value), this.current?.timeSystem ?? 'TDB');
    } catch (error) {
      return this.failAt(entry.line, keyword, (error as Error).message);
    }
  }

  private headerValue(name: string): string {
    return (this.header.get(name) as KeywordValue).value;
  }

  private fail(keyword: string | undefined, detail: string): never {
    return this.failAt(this.lineNumber, keyword, detail);
  }

  private failAt(line: number, keyword: string | undefined, detail: string): never {
    throw new OemParseError(this.source, line, keyword, detail);
  }
}
