/**
 * Greenwich mean sidereal time: the angle from the mean equinox to the Greenwich meridian, measured east.
 * UT1 is taken as UTC (|UT1 − UTC| < 0.9 s, under 0.004° of turn).
 */
import { DAY_S, J2000_JD } from './constants.ts';
import { utcMsFromTdbSec } from './time.ts';

const UNIX_EPOCH_JD = 2_440_587.5;

/** GMST in degrees, [0, 360), from the IAU 1982 expression as given by Meeus, Astronomical Algorithms, eq. 12.4. */
export function gmstDeg(tdbSec: number): number {
  const d = utcMsFromTdbSec(tdbSec) / 1000 / DAY_S + UNIX_EPOCH_JD - J2000_JD;
  const t = d / 36_525;
  const deg = 280.46061837 + 360.98564736629 * d + 0.000387933 * t * t - (t * t * t) / 38_710_000;
  return ((deg % 360) + 360) % 360;
}
