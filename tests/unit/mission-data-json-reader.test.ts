/** The typed JSON reader behind the mission-data validator: ranges, dates, unknown fields, collected problems. */
import { describe, expect, it } from 'vitest';
import { JsonReader, type JsonObject } from '../../src/core/mission-data/json-reader.ts';
import { formatIssue, type MissionDataIssue } from '../../src/core/mission-data/mission-data-error.ts';
import {
  ANGLE_0_360_DEG, ELLIPTIC_ECCENTRICITY, INCLINATION_DEG, POSITIVE, describeRange, inRange,
} from '../../src/core/mission-data/number-range.ts';

function readerFor(fields: Record<string, unknown>): { r: JsonReader; o: JsonObject; issues: MissionDataIssue[] } {
  const issues: MissionDataIssue[] = [];
  const r = new JsonReader('f.json', issues);
  const o = r.object(fields, 'x', { required: Object.keys(fields) }) as JsonObject;
  return { r, o, issues };
}

describe('number ranges', () => {
  it('say themselves in interval notation and honour open ends', () => {
    expect(describeRange(ELLIPTIC_ECCENTRICITY)).toBe('a number in [0, 1)');
    expect(describeRange(INCLINATION_DEG)).toBe('a number in [0, 180]');
    expect(describeRange(POSITIVE)).toBe('a number > 0');
    expect([0, 0.999999, 1].map((e) => inRange(e, ELLIPTIC_ECCENTRICITY))).toEqual([true, true, false]);
    expect([-1e-12, 0, 359.999, 360].map((a) => inRange(a, ANGLE_0_360_DEG))).toEqual([false, true, true, false]);
    expect(inRange(0, POSITIVE)).toBe(false);
  });
});

describe('ISO UTC dates', () => {
  const parse = (value: string) => {
    const { r, o, issues } = readerFor({ d: value });
    return { ms: r.isoUtcMs(o, 'd'), issues: issues.map(formatIssue) };
  };

  it('accepts UTC date-times with optional seconds and milliseconds, and leap days', () => {
    expect(parse('2025-05-28T17:31:00Z').ms).toBe(Date.UTC(2025, 4, 28, 17, 31));
    expect(parse('2025-05-28T17:31Z').ms).toBe(Date.UTC(2025, 4, 28, 17, 31));
    expect(parse('2025-05-28T17:31:00.5Z').ms).toBe(Date.UTC(2025, 4, 28, 17, 31, 0, 500));
    expect(parse('2028-02-29T00:00:00Z').issues).toEqual([]);
  });

  it('refuses other zones, bare dates and days that do not exist', () => {
    for (const bad of ['2025-05-29T01:31:00+08:00', '2025-05-28 17:31:00Z', '2025-05-28', '28/05/2025']) {
      expect(parse(bad).issues, bad).toHaveLength(1);
      expect(Number.isNaN(parse(bad).ms)).toBe(true);
    }
    for (const unreal of ['2027-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-05-28T24:00:00Z', '2025-05-28T12:60:00Z']) {
      expect(parse(unreal).issues[0], unreal).toContain('on a real calendar date');
    }
  });
});

describe('objects and fields', () => {
  it('collects every problem with its path instead of stopping at the first', () => {
    const issues: MissionDataIssue[] = [];
    const r = new JsonReader('f.json', issues);
    const o = r.object({ a: 'x', typo: 1, list: [1, 'two'] }, 'root', { required: ['a', 'b', 'list'] }) as JsonObject;
    r.number(o, 'a');
    r.number(o, 'b', POSITIVE);
    r.vector3(o, 'list');
    expect(issues.map(formatIssue)).toEqual([
      'f.json: root.typo: expected no such field (known: a, b, list), got 1',
      'f.json: root.a: expected a finite number, got "x"',
      'f.json: root.b: expected a number > 0, got nothing (the field is missing)',
      'f.json: root.list: expected an array of 3 numbers [x, y, z], got an array of 2',
    ]);
  });

  it('refuses non-finite numbers that a program (not JSON) might pass', () => {
    const { r, o, issues } = readerFor({ n: Number.NaN, m: Infinity });
    r.number(o, 'n');
    r.number(o, 'm');
    expect(issues.map(formatIssue)).toEqual([
      'f.json: x.n: expected a finite number, got NaN',
      'f.json: x.m: expected a finite number, got Infinity',
    ]);
  });

  it('asks Chinese text to contain Chinese characters', () => {
    const { r, o, issues } = readerFor({ t: { en: 'Tianwen-2', zh: 'Tianwen-2' }, u: { en: 'Tianwen-2', zh: '天问二号' } });
    expect(r.localizedText(o, 'u')).toEqual({ en: 'Tianwen-2', zh: '天问二号' });
    r.localizedText(o, 't');
    expect(issues.map(formatIssue)).toEqual([
      'f.json: x.t.zh: expected Chinese text (at least one Chinese character), got "Tianwen-2"',
    ]);
  });
});
