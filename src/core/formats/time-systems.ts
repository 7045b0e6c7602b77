/**
 * The time systems trajectory files write their epochs in (CCSDS 502.0-B-3 annex B; Horizons CT/UT), converted
 * once, at the border, to the app's TDB seconds since J2000. A calendar date is first read as "seconds since
 * 2000-01-01T12:00:00 on that scale's own calendar", then shifted: TT = TAI + 32.184 s, TAI = GPS + 19 s (both
 * IERS Conventions 2010, ch. 1), UTC through the leap-second table of time.ts (IERS Bulletin C).
 */
import { tdbMinusTtSec, tdbSecFromUtcMs } from '../time.ts';

export const FILE_TIME_SYSTEMS = ['TDB', 'TT', 'TAI', 'GPS', 'UTC'] as const;
export type FileTimeSystem = (typeof FILE_TIME_SYSTEMS)[number];

const TT_MINUS_TAI_SEC = 32.184;
const TAI_MINUS_GPS_SEC = 19;
/** 2000-01-01T12:00:00 read as a Unix time: where each scale's calendar count starts. */
const J2000_CALENDAR_UNIX_SEC = Date.UTC(2000, 0, 1, 12) / 1000;

export function isFileTimeSystem(value: string): value is FileTimeSystem {
  return (FILE_TIME_SYSTEMS as readonly string[]).includes(value);
}

/** TDB seconds since J2000 for a calendar count `calendarSec` (seconds since 2000-01-01T12:00:00) on `system`. */
export function tdbSecFromCalendarSec(calendarSec: number, system: FileTimeSystem): number {
  switch (system) {
    case 'TDB': return calendarSec;
    case 'TT': return calendarSec + tdbMinusTtSec(calendarSec);
    case 'TAI': return tdbSecFromCalendarSec(calendarSec + TT_MINUS_TAI_SEC, 'TT');
    case 'GPS': return tdbSecFromCalendarSec(calendarSec + TAI_MINUS_GPS_SEC, 'TAI');
    case 'UTC': return tdbSecFromUtcMs((calendarSec + J2000_CALENDAR_UNIX_SEC) * 1000);
  }
}
