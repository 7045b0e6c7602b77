/// <reference lib="webworker" />
import { handleImport } from './handle-import.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { content, ...request } = event.data;
  const post = (message: ImportResponse, transfer: ArrayBuffer[]) => scope.postMessage(message, transfer);
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
