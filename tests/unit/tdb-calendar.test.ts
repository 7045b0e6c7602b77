import { describe, expect, it } from 'vitest';
import { formatTdbCalendar, parseTdbCalendar } from '../../src/core/formats/tdb-calendar.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

describe('TDB calendar dates', () => {
  it('puts tdbSec 0 at J2000.0 = 2000-01-01T12:00:00 TDB (IAU definition of J2000 = JD 2451545.0 TDB)', () => {
    expect(formatTdbCalendar(0)).toBe('2000-01-01T12:00:00.000000');
    expect(parseTdbCalendar('2000-01-01T12:00:00')).toBe(0);
  });

  // JD 2457854.5 TDB = 2017-04-11 00:00 TDB (the epoch of JPL Horizons solution JPL#35): (2457854.5 - 2451545) days.
  it('matches a Julian-date epoch from JPL Horizons', () => {
    const tdbSec = (2457854.5 - 2451545.0) * 86400;
    expect(formatTdbCalendar(tdbSec, 3)).toBe('2017-04-11T00:00:00.000');
    expect(parseTdbCalendar('2017-04-11T00:00:00.000Z')).toBe(tdbSec);
    expect(parseTdbCalendar('2017-101T00:00:00')).toBe(tdbSec);
  });

  it('handles leap days, negative times and the day-of-year form', () => {
    expect(parseTdbCalendar('2028-02-29T12:00:00')).toBe(parseTdbCalendar('2028-060T12:00:00'));
    expect(formatTdbCalendar(-0.25, 2)).toBe('2000-01-01T11:59:59.75');
    expect(formatTdbCalendar(parseTdbCalendar('1999-12-31T23:59:59.5'), 1)).toBe('1999-12-31T23:59:59.5');
  });

  it('carries a rounded-up second into the next minute, hour and day', () => {
    const almostMidnight = parseTdbCalendar('2027-12-31T23:59:59') + 0.9999996;
    expect(formatTdbCalendar(almostMidnight, 6)).toBe('2028-01-01T00:00:00.000000');
    // float64 resolves ~1e-7 s at 28 years from J2000: seven digits are meaningful.
    expect(formatTdbCalendar(almostMidnight, 7)).toBe('2027-12-31T23:59:59.9999996');
  });

  it('round-trips to within half a microsecond (property, 2000 random times 1990-2040)', () => {
    const random = seededRandom(2035);
    for (let i = 0; i < 2000; i++) {
      const tdbSec = (random() - 0.3) * 40 * 365.25 * 86400;
      expect(Math.abs(parseTdbCalendar(formatTdbCalendar(tdbSec)) - tdbSec)).toBeLessThanOrEqual(5.2e-7);
    }
  });

  it('rejects malformed or impossible dates with a message', () => {
    expect(() => parseTdbCalendar('2027-11-29 08:30:00')).toThrow(/is not a date like/);
    expect(() => parseTdbCalendar('2027-02-29T00:00:00')).toThrow(/day 29 is not in 1-28/);
    expect(() => parseTdbCalendar('2027-13-01T00:00:00')).toThrow(/month 13/);
    expect(() => parseTdbCalendar('2027-366T00:00:00')).toThrow(/day of year 366/);
    expect(() => parseTdbCalendar('2016-12-31T23:59:60')).toThrow(/no leap seconds/);
    expect(() => parseTdbCalendar('2027-01-01T24:00:00')).toThrow(/out of range/);
  });
});
