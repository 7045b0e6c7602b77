/**
 * What one propagation of the mission produces: the tracks, the events and phases on the mission's time line, the
 * designed burns, and the validated facts. Made in the worker, sent to the page (see src/worker/protocol.ts).
 */
import type { Body, DatePrecision, SmallBodyId, Spacecraft } from '../mission-data/types.ts';
import type { TrackedBodyId } from '../bodies.ts';
import type { Track } from '../track.ts';
import type { Burn } from '../trajectory/realise.ts';
import type { StayPath } from '../proximity/proximity-arc.ts';

/** Every track is a catalogue body's (the Sun is the heliocentric tracks' origin). */
export type TrackId = TrackedBodyId;

export type EventStatus = 'done' | 'reported' | 'planned' | 'illustrative';

export interface MissionEventSummary {
  id: string;
  nameEn: string;
  nameZh: string;
  descriptionEn: string;
  descriptionZh: string;
  /** The designed path's date of the event. */
  tdbSec: number;
  /** The reported or planned date, as published (its precision says how fine). */
  plannedTdbSec: number;
  plannedPrecision: DatePrecision;
  /** The date is a choice within a published window (the design's, or the data file's), not a published date. */
  dateIllustrative: boolean;
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

/** A designed burn: time, Δv vector (EQJ) and magnitude. */
export type Impulse = Burn;

export interface PropagationResult {
  /** Probe, capsule, Kamoʻoalewa and 311P (the planets arrive earlier, in the 'planets' message). */
  tracks: Track[];
  events: MissionEventSummary[];
  phases: MissionPhase[];
  impulses: Impulse[];
  spanTdbSec: { start: number; end: number };
  /** The stay at Kamoʻoalewa as a body-relative path: the ephemeris places the probe by it, beside the rock. */
  stay: StayPath;
  /** Validated facts for the info cards: names, descriptions, sizes and their sources. */
  facts: { bodies: Readonly<Record<SmallBodyId, Body>>; spacecraft: Spacecraft };
}
