export { loadMissionData, readMissionFiles } from './load-mission-data.ts';
export { MissionDataError, formatIssue, type MissionDataIssue } from './mission-data-error.ts';
export { MISSION_DATA_READERS, MISSION_DATA_FILE_NAMES, type FileReader, type MissionDataFileName } from './registry.ts';
export { toKeplerianElements } from './to-keplerian-elements.ts';
export type * from './types.ts';
