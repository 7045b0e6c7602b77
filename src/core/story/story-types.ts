/** The staged shots and the guided tour, as read from ephemeris/story.json (src/core/story/read-story.ts). */
import type { BodyId } from '../bodies.ts';
import type { Source } from '../mission-data/types.ts';
import type { CameraMode } from '../camera-mode.ts';
import type { FrameId } from '../view-frame.ts';


export interface ShotPose {
  azimuthDeg: number;
  elevationDeg: number;
  distanceKm: number;
}

/** When a shot happens: hours after one of the mission's events (its designed time), or a fixed date. */
export type ShotTime = { eventId: string; offsetHours: number } | { atUtcMs: number };

export interface StoryShot {
  id: string;
  time: ShotTime;
  /** The body looked at; null: the frame's origin (the overview). */
  subject: BodyId | null;
  frame: FrameId;
  view: CameraMode;
  /** The orbit camera's pose about the subject; absent: the rig's own framing of it. */
  pose?: ShotPose;
  /** Clock rate once the shot has arrived, simulated s per real s (negative plays backwards). */
  rateSPerS: number;
  play: boolean;
  /** The caption is shown while the clock stays within this window around the shot's time, hours. */
  windowHours: { before: number; after: number };
  caption: { en: string; zh: string };
  /** "event": the caption restates its event's facts (ephemeris/mission-events.json cites them). */
  source: Source | 'event';
}

export interface TourChapter {
  shotId: string;
  /** How long the tour stays on this chapter once its glide has arrived, s of real time. */
  holdSec: number;
  title: { en: string; zh: string };
}

export interface Story {
  shots: readonly StoryShot[];
  tour: readonly TourChapter[];
}
