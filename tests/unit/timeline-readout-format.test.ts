import { describe, expect, it } from 'vitest';
import { AU_KM } from '../../src/core/constants.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import {
  formatDateTimes, formatDistance, formatLightTime, formatMissionElapsed, formatSpeed,
} from '../../src/ui/readout-format.ts';

const LAUNCH = tdbSecFromIsoUtc('2025-05-28T17:31:00Z'); // en.wikipedia.org/wiki/Tianwen-2; e.thecover.cn 2025-05-30

describe('distances', () => {
  it('switch from m to km to au as they grow', () => {
    expect(formatDistance(0.85)).toBe('850 m');
    expect(formatDistance(20.34)).toBe('20.3 km'); // the probe's ~20 km station (planetary.org, 2026)
    expect(formatDistance(384_400)).toBe('384,400 km'); // mean Earth–Moon distance
    expect(formatDistance(4_321_987)).toBe('4,322,000 km');
    expect(formatDistance(43e6)).toBe('0.287 au'); // "~43 million km from Earth" on 2025-10-01 (xyk126.net, 2025-10)
    expect(formatDistance(AU_KM)).toBe('1.00 au');
    expect(formatDistance(2.1886932 * AU_KM)).toBe('2.19 au'); // 311P's semi-major axis (S. Nakano, NK 2770)
    expect(formatDistance(Number.NaN)).toBe('—');
  });
});

describe('light-time', () => {
  it('is 8 min 19 s for one au (IAU: τA = 499.004784 s) and 1.28 s for the Moon', () => {
    expect(formatLightTime(AU_KM)).toBe('8 min 19 s');
    expect(formatLightTime(384_400)).toBe('1.28 s');
    expect(formatLightTime(20)).toBe('67 µs');
    expect(formatLightTime(10 * AU_KM)).toBe('1 h 23 min');
  });
});

describe('speed', () => {
  it('shows km/s with two decimals, m/s below 1 km/s', () => {
    expect(formatSpeed(29.78)).toBe('29.78 km/s');
    expect(formatSpeed(0.0123)).toBe('12.3 m/s');
  });
});

describe('mission elapsed time', () => {
  it('counts day 125 on 2025-10-01, the day of the "cosmic snapshot" (xyk126.net, 2025-10)', () => {
    expect(formatMissionElapsed(tdbSecFromIsoUtc('2025-10-01T00:00:00Z'), LAUNCH)).toBe('L+ 125 d 06:29:00');
  });

  it('counts down before launch and reads L+ 0 at lift-off', () => {
    expect(formatMissionElapsed(LAUNCH, LAUNCH)).toBe('L+ 0 d 00:00:00');
    expect(formatMissionElapsed(LAUNCH - (3 * 86_400 + 7_200), LAUNCH, '天')).toBe('L− 3 天 02:00:00');
  });
});

describe('date readouts', () => {
  it('show launch as 2025-05-28 17:31 UTC and 2025-05-29 01:31 Beijing (e.thecover.cn, 2025-05-30)', () => {
    expect(formatDateTimes(LAUNCH)).toEqual({ utc: '2025-05-28 17:31:00', beijing: '2025-05-29 01:31:00' });
  });
});
