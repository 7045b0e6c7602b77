/**
 * The import worker's work as a function of the file's text, so Node tests run what the browser's worker runs:
 * parse (with progress), place the objects around the Sun, post tracks or one message naming what was wrong.
 */
import { readTrajectoryFile } from '../core/formats/trajectory-file.ts';
import { importedTracksOf } from '../core/imported-track.ts';
import { trackBuffers } from './handle-request.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

export type ImportPost = (message: ImportResponse, transfer: ArrayBuffer[]) => void;

/** Parsing is ~90% of the time on large files; placing around the Sun the rest. */
const PARSE_SHARE = 0.9;

export function handleImport(request: Omit<ImportRequest, 'content'>, text: string, post: ImportPost): void {
  const { requestId, fileName } = request;
  try {
    post({ type: 'progress', requestId, fraction: 0, stage: 'parsing' }, []);
    const read = readTrajectoryFile(text, fileName, {
      onProgress: (fraction) => post({ type: 'progress', requestId, fraction: fraction * PARSE_SHARE, stage: 'parsing' }, []),
    });
    if (!read.ok) {
      post({ type: 'refused', requestId, message: read.error.message }, []);
      return;
    }
    const placed = importedTracksOf(read.file, new Set(request.takenIds), request.colorOffset, (fraction) =>
      post({ type: 'progress', requestId, fraction: PARSE_SHARE + fraction * (1 - PARSE_SHARE), stage: 'placing' }, []));
    if (!placed.ok) {
      post({ type: 'refused', requestId, message: placed.message }, []);
      return;
    }
    const buffers = [...new Set(trackBuffers(placed.tracks.map((t) => t.track)))];
    post({ type: 'imported', requestId, tracks: placed.tracks }, buffers);
  } catch (error) {
    // A reader bug, not a bad file: still a message, never a silent worker.
    post({ type: 'refused', requestId, message: `${fileName}: could not be read (${error instanceof Error ? error.message : String(error)})` }, []);
  }
}
