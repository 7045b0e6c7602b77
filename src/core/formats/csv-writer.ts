/**
 * Trajectory samples as CSV: one header line naming every column with its unit, centre and frame, then one line
 * per sample with its object and segment (segments numbered from 1 per object; a new segment is a discontinuity).
 * Optional comment lines start with '#' and come first (most CSV readers can skip them: pandas `comment='#'`).
 */
import type { OemSegment } from './oem-message.ts';
import { formatTdbCalendar } from './tdb-calendar.ts';

export interface CsvWriteOptions {
  /** Written first, one '# ' line each (e.g. "Tianwen-2 path is illustrative: CNSA publishes no ephemeris"). */
  comments?: string[];
  /** Decimals of the second in the epoch column (default 6). */
  epochFractionDigits?: number;
}

/** Segments as the OEM writer takes them; all must share one centre and one frame (named in the column header). */
export function writeTrajectoryCsv(segments: readonly OemSegment[], options: CsvWriteOptions = {}): string {
  const first = segments[0];
  if (!first) throw new RangeError('CSV writer: no segments to write');
  for (const segment of segments) {
    if (segment.centerName !== first.centerName || segment.refFrame !== first.refFrame) {
      throw new RangeError(`CSV writer: one centre and frame per file; found ${first.centerName}/${first.refFrame} and ${segment.centerName}/${segment.refFrame}`);
    }
  }
  const digits = options.epochFractionDigits ?? 6;
  const place = `${slug(first.centerName)}_${slug(first.refFrame)}`;
  const lines = (options.comments ?? []).map((comment) => `# ${comment.replace(/[\r\n]+/g, ' ')}`);
  lines.push([
    'object', 'segment', `epoch_${slug(first.timeSystem)}`, 'tdb_s_since_j2000',
    ...['x', 'y', 'z'].map((axis) => `${axis}_km_${place}`), ...['vx', 'vy', 'vz'].map((axis) => `${axis}_km_s_${place}`),
  ].join(','));
  const segmentCount = new Map<string, number>();
  for (const segment of segments) {
    const ordinal = (segmentCount.get(segment.objectName) ?? 0) + 1;
    segmentCount.set(segment.objectName, ordinal);
    const name = csvField(segment.objectName);
    const { tdbSec, posKm, velKmS } = segment.samples;
    for (let i = 0; i < tdbSec.length; i++) {
      const t = tdbSec[i] as number;
      const o = 3 * i;
      const values = [posKm[o], posKm[o + 1], posKm[o + 2], velKmS[o], velKmS[o + 1], velKmS[o + 2]] as number[];
      lines.push([name, ordinal, formatTdbCalendar(t, digits), String(t), ...values.map(String)].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** Quotes a field when CSV requires it (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
