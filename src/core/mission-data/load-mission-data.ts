/**
 * Validates the parsed ephemeris/ files and returns them typed. Pure: takes the parsed JSON keyed by file path
 * (see bundled.ts), so Node scripts, the worker and tests share it. Parsing JSON text is the caller's job.
 */
import { JsonReader, describeValue, hasOwnKey } from './json-reader.ts';
import { MissionDataError, type MissionDataIssue } from './mission-data-error.ts';
import { MISSION_DATA_READERS, type FileReader } from './registry.ts';
import type { MissionData } from './types.ts';

type ReadFiles<R extends Record<string, FileReader<unknown>>> = {
  [K in keyof R]: NonNullable<ReturnType<R[K]>>;
};

/**
 * Runs every registered reader on its file; throws one MissionDataError listing all problems in all files.
 * Every registered file must be present, and every file passed must have a reader.
 */
export function readMissionFiles<R extends Record<string, FileReader<unknown>>>(
  files: Readonly<Record<string, unknown>>,
  readers: R,
): ReadFiles<R> {
  const issues: MissionDataIssue[] = [];
  const known = Object.keys(readers);
  for (const name of Object.keys(files)) {
    if (!hasOwnKey(readers, name)) {
      issues.push({ file: name, path: '', expected: `a file with a registered validator (${known.join(', ')})`, got: 'a file nobody validates' });
    }
  }
  const result = Object.create(null) as Record<string, unknown>;
  for (const name of known) {
    const reader = new JsonReader(name, issues);
    if (!hasOwnKey(files, name)) {
      reader.report('', 'the parsed JSON of this file', describeValue(undefined));
      continue;
    }
    const read = readers[name];
    if (read) result[name] = read(reader, files[name]);
  }
  if (issues.length > 0) throw new MissionDataError(issues);
  return result as ReadFiles<R>;
}

export function loadMissionData(files: Readonly<Record<string, unknown>>): MissionData {
  const read = readMissionFiles(files, MISSION_DATA_READERS);
  return {
    bodies: {
      kamooalewa: read['ephemeris/bodies/kamooalewa.json'],
      '311p': read['ephemeris/bodies/311p.json'],
    },
    proximity: read['ephemeris/proximity-operations.json'],
    events: read['ephemeris/mission-events.json'],
    spacecraft: read['ephemeris/spacecraft.json'],
    trajectoryDesign: read['ephemeris/trajectory-design.json'],
  };
}
