/**
 * Main-thread side of the propagation worker: one worker, callbacks for planets, progress, result and failure,
 * and a watchdog. A worker that stops answering (a stuck computation, a script that never ran) is reported as a
 * failure instead of leaving "computing" on screen forever: it must say `ready` within LOAD_TIMEOUT_MS of being
 * created (its code comes over the network) and, while a request is open, send something at least every
 * PROGRESS_TIMEOUT_MS (every stage starts with a progress message).
 */
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
  /** Stops the worker; no callback is called after this. */
  stop(): void;
}

export interface WatchdogTimes {
  /** From creating the worker to its `ready`: its script and the data travel over a possibly slow network. */
  loadMs: number;
  /** Between messages while a request is open. The longest stage takes ~0.2 s here; a slow phone ~20× that. */
  progressMs: number;
}

export const WATCHDOG: WatchdogTimes = { loadMs: 60_000, progressMs: 15_000 };

export interface PropagationOptions {
  watchdog?: WatchdogTimes;
  /** The page has the planets already (a retry): the worker is asked for the mission only. */
  havePlanets?: boolean;
}

/** Starts a worker, which loads its code and waits to be asked. */
export function startPropagation(callbacks: PropagationCallbacks, options: PropagationOptions = {}): PropagationControl {
  const watchdog = options.watchdog ?? WATCHDOG;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./propagation.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    callbacks.onError(`the propagation worker could not start: ${error instanceof Error ? error.message : String(error)}`);
    return { requestPlanets: () => {}, requestMission: () => {}, stop: () => {} };
  }
  const requestId = 1;
  let ready = false;
  let planetsOpen = false;
  let missionOpen = false;
  let finished = false;
  let lastStage = 'starting';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    finished = true;
    if (timer !== undefined) clearTimeout(timer);
    worker.terminate();
  };
  const fail = (message: string) => {
    if (finished) return;
    stop();
    callbacks.onError(message);
  };
  /** (Re)arms the watchdog for what the worker owes now: its `ready`, an answer to an open request, or nothing. */
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (finished) return;
    if (!ready) {
      timer = setTimeout(() => fail(`the propagation worker did not start within ${watchdog.loadMs / 1000} s (its code may not have loaded)`),
        watchdog.loadMs);
    } else if (planetsOpen || missionOpen) {
      timer = setTimeout(() => fail(`the propagation worker stopped answering: no progress for ${watchdog.progressMs / 1000} s (last stage: ${lastStage})`),
        watchdog.progressMs);
    }
  };

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    if (finished) return;
    const message = event.data;
    if (message.type === 'ready') {
      ready = true;
      arm();
      return;
    }
    if (message.requestId !== requestId) return;
    switch (message.type) {
      case 'progress':
        lastStage = message.stage;
        callbacks.onProgress(message.fraction, message.stage);
        break;
      case 'planets':
        planetsOpen = false;
        lastStage = 'the planets sent';
        callbacks.onPlanets(message.tracks);
        break;
      case 'result':
        missionOpen = false;
        stop();
        callbacks.onResult(message.result);
        return;
      case 'error':
        fail(message.message);
        return;
    }
    arm();
  };
  worker.onerror = (event) => {
    fail(`the propagation worker failed: ${event.message || 'unknown error (see the browser console)'}`);
  };
  arm();

  const ask = (type: WorkerRequest['type']) => {
    if (finished) return;
    worker.postMessage({ type, requestId } satisfies WorkerRequest);
    arm();
  };
  let planetsAsked = options.havePlanets === true;
  let missionAsked = false;
  const requestPlanets = () => {
    if (planetsAsked) return;
    planetsAsked = true;
    planetsOpen = true;
    ask('planets');
  };
  return {
    requestPlanets,
    requestMission: () => {
      if (missionAsked) return;
      missionAsked = true;
      missionOpen = true;
      requestPlanets();
      ask('mission');
    },
    stop,
  };
}
