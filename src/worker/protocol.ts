/**
 * Messages between the main thread and the propagation worker. Requests carry no data: the worker owns the
 * bundled ephemeris files, validates and propagates them once, and transfers the sampled tracks' buffers.
 */
import type { Body, BodyId, Spacecraft } from '../core/mission-data/types.ts';
import type { Track } from '../core/track.ts';

export type TrackId = 'probe' | 'capsule' | 'kamooalewa' | '311p' | 'mercury' | 'venus' | 'earth' | 'moon' | 'mars' | 'jupiter';

export type EventStatus = 'done' | 'reported' | 'planned' | 'illustrative';

export interface MissionEventSummary {
  id: string;
  nameEn: string;
  nameZh: string;
  descriptionEn: string;
  descriptionZh: string;
  tdbSec: number;
  status: EventStatus;
  sources: string[];
}

/** A stretch of the probe's path with one purpose (cruise to Kamoʻoalewa, stay, return, cruise to 311P, stay). */
export interface MissionPhase {
  id: string;
  nameEn: string;
  nameZh: string;
  startTdbSec: number;
  endTdbSec: number;
  /** Track id of the body the probe is heading for or staying at during this phase. */
  targetId: TrackId;
}

export interface Impulse {
  label: string;
  tdbSec: number;
  deltaVEqjKmS: [number, number, number];
  magnitudeKmS: number;
}

export interface PropagationResult {
  /** Probe, capsule, Kamoʻoalewa and 311P (the planets arrive earlier, in the 'planets' message). */
  tracks: Track[];
  events: MissionEventSummary[];
  phases: MissionPhase[];
  impulses: Impulse[];
  spanTdbSec: { start: number; end: number };
  /** Validated facts for the info cards: names, descriptions, sizes and their sources. */
  facts: { bodies: Readonly<Record<BodyId, Body>>; spacecraft: Spacecraft };
}

export type WorkerRequest = { type: 'propagate'; requestId: number };

export type WorkerResponse =
  | { type: 'progress'; requestId: number; fraction: number; stage: string }
  | { type: 'planets'; requestId: number; tracks: Track[] }
  /** transferredBytes counts the planets' buffers too. */
  | { type: 'result'; requestId: number; result: PropagationResult; transferredBytes: number }
  | { type: 'error'; requestId: number; message: string };
