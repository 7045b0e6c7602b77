/**
 * Time scales. The app's one time number is TDB seconds since J2000 (JD 2451545.0 TDB), float64.
 * UTC appears only at the border: parsing user input and display (UTC and Beijing time, UTC+8).
 */
import { DAY_S, J2000_JD } from './constants.ts';

/** TAI − UTC in seconds from each date on (IERS Bulletin C; no leap second has been added after 2017-01-01). */
const LEAP_SECONDS: ReadonlyArray<readonly [utcUnixSec: number, taiMinusUtcSec: number]> = [
  ['1972-01-01', 10], ['1972-07-01', 11], ['1973-01-01', 12], ['1974-01-01', 13], ['1975-01-01', 14],
  ['1976-01-01', 15], ['1977-01-01', 16], ['1978-01-01', 17], ['1979-01-01', 18], ['1980-01-01', 19],
  ['1981-07-01', 20], ['1982-07-01', 21], ['1983-07-01', 22], ['1985-07-01', 23], ['1988-01-01', 24],
  ['1990-01-01', 25], ['1991-01-01', 26], ['1992-07-01', 27], ['1993-07-01', 28], ['1994-07-01', 29],
  ['1996-01-01', 30], ['1997-07-01', 31], ['1999-01-01', 32], ['2006-01-01', 33], ['2009-01-01', 34],
  ['2012-07-01', 35], ['2015-07-01', 36], ['2017-01-01', 37],
].map(([date, leap]) => [Date.parse(`${date}T00:00:00Z`) / 1000, leap as number] as const);

const TT_MINUS_TAI_SEC = 32.184;
/** 2000-01-01T12:00:00 as a Unix time: J2000 read on a UTC-like calendar (used for TT and TDB calendars too). */
const J2000_CALENDAR_UNIX_SEC = Date.UTC(2000, 0, 1, 12) / 1000;
export const BEIJING_OFFSET_SEC = 8 * 3600;

export function taiMinusUtcSec(utcUnixSec: number): number {
  let leap = 10;
  for (const [start, value] of LEAP_SECONDS) {
    if (utcUnixSec >= start) leap = value;
    else break;
  }
  return leap;
}

/** TDB − TT, seconds: the main periodic terms (Explanatory Supplement to the Astronomical Almanac, 1992, eq. 2.222-1). */
export function tdbMinusTtSec(ttSec: number): number {
  const g = (357.53 + 0.98560028 * (ttSec / DAY_S)) * (Math.PI / 180);
  return 0.001657 * Math.sin(g) + 0.000014 * Math.sin(2 * g);
}

export function tdbSecFromUtcMs(utcUnixMs: number): number {
  const utcSec = utcUnixMs / 1000;
  const ttSec = utcSec - J2000_CALENDAR_UNIX_SEC + taiMinusUtcSec(utcSec) + TT_MINUS_TAI_SEC;
  return ttSec + tdbMinusTtSec(ttSec);
}

export function utcMsFromTdbSec(tdbSec: number): number {
  let utcSec = tdbSec + J2000_CALENDAR_UNIX_SEC - 69.184;
  for (let i = 0; i < 3; i++) utcSec += tdbSec - tdbSecFromUtcMs(utcSec * 1000);
  return utcSec * 1000;
}

/** Parses an ISO 8601 UTC date-time ('2025-05-28T17:31:00Z'; a bare date means 00:00 UTC). */
export function tdbSecFromIsoUtc(isoUtc: string): number {
  const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(isoUtc);
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(isoUtc);
  if (!bareDate && !hasZone) throw new RangeError(`time "${isoUtc}" has no time zone: expected ISO 8601 UTC like 2025-05-28T17:31:00Z`);
  const ms = Date.parse(isoUtc);
  if (!Number.isFinite(ms)) throw new RangeError(`time "${isoUtc}" is not an ISO 8601 date-time`);
  return tdbSecFromUtcMs(ms);
}

export const tdbSecFromJdTdb = (jdTdb: number): number => (jdTdb - J2000_JD) * DAY_S;
export const jdTdbFromTdbSec = (tdbSec: number): number => J2000_JD + tdbSec / DAY_S;
/** astronomy-engine counts TT days since J2000; TDB and TT differ by < 2 ms, below anything drawn. */
export const ttDaysFromTdbSec = (tdbSec: number): number => tdbSec / DAY_S;

export function formatUtc(tdbSec: number): string {
  return `${new Date(utcMsFromTdbSec(tdbSec)).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatBeijing(tdbSec: number): string {
  const ms = utcMsFromTdbSec(tdbSec) + BEIJING_OFFSET_SEC * 1000;
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC+8`;
}
