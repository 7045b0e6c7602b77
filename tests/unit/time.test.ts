import { describe, expect, it } from 'vitest';
import {
  formatBeijing, formatUtc, jdTdbFromTdbSec, tdbSecFromIsoUtc, tdbSecFromJdTdb, utcMsFromTdbSec,
} from '../../src/core/time.ts';

describe('time scales', () => {
  it('J2000.0 (JD 2451545.0 TT) is 2000-01-01 11:58:55.816 UTC (Explanatory Supplement; USNO)', () => {
    expect(tdbSecFromIsoUtc('2000-01-01T11:58:55.816Z')).toBeCloseTo(0, 2);
  });

  it('TDB − UTC is 69.184 s (+ < 2 ms periodic) after the 2017-01-01 leap second (IERS Bulletin C 52)', () => {
    const utcSec = Date.parse('2025-05-28T17:31:00Z') / 1000 - Date.UTC(2000, 0, 1, 12) / 1000;
    const difference = tdbSecFromIsoUtc('2025-05-28T17:31:00Z') - utcSec;
    expect(Math.abs(difference - 69.184)).toBeLessThan(0.002);
    const before2017 = tdbSecFromIsoUtc('2016-06-01T00:00:00Z') - (Date.parse('2016-06-01T00:00:00Z') / 1000 - Date.UTC(2000, 0, 1, 12) / 1000);
    expect(Math.abs(before2017 - 68.184)).toBeLessThan(0.002);
  });

  it('UTC → TDB → UTC round-trips to well under a millisecond across the mission', () => {
    for (const iso of ['2025-05-28T17:31:00Z', '2027-11-29T03:15:27.250Z', '2035-01-15T00:00:00Z']) {
      const ms = Date.parse(iso);
      expect(Math.abs(utcMsFromTdbSec(tdbSecFromIsoUtc(iso)) - ms)).toBeLessThan(1e-3);
    }
  });

  it('shows launch in UTC and Beijing time (launch 2025-05-28 17:31 UTC = 05-29 01:31 Beijing, e.thecover.cn 2025-05-30)', () => {
    const launch = tdbSecFromIsoUtc('2025-05-28T17:31:00Z');
    expect(formatUtc(launch)).toBe('2025-05-28 17:31:00 UTC');
    expect(formatBeijing(launch)).toBe('2025-05-29 01:31:00 UTC+8');
  });

  it('converts Julian dates both ways', () => {
    expect(tdbSecFromJdTdb(2461082.5)).toBe((2461082.5 - 2451545) * 86400);
    expect(jdTdbFromTdbSec(tdbSecFromJdTdb(2457854.5))).toBe(2457854.5);
  });

  it('rejects dates without a zone or that are not dates, naming the input', () => {
    expect(() => tdbSecFromIsoUtc('2026-06-07T00:00')).toThrow(/2026-06-07T00:00.*time zone/);
    expect(() => tdbSecFromIsoUtc('soon')).toThrow(/"soon"/);
  });
});
