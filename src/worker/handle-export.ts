/**
 * The mission as a download: propagated from the bundled files and written exactly as `npm run ephemeris` writes it
 * (scripts/export-ephemeris.ts), with the illustrative note and the sources in its COMMENT lines.
 */
import { writeTrajectoryCsv } from '../core/formats/csv-writer.ts';
import { writeOem } from '../core/formats/oem-writer.ts';
import { missionOemMessage } from '../core/mission/ephemeris-export.ts';
import { propagateMission } from '../core/mission/propagate-mission.ts';
import type { ExportRequest } from './import-protocol.ts';

export function missionFileText(files: Readonly<Record<string, unknown>>, format: ExportRequest['format'], creationDateUtc: string): string {
  const message = missionOemMessage(propagateMission(files), creationDateUtc);
  return format === 'oem' ? writeOem(message) : writeTrajectoryCsv(message.segments, { comments: message.header.comments });
}
