/**
 * Calendar dates on the TDB time scale, as trajectory files write them: 'YYYY-MM-DDThh:mm:ss.ffffff'.
 * TDB is uniform (no leap seconds), so its calendar is plain arithmetic: tdbSec 0 = 2000-01-01T12:00:00 TDB.
 */

const DAY_SEC = 86_400;
/** Days from 1970-01-01 to 2000-01-01, to borrow JavaScript's proleptic Gregorian calendar for the date part. */
const UNIX_DAYS_AT_2000 = 10_957;
const NOON_SEC = 43_200;

/** Formats TDB seconds since J2000 as a TDB calendar date, rounded to `fractionDigits` (0-9) decimals of a second. */
export function formatTdbCalendar(tdbSec: number, fractionDigits = 6): string {
  if (!Number.isFinite(tdbSec)) throw new RangeError(`cannot write a calendar date for tdbSec ${tdbSec}`);
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 9) {
    throw new RangeError(`fractionDigits must be an integer 0-9, got ${fractionDigits}`);
  }
  const ticksPerSec = 10 ** fractionDigits;
  const sinceMidnight2000 = tdbSec + NOON_SEC;
  let day = Math.floor(sinceMidnight2000 / DAY_SEC);
  // Round within the day, carrying into the next day when the seconds round up to 86400.
  let ticks = Math.round((sinceMidnight2000 - day * DAY_SEC) * ticksPerSec);
  if (ticks >= DAY_SEC * ticksPerSec) {
    day += 1;
    ticks -= DAY_SEC * ticksPerSec;
  }
  const date = new Date((day + UNIX_DAYS_AT_2000) * DAY_SEC * 1000).toISOString().slice(0, 10);
  const wholeSec = Math.floor(ticks / ticksPerSec);
  const hh = pad(Math.floor(wholeSec / 3600), 2);
  const mm = pad(Math.floor((wholeSec % 3600) / 60), 2);
  const ss = pad(wholeSec % 60, 2);
  const fraction = fractionDigits > 0 ? `.${pad(ticks % ticksPerSec, fractionDigits)}` : '';
  return `${date}T${hh}:${mm}:${ss}${fraction}`;
}

/**
 * Parses a TDB calendar date: 'YYYY-MM-DDThh:mm:ss[.fff...]' or the day-of-year form 'YYYY-DDDThh:mm:ss[.fff...]'
 * (CCSDS ASCII time codes A and B), with an optional trailing 'Z'. Throws a RangeError saying what is wrong.
 */
export function parseTdbCalendar(text: string): number {
  const match = /^(\d{4})-(?:(\d{2})-(\d{2})|(\d{3}))T(\d{2}):(\d{2}):(\d{2}(?:\.\d*)?)Z?$/.exec(text.trim());
  if (!match) {
    throw new RangeError(`"${text}" is not a date like 2027-11-29T08:30:00.000000 (or 2027-333T08:30:00)`);
  }
  const [, y, month, dayOfMonth, dayOfYear, h, mi, s] = match;
  const year = Number(y);
  if (dayOfYear !== undefined) {
    const doy = Number(dayOfYear);
    const daysInYear = isLeapYear(year) ? 366 : 365;
    if (doy < 1 || doy > daysInYear) throw new RangeError(`"${text}": day of year ${doy} is not in 1-${daysInYear}`);
    return tdbSecFromCalendar(year, 1, doy, Number(h), Number(mi), Number(s), text);
  }
  const m = Number(month);
  const d = Number(dayOfMonth);
  if (m < 1 || m > 12) throw new RangeError(`"${text}": month ${m} is not in 1-12`);
  const monthDays = daysInMonth(year, m);
  if (d < 1 || d > monthDays) throw new RangeError(`"${text}": day ${d} is not in 1-${monthDays}`);
  return tdbSecFromCalendar(year, m, d, Number(h), Number(mi), Number(s), text);
}

/** TDB seconds since J2000 for a TDB calendar date; `day` may run past the month (day-of-year with month 1). */
export function tdbSecFromCalendar(
  year: number, month: number, day: number, hour: number, minute: number, second: number, source = '',
): number {
  const what = source ? `"${source}": ` : '';
  if (hour > 23 || minute > 59) throw new RangeError(`${what}time of day ${hour}:${minute} is out of range`);
  if (!(second >= 0 && second < 60)) {
    throw new RangeError(`${what}seconds ${second} not in [0, 60): TDB has no leap seconds`);
  }
  const daysSince2000 = unixDays(year, month, day) - UNIX_DAYS_AT_2000;
  return daysSince2000 * DAY_SEC - NOON_SEC + hour * 3600 + minute * 60 + second;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number): number => unixDays(year, month + 1, 1) - unixDays(year, month, 1);

/** Days since 1970-01-01 (proleptic Gregorian). Not Date.UTC, which reads years 0-99 as 1900-1999. */
function unixDays(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / (DAY_SEC * 1000);
}
