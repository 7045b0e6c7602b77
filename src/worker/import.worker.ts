/// <reference lib="webworker" />
import { handleImport } from './handle-import.ts';
import { bundledMissionFiles } from '../core/mission-data/bundled.ts';
import { missionFileText } from './handle-export.ts';
import type { ExportRequest, ImportRequest, ImportResponse } from './import-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ImportRequest | ExportRequest>) => {
  const post = (message: ImportResponse, transfer: ArrayBuffer[]) => scope.postMessage(message, transfer);
  if (event.data.type === 'export') {
    const { requestId, format, creationDateUtc } = event.data;
    try {
      post({ type: 'exported', requestId, text: missionFileText(bundledMissionFiles(), format, creationDateUtc) }, []);
    } catch (error) {
      post({ type: 'refused', requestId, message: `the mission file could not be written: ${error instanceof Error ? error.message : String(error)}` }, []);
    }
    return;
  }
  const { content, ...request } = event.data;
  post({ type: 'progress', requestId: request.requestId, fraction: 0, stage: 'reading' }, []);
  let text: string;
  try {
    text = typeof content === 'string' ? content : await content.text();
  } catch (error) {
    post({ type: 'refused', requestId: request.requestId, message: `${request.fileName}: could not be read (${String(error)})` }, []);
    return;
  }
  handleImport(request, text, post);
};
