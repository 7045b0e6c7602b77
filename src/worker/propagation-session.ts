/**
 * One propagation for the page's lifetime, read by React through useSyncExternalStore. Nothing runs until the
 * page asks: for the planets once the scene has drawn its first frame, for the mission once they are drawn (the
 * app asks for both at once when the scene fails or is slow). On a 2-core machine a worker started with the page
 * took a core from the first frame (eight alternated first visits: first frame 1.01–1.60 s, median 1.11 s, with
 * the worker started at once; 0.87–0.97 s, median 0.93 s, started after it; the planets and the path were drawn
 * no later: medians 1.76 and 3.69 s, then 1.76 and 3.64 s).
 */
import type { Track } from '../core/track.ts';
import { startPropagation, type PropagationControl } from './propagation-client.ts';
import type { PropagationResult } from './protocol.ts';

export interface PropagationSnapshot {
  planets: Track[] | null;
  mission: PropagationResult | null;
  progress: { fraction: number; stage: string };
  problem: string | null;
}

export interface PropagationSession {
  getSnapshot(): PropagationSnapshot;
  subscribe(listener: () => void): () => void;
  /** Starts the worker on the planets; later calls do nothing. */
  requestPlanets(): void;
  /** Asks for the mission, and for the planets first if nobody has; later calls do nothing. */
  requestMission(): void;
}

export function createPropagationSession(): PropagationSession {
  let snapshot: PropagationSnapshot = { planets: null, mission: null, progress: { fraction: 0, stage: 'starting' }, problem: null };
  const listeners = new Set<() => void>();
  const update = (change: Partial<PropagationSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };
  let control: PropagationControl | null = null;
  const requestPlanets = () => {
    control ??= startPropagation({
      onPlanets: (planets) => update({ planets }),
      onProgress: (fraction, stage) => update({ progress: { fraction, stage } }),
      onResult: (mission) => update({ mission }),
      onError: (problem) => update({ problem }),
    });
  };
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestPlanets,
    requestMission: () => {
      requestPlanets();
      control?.startMission();
    },
  };
}
