/**
 * Playback rates (clock multipliers, simulated seconds per real second): the presets that `[` and `]` step through,
 * and a logarithmic scale for fine control with a slider. The sign of a multiplier is its direction and is kept.
 */
import { DAY_S } from '../core/constants.ts';

export type RatePresetId = '1h' | '6h' | '1d' | '1w' | '1mo' | '1y';

export interface RatePreset {
  id: RatePresetId;
  multiplier: number;
}

/** A mean Gregorian month, 30.44 days. */
export const MEAN_MONTH_S = 30.44 * DAY_S;

export const RATE_PRESETS: readonly RatePreset[] = [
  { id: '1h', multiplier: 3_600 },
  { id: '6h', multiplier: 6 * 3_600 },
  { id: '1d', multiplier: DAY_S },
  { id: '1w', multiplier: 7 * DAY_S },
  { id: '1mo', multiplier: MEAN_MONTH_S },
  // The whole mission (eleven years) in about ten seconds: the overview of the journey at a glance.
  { id: '1y', multiplier: 365.25 * DAY_S },
];

/** Fine control spans real time (1 s/s, for the close approach) up to a year per second. */
export const MIN_RATE_S_PER_S = 1;
export const MAX_RATE_S_PER_S = 365.25 * DAY_S;

/** Relative tolerance under which a rate counts as "at" a preset. */
const SAME_RATE = 1e-9;

const directionOf = (multiplier: number): 1 | -1 => (multiplier < 0 ? -1 : 1);

/** The next faster preset in the same direction; the fastest preset stays put. */
export function fasterPreset(multiplier: number): number {
  const speed = Math.abs(multiplier);
  const next = RATE_PRESETS.find((preset) => preset.multiplier > speed * (1 + SAME_RATE));
  const fastest = RATE_PRESETS[RATE_PRESETS.length - 1];
  return directionOf(multiplier) * (next ?? fastest ?? { multiplier: speed }).multiplier;
}

/** The next slower preset in the same direction; the slowest preset stays put. */
export function slowerPreset(multiplier: number): number {
  const speed = Math.abs(multiplier);
  const slower = RATE_PRESETS.filter((preset) => preset.multiplier < speed * (1 - SAME_RATE));
  const next = slower[slower.length - 1] ?? RATE_PRESETS[0];
  return directionOf(multiplier) * (next ?? { multiplier: speed }).multiplier;
}

/** The preset a multiplier sits on (either direction), if any. */
export function presetAt(multiplier: number): RatePreset | undefined {
  const speed = Math.abs(multiplier);
  return RATE_PRESETS.find((preset) => Math.abs(preset.multiplier - speed) <= preset.multiplier * SAME_RATE);
}

/** Slider position in [0, 1] for a rate's magnitude, on a log scale between MIN and MAX_RATE_S_PER_S. */
export function sliderFromRate(multiplier: number): number {
  const speed = Math.min(MAX_RATE_S_PER_S, Math.max(MIN_RATE_S_PER_S, Math.abs(multiplier)));
  return Math.log(speed / MIN_RATE_S_PER_S) / Math.log(MAX_RATE_S_PER_S / MIN_RATE_S_PER_S);
}

/** Inverse of sliderFromRate; `direction` carries the sign of play. */
export function rateFromSlider(position: number, direction: 1 | -1 = 1): number {
  const clamped = Math.min(1, Math.max(0, position));
  return direction * MIN_RATE_S_PER_S * (MAX_RATE_S_PER_S / MIN_RATE_S_PER_S) ** clamped;
}

export interface RateParts {
  value: number;
  unit: 's' | 'min' | 'h' | 'd' | 'w' | 'mo' | 'yr';
}

const RATE_UNITS: ReadonlyArray<readonly [RateParts['unit'], number]> = [
  ['yr', 365.25 * DAY_S], ['mo', MEAN_MONTH_S], ['w', 7 * DAY_S], ['d', DAY_S], ['h', 3_600], ['min', 60], ['s', 1],
];

/** Splits a rate's magnitude into the largest unit it reaches and a value with 2–3 significant digits. */
export function rateParts(multiplier: number): RateParts {
  const speed = Math.abs(multiplier);
  const [unit, unitSec] = RATE_UNITS.find(([, sec]) => speed >= sec * (1 - SAME_RATE)) ?? ['s', 1];
  const value = speed / unitSec;
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return { value: rounded, unit };
}
