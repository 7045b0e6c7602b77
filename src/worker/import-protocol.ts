/**
 * Messages between the main thread and the import worker, which reads a user's trajectory file off the main thread
 * (a 50 MB OEM takes seconds to parse) and sends back heliocentric tracks as transferred buffers; it also writes
 * the mission's own OEM or CSV for download, off the main thread (propagation plus writing: ~1 s).
 */
import type { ImportedTrack } from '../core/imported-track.ts';

export interface ImportRequest {
  type: 'import';
  requestId: number;
  fileName: string;
  /** The file itself (read in the worker) or its text. */
  content: Blob | string;
  /** Ids already in use (earlier imports): a new object with the same name gets a '-2' id. */
  takenIds: string[];
  colorOffset: number;
}

/** The mission as a file to download: the same text as `npm run ephemeris` (OEM) or its CSV. */
export interface ExportRequest {
  type: 'export';
  requestId: number;
  format: 'oem' | 'csv';
  /** UTC, e.g. '2026-12-07T13:00:00Z' (the CREATION_DATE). */
  creationDateUtc: string;
}

export type ImportResponse =
  | { type: 'exported'; requestId: number; text: string }
  | { type: 'progress'; requestId: number; fraction: number; stage: 'reading' | 'parsing' | 'placing' }
  | { type: 'imported'; requestId: number; tracks: ImportedTrack[] }
  | { type: 'refused'; requestId: number; message: string };
