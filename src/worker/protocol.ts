/**
 * Messages between the main thread and the propagation worker. Requests carry no data: the worker owns the
 * bundled ephemeris files, validates and propagates them once, and transfers the sampled tracks' buffers. The
 * planets are asked for first (the Moon comes with the mission); the mission once the page has drawn them (its
 * ~0.3 s of propagation would otherwise share the CPU with the page's first frames). The worker says `ready` once
 * its code has loaded, and reports progress at the start of every stage, so a page can tell a worker that is
 * working from one that has stopped.
 */
import type { Track } from '../core/track.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';

export type {
  EventStatus, Impulse, MissionEventSummary, MissionPhase, PropagationResult, TrackId,
} from '../core/mission/mission-result.ts';

export type WorkerRequest = { type: 'planets' | 'mission'; requestId: number };

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'progress'; requestId: number; fraction: number; stage: string }
  | { type: 'planets'; requestId: number; tracks: Track[] }
  | { type: 'result'; requestId: number; result: PropagationResult }
  | { type: 'error'; requestId: number; message: string };
