/**
 * The mission-data files as bundled JSON modules, keyed by their path in the repository: the one list of files
 * that the worker, scripts and tests hand to `loadMissionData`.
 */
import kamooalewa from '../../../ephemeris/bodies/kamooalewa.json';
import comet311p from '../../../ephemeris/bodies/311p.json';
import missionEvents from '../../../ephemeris/mission-events.json';
import proximityOperations from '../../../ephemeris/proximity-operations.json';
import spacecraft from '../../../ephemeris/spacecraft.json';
import trajectoryDesign from '../../../ephemeris/trajectory-design.json';
import type { MissionDataFileName } from './registry.ts';

export function bundledMissionFiles(): Record<MissionDataFileName, unknown> {
  return {
    'ephemeris/bodies/kamooalewa.json': kamooalewa,
    'ephemeris/bodies/311p.json': comet311p,
    'ephemeris/mission-events.json': missionEvents,
    'ephemeris/proximity-operations.json': proximityOperations,
    'ephemeris/spacecraft.json': spacecraft,
    'ephemeris/trajectory-design.json': trajectoryDesign,
  };
}
