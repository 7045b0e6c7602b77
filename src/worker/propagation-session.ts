/**
 * One propagation for the page's lifetime, started before React renders (the worker then loads while the app
 * boots) and read by React through useSyncExternalStore.
 */
import type { Track } from '../core/track.ts';
import { startPropagation } from './propagation-client.ts';
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
}

export function startPropagationSession(): PropagationSession {
  let snapshot: PropagationSnapshot = { planets: null, mission: null, progress: { fraction: 0, stage: 'starting' }, problem: null };
  const listeners = new Set<() => void>();
  const update = (change: Partial<PropagationSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };
  startPropagation({
    onPlanets: (planets) => update({ planets }),
    onProgress: (fraction, stage) => update({ progress: { fraction, stage } }),
    onResult: (mission) => update({ mission }),
    onError: (problem) => update({ problem }),
  });
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
