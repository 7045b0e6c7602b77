/**
 * Messages between the main thread and the import worker, which reads a user's trajectory file off the main thread
 * (a 50 MB OEM takes seconds to parse) and sends back heliocentric tracks as transferred buffers.
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

export type ImportResponse =
  | { type: 'progress'; requestId: number; fraction: number; stage: 'reading' | 'parsing' | 'placing' }
  | { type: 'imported'; requestId: number; tracks: ImportedTrack[] }
  | { type: 'refused'; requestId: number; message: string };
