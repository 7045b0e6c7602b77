/** A closed, open or half-open interval of numbers that can say itself in the notation of error messages. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly minOpen: boolean;
  readonly maxOpen: boolean;
}

/**
 * No number in these files, in the units their names give, comes near it (the largest is a Julian date, ~2.5e6;
 * TDB seconds since J2000 stay below 2e9): a 1e308 in a field a reader left open-ended is a broken file.
 * Every range is clipped to ±MAX_MAGNITUDE, so a reader that asks for "> 0" still refuses it.
 */
export const MAX_MAGNITUDE = 1e12;

export const range = (min: number, max: number, opts: { minOpen?: boolean; maxOpen?: boolean } = {}): NumberRange => {
  const clippedMin = Math.max(min, -MAX_MAGNITUDE);
  const clippedMax = Math.min(max, MAX_MAGNITUDE);
  return {
    min: clippedMin,
    max: clippedMax,
    minOpen: clippedMin === min ? (opts.minOpen ?? false) : false,
    maxOpen: clippedMax === max ? (opts.maxOpen ?? false) : false,
  };
};

export const inRange = (x: number, r: NumberRange): boolean =>
  Number.isFinite(x) && Math.abs(x) <= MAX_MAGNITUDE
  && (r.minOpen ? x > r.min : x >= r.min) && (r.maxOpen ? x < r.max : x <= r.max);

/** 2451544.5 as "2451544.5", 1e12 as "1e12". */
const bound = (x: number): string => (Math.abs(x) >= 1e9 ? x.toExponential().replace('e+', 'e') : String(x));

/**
 * 'a number in [0, 1)'; bounds clipped to ±MAX_MAGNITUDE are left unsaid ('a number > 0', 'a finite number'),
 * as the clip only catches broken files (a reader of a value beyond it says so: `describeRangeFor`).
 */
export function describeRange(r: NumberRange): string {
  const lowSaid = r.min > -MAX_MAGNITUDE;
  const highSaid = r.max < MAX_MAGNITUDE;
  if (!lowSaid && !highSaid) return 'a finite number';
  if (!highSaid) return `a number ${r.minOpen ? '>' : '>='} ${bound(r.min)}`;
  if (!lowSaid) return `a number ${r.maxOpen ? '<' : '<='} ${bound(r.max)}`;
  return `a number in ${r.minOpen ? '(' : '['}${bound(r.min)}, ${bound(r.max)}${r.maxOpen ? ')' : ']'}`;
}

/** What a refused `value` was expected to be, naming the size limit when that is what it broke. */
export function describeRangeFor(r: NumberRange, value: unknown): string {
  const beyondLimit = typeof value === 'number' && Number.isFinite(value) && Math.abs(value) > MAX_MAGNITUDE;
  return beyondLimit ? `${describeRange(r)} of at most ${bound(MAX_MAGNITUDE)} in size` : describeRange(r);
}

export const ANY_FINITE = range(-Infinity, Infinity);
export const POSITIVE = range(0, Infinity, { minOpen: true });
export const NON_NEGATIVE = range(0, Infinity);
/** Elliptic orbits only: every body in these files is bound to the Sun. */
export const ELLIPTIC_ECCENTRICITY = range(0, 1, { maxOpen: true });
export const ANGLE_0_360_DEG = range(0, 360, { maxOpen: true });
export const INCLINATION_DEG = range(0, 180);
/**
 * JD 2451544.5 (2000-01-01) to 2469807.5 (2050-01-01), the data's era (json-reader's DATA_ERA): catches MJD or
 * calendar years typed where a JD belongs, and epochs that would ask propagation for decades.
 */
export const JULIAN_DATE = range(2_451_544.5, 2_469_807.5);
