/**
 * Main-thread side of the import worker: one worker for the page, one promise per file. The file goes to the worker
 * as a Blob, so even reading its text happens off the main thread.
 */
import type { ImportedTrack } from '../core/imported-track.ts';
import type { ExportRequest, ImportRequest, ImportResponse } from './import-protocol.ts';

export type ImportOutcome = { ok: true; tracks: ImportedTrack[] } | { ok: false; message: string };

export interface ImportClient {
  importFile(fileName: string, content: Blob | string, takenIds: string[], colorOffset: number,
    onProgress?: (fraction: number, stage: string) => void): Promise<ImportOutcome>;
  /** The mission's OEM or CSV text, written in the worker. */
  exportMission(format: 'oem' | 'csv', creationDateUtc: string): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
  stop(): void;
}

export function startImportClient(): ImportClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const open = new Map<number, { resolve: (o: ImportOutcome) => void; onProgress?: ((f: number, s: string) => void) | undefined }>();
  const exports = new Map<number, (o: { ok: true; text: string } | { ok: false; message: string }) => void>();
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      const exported = exports.get(message.requestId);
      if (exported && (message.type === 'exported' || message.type === 'refused')) {
        exports.delete(message.requestId);
        exported(message.type === 'exported' ? { ok: true, text: message.text } : { ok: false, message: message.message });
        return;
      }
      const pending = open.get(message.requestId);
      if (!pending) return;
      if (message.type === 'progress') {
        pending.onProgress?.(message.fraction, message.stage);
        return;
      }
      open.delete(message.requestId);
      if (message.type === 'imported') pending.resolve({ ok: true, tracks: message.tracks });
      else if (message.type === 'refused') pending.resolve({ ok: false, message: message.message });
    };
    worker.onerror = (event) => {
      for (const [id, pending] of open) {
        pending.resolve({ ok: false, message: `the import worker stopped: ${event.message || 'no message'}` });
        open.delete(id);
      }
      for (const [id, resolve] of exports) {
        resolve({ ok: false, message: `the import worker stopped: ${event.message || 'no message'}` });
        exports.delete(id);
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
    exportMission(format, creationDateUtc) {
      return new Promise((resolve) => {
        const requestId = nextId++;
        exports.set(requestId, resolve);
        try {
          ensureWorker().postMessage({ type: 'export', requestId, format, creationDateUtc } satisfies ExportRequest);
        } catch (error) {
          exports.delete(requestId);
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
