/**
 * One entry for every trajectory file the app reads (CCSDS OEM KVN or XML, JPL Horizons VECTORS, CSV): picks the reader
 * from the file's first lines and gives its objects as segments relative to a centre, EQJ, km, km/s, TDB. Never
 * throws on a bad file: a parse error comes back as a message naming the file, the line and what was expected.
 */
import type { TrackSegment } from '../track.ts';
import { CsvParseError, parseTrajectoryCsv } from './csv-parser.ts';
import { HorizonsParseError, parseHorizonsVectors } from './horizons-parser.ts';
import { OemParseError, parseOem } from './oem-parser.ts';
import { looksLikeOemXml, parseOemXml } from './oem-xml.ts';
import type { TrajectoryCentre } from './trajectory-centre.ts';

export type TrajectoryFormat = 'oem' | 'horizons' | 'csv';

export interface TrajectoryFileSegment {
  centre: TrajectoryCentre;
  /** Relative to `centre`, EQJ axes, km and km/s, TDB seconds since J2000. */
  samples: TrackSegment;
}

export interface TrajectoryFileObject {
  name: string;
  segments: TrajectoryFileSegment[];
}

export interface TrajectoryFile {
  sourceName: string;
  format: TrajectoryFormat;
  objects: TrajectoryFileObject[];
}

export interface TrajectoryFileError {
  sourceName: string;
  /** 1-based, where the error has a line. */
  lineNumber?: number;
  /** The whole message: '<file> line <n>: <what was expected>'. */
  message: string;
}

export type TrajectoryFileResult = { ok: true; file: TrajectoryFile } | { ok: false; error: TrajectoryFileError };

/** The format a text is in, from its first non-blank lines; CSV when it is neither OEM nor Horizons. */
export function detectTrajectoryFormat(text: string): TrajectoryFormat {
  const head = text.slice(0, 4096);
  if (/^\s*CCSDS_OEM_VERS\s*=/.test(head)) return 'oem';
  if (looksLikeOemXml(head)) return 'oem';
  if (/\$\$SOE/.test(text.slice(0, 65_536)) || /JPL\/HORIZONS|Ephemeris \/|Target body name\s*:/.test(head)) return 'horizons';
  return 'csv';
}

export interface ReadOptions {
  /** Fraction of the file read, 0-1, now and then (OEM and CSV: every 20 000 lines). */
  onProgress?: (fraction: number) => void;
}

export function readTrajectoryFile(text: string, sourceName: string, options: ReadOptions = {}): TrajectoryFileResult {
  const format = detectTrajectoryFormat(text);
  const { onProgress } = options;
  try {
    if (format === 'oem') {
      const read = looksLikeOemXml(text.slice(0, 4096)) ? parseOemXml : parseOem;
      return { ok: true, file: { sourceName, format, objects: groupByObject(read(text, onProgress ? { sourceName, onProgress } : { sourceName }).segments.map((s) => ({ name: s.objectName, centre: s.centre, samples: s.samples }))) } };
    }
    if (format === 'horizons') {
      const vectors = parseHorizonsVectors(text, { sourceName });
      return { ok: true, file: { sourceName, format, objects: [{ name: vectors.targetName, segments: [{ centre: vectors.centre, samples: vectors.samples }] }] } };
    }
    const csv = parseTrajectoryCsv(text, onProgress ? { sourceName, onProgress } : { sourceName });
    return { ok: true, file: { sourceName, format, objects: groupByObject(csv.segments.map((s) => ({ name: s.objectName, centre: s.centre, samples: s.samples }))) } };
  } catch (error) {
    if (error instanceof OemParseError || error instanceof HorizonsParseError || error instanceof CsvParseError) {
      const result: TrajectoryFileError = { sourceName, message: error.message };
      if (error.lineNumber !== undefined) result.lineNumber = error.lineNumber;
      return { ok: false, error: result };
    }
    throw error;
  }
}

/** Segments in file order, grouped by object name (an OEM repeats OBJECT_NAME in each of an object's segments). */
function groupByObject(segments: Array<{ name: string } & TrajectoryFileSegment>): TrajectoryFileObject[] {
  const objects = new Map<string, TrajectoryFileObject>();
  for (const { name, centre, samples } of segments) {
    let object = objects.get(name);
    if (!object) {
      object = { name, segments: [] };
      objects.set(name, object);
    }
    object.segments.push({ centre, samples });
  }
  return [...objects.values()];
}
