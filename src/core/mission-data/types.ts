/**
 * Mission data as the app uses it, after validation of the files in ephemeris/ (see ephemeris/README.md).
 * Field names carry units and frames; every number comes with a `source` or is marked illustrative.
 */
import type { BodyId } from '../bodies.ts';
import type { Vec3 } from '../vec3.ts';
import type { TrajectoryDesignFile } from './read-trajectory-design.ts';

export interface LocalizedText {
  en: string;
  zh: string;
}

/** Where numbers come from: a citation and its URLs (may be empty for catalogue look-ups), or 'illustrative'. */
export interface SourceRef {
  ref: string;
  urls: readonly string[];
}
export type Source = SourceRef | 'illustrative';

/** A published figure: a value, a range, a bound, or a value ± uncertainty. At least one of value/min/max. */
export interface Quantity {
  value?: number;
  min?: number;
  max?: number;
  plusMinus?: number;
  note?: string;
  source: Source;
}

export const DATE_PRECISIONS = ['exact', 'day', 'month', 'approx'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The small bodies with a data file of their own (ephemeris/bodies/<id>.json); ids from the body catalogue. */
export const SMALL_BODY_IDS = ['kamooalewa', '311p'] as const satisfies readonly BodyId[];
export type SmallBodyId = (typeof SMALL_BODY_IDS)[number];

/**
 * Osculating heliocentric elements in the ecliptic and mean equinox of J2000. Published TT epochs are converted to
 * TDB (they differ by < 2 ms). `meanAnomalyDeg` is the published one or, when only the perihelion time is
 * published, derived from it (`meanAnomalyDerived`).
 */
export interface OrbitalElementSet {
  id: string;
  label: string;
  /** The set to start propagation from; exactly one per body, the latest epoch. */
  newest: boolean;
  epochJdTdb: number;
  /** The time scale the source gave the epoch in. */
  publishedTimeScale: 'TDB' | 'TT';
  frame: 'ecliptic-J2000';
  center: 'sun';
  semiMajorAxisAu: number;
  eccentricity: number;
  inclinationDeg: number;
  longitudeOfAscendingNodeDeg: number;
  argumentOfPerihelionDeg: number;
  meanAnomalyDeg: number;
  meanAnomalyDerived: boolean;
  perihelionTimeJdTdb?: number;
  meanMotionDegPerDay?: number;
  perihelionDistanceAu?: number;
  note?: string;
  source: Source;
}

/** A published Cartesian state, used to cross-check an element set. */
export interface PublishedStateVector {
  elementSetId: string;
  epochJdTdb: number;
  frame: 'ICRF';
  center: 'sun';
  positionAu: Vec3;
  velocityAuPerDay: Vec3;
  source: Source;
}

export interface PhysicalData {
  diameterM?: Quantity;
  radiusM?: Quantity;
  rotationPeriodMin?: Quantity;
  rotationPeriodH?: Quantity;
  absoluteMagnitudeH?: Quantity;
}

export interface Discovery {
  dateUtc: string;
  utcMs: number;
  datePrecision: DatePrecision;
  by: LocalizedText;
  source: Source;
}

export interface Body {
  id: SmallBodyId;
  kind: 'asteroid' | 'comet';
  designations: readonly string[];
  description: LocalizedText;
  physical: PhysicalData;
  discovery: Discovery;
  elementSets: readonly OrbitalElementSet[];
  /** The set marked newest (also the one with the latest epoch). */
  newestElementSet: OrbitalElementSet;
  stateVectors: readonly PublishedStateVector[];
}

export const EVENT_STATUSES = ['done', 'reported', 'planned', 'illustrative'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface MissionEvent {
  id: string;
  names: LocalizedText;
  description: LocalizedText;
  dateUtc: string;
  utcMs: number;
  tdbSec: number;
  datePrecision: DatePrecision;
  /** The designed path's date for this event (written by `npm run design`); equals tdbSec where the path keeps it. */
  pathTdbSec: number;
  /** The shown date is a choice within what was published (e.g. a day in "late November"). */
  dateIsIllustrative: boolean;
  dateNote?: string;
  /** End of a phase that lasts (e.g. the science phase). */
  endUtc?: string;
  endTdbSec?: number;
  status: EventStatus;
  source: Source;
}

export interface NamedItem {
  id: string;
  names: LocalizedText;
}

export interface Spacecraft {
  id: string;
  names: LocalizedText & { formerEn: string; formerZh: string };
  description: LocalizedText;
  builder: LocalizedText;
  launchVehicle: LocalizedText;
  launchSite: LocalizedText;
  launchMassKg: Quantity;
  bodySizeM: Quantity;
  capsuleDiameterM: Quantity;
  solarWings: { count: number; diameterM: number; shape: LocalizedText; source: Source };
  solarArraySpanM: Quantity;
  propulsion: readonly { kind: 'solar-electric' | 'chemical'; role: LocalizedText }[];
  instrumentCount: Quantity;
  instruments: readonly NamedItem[];
  instrumentNamesNote: string;
  downlink: { band: string; frequencyMHz: number; source: Source };
  sampleMassG: Quantity;
  samplingMethods: readonly NamedItem[];
}

/** One stop of the approach: the probe this far sunward of the body's centre at this time. */
export interface ApproachPoint {
  utcMs: number;
  tdbSec: number;
  distanceKm: number;
  source: Source;
}

export const SAMPLING_METHODS = ['touch-and-go', 'anchor-and-attach'] as const;
export type SamplingMethod = (typeof SAMPLING_METHODS)[number];

/** A descent from the hover to the surface, a time on it, and the climb back. */
export interface SamplingEvent {
  method: SamplingMethod;
  startTdbSec: number;
  descentSec: number;
  contactSec: number;
  ascentSec: number;
  source: Source;
}

/** ephemeris/proximity-operations.json: the probe's distance from Kamoʻoalewa along the Sun line during the stay. */
export interface ProximityPlan {
  body: SmallBodyId;
  standoffKm: number;
  /** Chronological, distances falling to the standoff at the last. */
  approach: readonly ApproachPoint[];
  contactClearanceKm: number;
  /** Chronological, not overlapping, after the approach. */
  samplingEvents: readonly SamplingEvent[];
}

export interface MissionData {
  bodies: Readonly<Record<SmallBodyId, Body>>;
  proximity: ProximityPlan;
  /** In chronological order. */
  events: readonly MissionEvent[];
  spacecraft: Spacecraft;
  trajectoryDesign: TrajectoryDesignFile;
}
