/**
 * The content of a CCSDS Orbit Ephemeris Message (CCSDS 502.0-B-3, KVN form) as this app reads and writes it:
 * a header and one segment per continuous arc. Samples are km and km/s; epochs are TDB seconds since J2000.
 */
import type { TrackSegment } from '../track.ts';

/** The frames whose axes are the app's EQJ (the ~20 mas frame bias between them is far below anything drawn). */
export const OEM_EQJ_FRAMES = ['EME2000', 'ICRF'] as const;
export type OemRefFrame = (typeof OEM_EQJ_FRAMES)[number];

export const OEM_INTERPOLATIONS = ['HERMITE', 'LAGRANGE', 'LINEAR'] as const;
export type OemInterpolation = (typeof OEM_INTERPOLATIONS)[number];

export interface OemHeader {
  originator: string;
  /** UTC, ISO 8601 / CCSDS ASCII time code A, e.g. '2026-07-06T08:00:00Z'. */
  creationDate: string;
  comments: string[];
  /** MESSAGE_ID (optional keyword of OEM 3.0). */
  messageId?: string;
}

export interface OemSegment {
  objectName: string;
  /** Usually the international designator, e.g. '2025-110A'. */
  objectId: string;
  /** e.g. 'SUN'. */
  centerName: string;
  refFrame: OemRefFrame;
  /** Only TDB: the app's time number is TDB, and a TDB calendar needs no leap-second table. */
  timeSystem: 'TDB';
  comments: string[];
  interpolation?: OemInterpolation;
  interpolationDegree?: number;
  useableStartTdbSec?: number;
  useableStopTdbSec?: number;
  samples: TrackSegment;
}

export interface OemMessage {
  header: OemHeader;
  segments: OemSegment[];
}
