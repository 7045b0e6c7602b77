/** Main-thread side of the propagation worker: one request, callbacks for planets, progress, result and failure. */
import type { Track } from '../core/track.ts';
import type { PropagationResult, WorkerRequest, WorkerResponse } from './protocol.ts';

export interface PropagationCallbacks {
  onPlanets(tracks: Track[]): void;
  onProgress(fraction: number, stage: string): void;
  onResult(result: PropagationResult): void;
  onError(message: string): void;
}

export interface PropagationControl {
  /** Asks for the planets; later calls do nothing. */
  requestPlanets(): void;
  /** Asks for the mission, and for the planets first if nobody has; later calls do nothing. */
  requestMission(): void;
}

/** Starts the worker, which loads its code and waits to be asked. */
export function startPropagation(callbacks: PropagationCallbacks): PropagationControl {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./propagation.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    callbacks.onError(`the propagation worker could not start: ${error instanceof Error ? error.message : String(error)}`);
    return { requestPlanets: () => {}, requestMission: () => {} };
  }
  const requestId = 1;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.requestId !== requestId) return;
    switch (message.type) {
      case 'planets': callbacks.onPlanets(message.tracks); break;
      case 'progress': callbacks.onProgress(message.fraction, message.stage); break;
      case 'result': callbacks.onResult(message.result); worker.terminate(); break;
      case 'error': callbacks.onError(message.message); worker.terminate(); break;
    }
  };
  worker.onerror = (event) => {
    callbacks.onError(`the propagation worker failed: ${event.message || 'unknown error (see the browser console)'}`);
    worker.terminate();
  };
  const ask = (type: WorkerRequest['type']) => worker.postMessage({ type, requestId } satisfies WorkerRequest);
  let planetsAsked = false;
  let missionAsked = false;
  const requestPlanets = () => {
    if (planetsAsked) return;
    planetsAsked = true;
    ask('planets');
  };
  return {
    requestPlanets,
    requestMission: () => {
      if (missionAsked) return;
      missionAsked = true;
      requestPlanets();
      ask('mission');
    },
  };
}
