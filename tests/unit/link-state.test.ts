import { describe, expect, it } from 'vitest';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { parseLinkState, serializeLinkState, type LinkLimits } from '../../src/state/link-state.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const LIMITS: LinkLimits = {
  startTdbSec: tdbSecFromIsoUtc('2025-05-01T00:00:00Z'),
  stopTdbSec: tdbSecFromIsoUtc('2036-06-01T00:00:00Z'),
  focusIds: ['sun', 'earth', 'kamooalewa', '311p', 'probe'],
  minAbsMultiplier: 1,
  maxAbsMultiplier: 365.25 * 86400,
};

describe('deep links', () => {
  it('round-trips a full view', () => {
    const state = {
      tdbSec: tdbSecFromIsoUtc('2026-06-07T00:00:00Z'), multiplier: -604800, playing: true, frame: 'sun-earth-rotating' as const,
      focusId: 'kamooalewa', camera: { azimuthDeg: 30, elevationDeg: -12.5, distanceKm: 150 }, labelsVisible: false,
      bodiesExaggerated: false, language: 'zh' as const, embed: true,
    };
    const query = serializeLinkState(state, LIMITS);
    expect(query).toBe('t=2026-06-07T00%3A00%3A00Z&rate=-604800&play=1&frame=rot&focus=kamooalewa&cam=30%2C-12.5%2C150&labels=0&size=true&lang=zh&embed=1');
    const parsed = parseLinkState(query, LIMITS);
    expect(parsed.problems).toEqual([]);
    expect(parsed.state.tdbSec).toBeCloseTo(state.tdbSec, 3);
    expect({ ...parsed.state, tdbSec: state.tdbSec }).toEqual(state);
  });

  it('falls back to defaults, naming each bad parameter', () => {
    const { state, problems } = parseLinkState('?t=tomorrow&rate=0&frame=geo&focus=pluto&cam=1,2&lang=fr&x=1&play=yes', LIMITS);
    expect(state).toEqual({});
    expect(problems).toEqual([
      't="tomorrow" ignored: expected a UTC date-time like 2026-06-07T00:00:00Z',
      'rate="0" ignored: expected simulated seconds per second, 1 to 31557600 (negative: backwards)',
      'frame="geo" ignored: expected helio or rot',
      'focus="pluto" ignored: expected one of sun, earth, kamooalewa, 311p, probe',
      'cam="1,2" ignored: expected azimuth°,elevation° (±90),distance km (0.001 to 1e11)',
      'and 3 more',
    ]);
  });

  it('moves a time outside the mission to its nearest end, and says so', () => {
    const { state, problems } = parseLinkState('t=1999-01-01T00:00:00Z', LIMITS);
    expect(state.tdbSec).toBe(LIMITS.startTdbSec);
    expect(problems[0]).toMatch(/outside the mission/);
  });

  it('never throws on 1,000 random or hostile query strings, and only returns valid values', () => {
    const random = seededRandom(20250528);
    const alphabet = 'abc=&?%t01-:Z,.+e9 rotheliofocuscamlangzh%00%ZZ\u0000\u202e漢😀';
    for (let i = 0; i < 1000; i++) {
      let query = '';
      const length = Math.floor(random() * 80);
      for (let k = 0; k < length; k++) query += alphabet[Math.floor(random() * alphabet.length)];
      if (i % 10 === 0) query = `t=${query}&cam=${query}&rate=${query}`;
      const { state, problems } = parseLinkState(query, LIMITS);
      expect(problems.length).toBeLessThanOrEqual(6);
      if (state.tdbSec !== undefined) {
        expect(state.tdbSec).toBeGreaterThanOrEqual(LIMITS.startTdbSec);
        expect(state.tdbSec).toBeLessThanOrEqual(LIMITS.stopTdbSec);
      }
      if (state.multiplier !== undefined) expect(Number.isFinite(state.multiplier) && state.multiplier !== 0).toBe(true);
      if (state.focusId !== undefined) expect(LIMITS.focusIds).toContain(state.focusId);
    }
  });
});
