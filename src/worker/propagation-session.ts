/**
 * One propagation for the page's lifetime, read by React through useSyncExternalStore. The worker starts with the
 * page, so its code has loaded by the time it is asked, but computes nothing until the page asks: for the planets
 * once the scene has drawn its first frame, for the mission once they are drawn (the app asks for both at once when
 * the scene fails or is slow). On a 2-core machine a worker computing from the page's start took a core from the
 * first frame (eight alternated first visits: first frame median 1.11 s started at once, 0.93 s started after it).
 * Only loading its code early does not (three rounds of eight alternated first visits, first frame medians 986, 886,
 * 970 ms created at the first frame, 1000, 923, 925 ms created with the page) and the path is drawn earlier
 * (medians 3.68, 3.40, 3.56 s → 3.33, 3.20, 3.39 s): the mission's propagation no longer shares the worker's start.
 *
 * After a failure (an error, or the client's watchdog), `retry` starts a new worker and asks it again for what is
 * missing; planets already drawn stay in the snapshot meanwhile.
 */
import type { Track } from '../core/track.ts';
import { startPropagation, type PropagationControl, type WatchdogTimes } from './propagation-client.ts';
import type { PropagationResult } from './protocol.ts';

export interface PropagationSnapshot {
  planets: Track[] | null;
  mission: PropagationResult | null;
  progress: { fraction: number; stage: string };
  problem: string | null;
  /** How many times the propagation was started again after a failure. */
  retries: number;
}

export interface PropagationSession extends Omit<PropagationControl, 'stop'> {
  getSnapshot(): PropagationSnapshot;
  subscribe(listener: () => void): () => void;
  /** After a failure: a new worker, asked again for what the page was waiting for. Does nothing otherwise. */
  retry(): void;
}

export function createPropagationSession(options: { watchdog?: WatchdogTimes } = {}): PropagationSession {
  let snapshot: PropagationSnapshot = {
    planets: null, mission: null, progress: { fraction: 0, stage: 'starting' }, problem: null, retries: 0,
  };
  const listeners = new Set<() => void>();
  const update = (change: Partial<PropagationSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };
  let planetsWanted = false;
  let missionWanted = false;
  const start = (havePlanets: boolean): PropagationControl => {
    // A stopped client calls nothing, so a late answer from a replaced worker cannot reach the snapshot.
    const client = startPropagation({
      onPlanets: (planets) => update({ planets }),
      onProgress: (fraction, stage) => update({ progress: { fraction, stage } }),
      onResult: (mission) => update({ mission }),
      onError: (problem) => update({ problem }),
    }, { havePlanets, ...(options.watchdog ? { watchdog: options.watchdog } : {}) });
    return client;
  };
  let control = start(false);
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestPlanets: () => {
      planetsWanted = true;
      control.requestPlanets();
    },
    requestMission: () => {
      missionWanted = true;
      control.requestMission();
    },
    retry: () => {
      if (snapshot.problem === null) return;
      control.stop();
      update({ problem: null, progress: { fraction: 0, stage: 'starting again' }, retries: snapshot.retries + 1 });
      control = start(snapshot.planets !== null);
      if (missionWanted && snapshot.mission === null) control.requestMission();
      else if (planetsWanted && snapshot.planets === null) control.requestPlanets();
    },
  };
}
