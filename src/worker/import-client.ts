/**
 * Main-thread side of the import worker: one worker for the page, one promise per file. The file goes to the worker
 * as a Blob, so even reading its text happens off the main thread.
 */
import type { ImportedTrack } from '../core/imported-track.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

export type ImportOutcome = { ok: true; tracks: ImportedTrack[] } | { ok: false; message: string };

export interface ImportClient {
  importFile(fileName: string, content: Blob | string, takenIds: string[], colorOffset: number,
    onProgress?: (fraction: number, stage: string) => void): Promise<ImportOutcome>;
  stop(): void;
}

export function startImportClient(): ImportClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const open = new Map<number, { resolve: (o: ImportOutcome) => void; onProgress?: ((f: number, s: string) => void) | undefined }>();
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      const pending = open.get(message.requestId);
      if (!pending) return;
      if (message.type === 'progress') {
        pending.onProgress?.(message.fraction, message.stage);
        return;
      }
      open.delete(message.requestId);
      pending.resolve(message.type === 'imported' ? { ok: true, tracks: message.tracks } : { ok: false, message: message.message });
    };
    worker.onerror = (event) => {
      for (const [id, pending] of open) {
        pending.resolve({ ok: false, message: `the import worker stopped: ${event.message || 'no message'}` });
        open.delete(id);
      }
    };
    return worker;
  };
  return {
    importFile(fileName, content, takenIds, colorOffset, onProgress) {
      return new Promise((resolve) => {
        const requestId = nextId++;
        open.set(requestId, { resolve, onProgress });
        try {
          const request: ImportRequest = { type: 'import', requestId, fileName, content, takenIds, colorOffset };
          ensureWorker().postMessage(request);
        } catch (error) {
          open.delete(requestId);
          resolve({ ok: false, message: `the import worker could not start: ${error instanceof Error ? error.message : String(error)}` });
        }
      });
    },
    stop() {
      worker?.terminate();
      worker = undefined;
      for (const pending of open.values()) pending.resolve({ ok: false, message: 'import cancelled' });
      open.clear();
    },
  };
}
