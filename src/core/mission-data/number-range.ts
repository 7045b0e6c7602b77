/** A closed, open or half-open interval of numbers that can say itself in the notation of error messages. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly minOpen: boolean;
  readonly maxOpen: boolean;
}

export const range = (min: number, max: number, opts: { minOpen?: boolean; maxOpen?: boolean } = {}): NumberRange => ({
  min,
  max,
  minOpen: opts.minOpen ?? false,
  maxOpen: opts.maxOpen ?? false,
});

export const inRange = (x: number, r: NumberRange): boolean =>
  (r.minOpen ? x > r.min : x >= r.min) && (r.maxOpen ? x < r.max : x <= r.max);

/** 'a number in [0, 1)', 'a number > 0', 'a finite number'. */
export function describeRange(r: NumberRange): string {
  const lowFinite = Number.isFinite(r.min);
  const highFinite = Number.isFinite(r.max);
  if (!lowFinite && !highFinite) return 'a finite number';
  if (!highFinite) return `a number ${r.minOpen ? '>' : '>='} ${r.min}`;
  if (!lowFinite) return `a number ${r.maxOpen ? '<' : '<='} ${r.max}`;
  return `a number in ${r.minOpen ? '(' : '['}${r.min}, ${r.max}${r.maxOpen ? ')' : ']'}`;
}

export const ANY_FINITE = range(-Infinity, Infinity);
export const POSITIVE = range(0, Infinity, { minOpen: true });
export const NON_NEGATIVE = range(0, Infinity);
/** Elliptic orbits only: every body in these files is bound to the Sun. */
export const ELLIPTIC_ECCENTRICITY = range(0, 1, { maxOpen: true });
export const ANGLE_0_360_DEG = range(0, 360, { maxOpen: true });
export const INCLINATION_DEG = range(0, 180);
/** JD 2400000.5 (1858) to 2500000.5 (2132): catches MJD or calendar years typed where a JD belongs. */
export const JULIAN_DATE = range(2_400_000.5, 2_500_000.5);
