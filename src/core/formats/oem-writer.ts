/**
 * Writes a CCSDS OEM in KVN text (CCSDS 502.0-B-3 layout, version line 2.0 for the widest reader support):
 * header, then per segment a META block and one data line 'epoch x y z vx vy vz' per sample (km, km/s).
 * Numbers are written so that reading them back gives the same float64 values.
 */
import type { TrackSegment } from '../track.ts';
import type { OemMessage, OemSegment } from './oem-message.ts';
import { formatTdbCalendar } from './tdb-calendar.ts';

export interface OemWriteOptions {
  /** Decimals of the second in epochs (default 6: microseconds, the float64 resolution of tdbSec is ~0.1 us). */
  epochFractionDigits?: number;
}

export function writeOem(message: OemMessage, options: OemWriteOptions = {}): string {
  const digits = options.epochFractionDigits ?? 6;
  const { header } = message;
  if (message.segments.length === 0) throw new RangeError('OEM writer: the message has no segments');
  requireText('ORIGINATOR', header.originator);
  if (!/^\d{4}-(\d{2}-\d{2}|\d{3})T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/.test(header.creationDate)) {
    throw new RangeError(`OEM writer: CREATION_DATE "${header.creationDate}" is not a UTC date like 2026-07-06T08:00:00Z`);
  }
  const lines = ['CCSDS_OEM_VERS = 2.0', ...commentLines(header.comments)];
  lines.push(`CREATION_DATE = ${header.creationDate}`, `ORIGINATOR = ${header.originator}`);
  if (header.messageId !== undefined) lines.push(`MESSAGE_ID = ${requireText('MESSAGE_ID', header.messageId)}`);
  message.segments.forEach((segment, index) => {
    lines.push('');
    // One push per line: spreading a long segment's lines as arguments overflows the call stack.
    for (const line of segmentLines(segment, index + 1, digits)) lines.push(line);
  });
  return `${lines.join('\n')}\n`;
}

function segmentLines(segment: OemSegment, ordinal: number, digits: number): string[] {
  const where = `OEM writer, segment ${ordinal}`;
  const epochs = checkedEpochs(segment.samples, digits, where);
  const first = epochs[0] as string;
  const last = epochs[epochs.length - 1] as string;
  const lines = ['META_START', ...commentLines(segment.comments)];
  lines.push(
    `OBJECT_NAME = ${requireText('OBJECT_NAME', segment.objectName)}`,
    `OBJECT_ID = ${requireText('OBJECT_ID', segment.objectId)}`,
    `CENTER_NAME = ${requireText('CENTER_NAME', segment.centerName)}`,
    `REF_FRAME = ${segment.refFrame}`,
    `TIME_SYSTEM = ${segment.timeSystem}`,
    `START_TIME = ${first}`,
  );
  const { useableStartTdbSec: useStart, useableStopTdbSec: useStop } = segment;
  const samples = segment.samples.tdbSec;
  const [t0, t1] = [samples[0] as number, samples[samples.length - 1] as number];
  for (const [name, t] of [['USEABLE_START_TIME', useStart], ['USEABLE_STOP_TIME', useStop]] as const) {
    if (t === undefined) continue;
    if (!(t >= t0 && t <= t1)) throw new RangeError(`${where}: ${name} ${t} is outside the samples [${t0}, ${t1}] (TDB s)`);
    lines.push(`${name} = ${formatTdbCalendar(t, digits)}`);
  }
  if (useStart !== undefined && useStop !== undefined && useStop < useStart) {
    throw new RangeError(`${where}: USEABLE_STOP_TIME is before USEABLE_START_TIME`);
  }
  lines.push(`STOP_TIME = ${last}`);
  if (segment.interpolation !== undefined) lines.push(`INTERPOLATION = ${segment.interpolation}`);
  if (segment.interpolationDegree !== undefined) {
    if (!Number.isInteger(segment.interpolationDegree) || segment.interpolationDegree < 1) {
      throw new RangeError(`${where}: INTERPOLATION_DEGREE must be a positive integer, got ${segment.interpolationDegree}`);
    }
    lines.push(`INTERPOLATION_DEGREE = ${segment.interpolationDegree}`);
  }
  lines.push('META_STOP', '');
  const { posKm, velKmS } = segment.samples;
  epochs.forEach((epoch, i) => {
    const o = 3 * i;
    const values = [posKm[o], posKm[o + 1], posKm[o + 2], velKmS[o], velKmS[o + 1], velKmS[o + 2]] as number[];
    lines.push(`${epoch} ${values.map(formatReal).join(' ')}`);
  });
  return lines;
}

/** Formatted epochs, checked: consistent array sizes, finite values, strictly increasing after rounding. */
function checkedEpochs(samples: TrackSegment, digits: number, where: string): string[] {
  const n = samples.tdbSec.length;
  if (n === 0) throw new RangeError(`${where}: no samples`);
  if (samples.posKm.length !== 3 * n || samples.velKmS.length !== 3 * n) {
    throw new RangeError(`${where}: ${n} times but ${samples.posKm.length} position and ${samples.velKmS.length} velocity values (expected ${3 * n})`);
  }
  const epochs: string[] = [];
  for (let i = 0; i < n; i++) {
    const epoch = formatTdbCalendar(samples.tdbSec[i] as number, digits);
    const previous = epochs[i - 1];
    if (previous !== undefined && epoch <= previous) {
      throw new RangeError(`${where}: sample ${i} (${epoch}) is not after sample ${i - 1} (${previous}) at ${digits} decimals of a second`);
    }
    epochs.push(epoch);
  }
  for (const [name, values] of [['position', samples.posKm], ['velocity', samples.velKmS]] as const) {
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new RangeError(`${where}: ${name} value ${values[bad]} at sample ${Math.floor(bad / 3)} is not finite`);
  }
  return epochs;
}

/**
 * ' 1.4959787070000000E+08', '-9.1000000000000000E+00': the shortest digits that read back as the same float64
 * (JavaScript's toExponential() without an argument), zero-padded to 17 significant digits so columns align.
 */
export function formatReal(value: number): string {
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const sign = exponent.startsWith('-') ? '-' : '+';
  const text = `${whole}.${fraction.padEnd(16, '0')}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  return value < 0 ? text : ` ${text}`;
}

function commentLines(comments: readonly string[]): string[] {
  return comments.map((comment) => {
    if (/[\r\n]/.test(comment)) throw new RangeError(`OEM writer: a COMMENT must be one line, got ${JSON.stringify(comment)}`);
    return comment === '' ? 'COMMENT' : `COMMENT ${comment}`;
  });
}

function requireText(keyword: string, value: string): string {
  if (value.trim() === '' || /[\r\n]/.test(value)) {
    throw new RangeError(`OEM writer: ${keyword} must be non-empty text on one line, got ${JSON.stringify(value)}`);
  }
  return value;
}
