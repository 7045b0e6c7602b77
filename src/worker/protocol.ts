/**
 * Messages between the main thread and the propagation worker. Requests carry no data: the worker owns the
 * bundled ephemeris files, validates and propagates them once, and transfers the sampled tracks' buffers.
 */
import type { Track } from '../core/track.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';

export type {
  EventStatus, Impulse, MissionEventSummary, MissionPhase, PropagationResult, TrackId,
} from '../core/mission/mission-result.ts';

export type WorkerRequest = { type: 'propagate'; requestId: number };

export type WorkerResponse =
  | { type: 'progress'; requestId: number; fraction: number; stage: string }
  | { type: 'planets'; requestId: number; tracks: Track[] }
  /** transferredBytes counts the planets' buffers too. */
  | { type: 'result'; requestId: number; result: PropagationResult; transferredBytes: number }
  | { type: 'error'; requestId: number; message: string };
