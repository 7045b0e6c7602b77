/**
 * Which validator reads which file. The extension point: a new data file (e.g. the lead's
 * 'ephemeris/trajectory-design.json') gets its reader here, a field in `MissionData` and one line in
 * `loadMissionData`; the loader then requires the file and rejects files nobody validates.
 */
import type { JsonReader } from './json-reader.ts';
import { readBodyFile } from './read-body.ts';
import { readEventsFile } from './read-events.ts';
import { readProximityFile } from './read-proximity.ts';
import { readSpacecraftFile } from './read-spacecraft.ts';
import { readTrajectoryDesignFile } from './read-trajectory-design.ts';

/** Reads one parsed JSON file, recording problems on `r`; may return undefined when the file is unusable. */
export type FileReader<T> = (r: JsonReader, json: unknown) => T | undefined;

export const MISSION_DATA_READERS = {
  'ephemeris/bodies/kamooalewa.json': (r, json) => readBodyFile(r, json, 'kamooalewa'),
  'ephemeris/bodies/311p.json': (r, json) => readBodyFile(r, json, '311p'),
  'ephemeris/mission-events.json': readEventsFile,
  'ephemeris/proximity-operations.json': readProximityFile,
  'ephemeris/spacecraft.json': readSpacecraftFile,
  'ephemeris/trajectory-design.json': readTrajectoryDesignFile,
} satisfies Record<string, FileReader<unknown>>;

export type MissionDataFileName = keyof typeof MISSION_DATA_READERS;
export const MISSION_DATA_FILE_NAMES = Object.keys(MISSION_DATA_READERS) as MissionDataFileName[];
