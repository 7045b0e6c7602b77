/// <reference lib="webworker" />
import { bundledMissionFiles } from '../core/mission-data/bundled.ts';
import { handleWorkerRequest } from './handle-request.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handleWorkerRequest(event.data, bundledMissionFiles(), (message, transfer) => scope.postMessage(message, transfer));
};
// The code has loaded (and the data files with it): the page's watchdog now waits for progress, not for the network.
scope.postMessage({ type: 'ready' } satisfies WorkerResponse);
