/// <reference lib="webworker" />
import { bundledMissionFiles } from '../core/mission-data/bundled.ts';
import { handleWorkerRequest } from './handle-request.ts';
import type { WorkerRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handleWorkerRequest(event.data, bundledMissionFiles(), (message, transfer) => scope.postMessage(message, transfer));
};
