/** The typed JSON reader behind the mission-data validator: ranges, dates, unknown fields, collected problems. */
import { describe, expect, it } from 'vitest';
import { JsonReader, MAX_ITEMS, MAX_STRING_LENGTH, type JsonObject } from '../../src/core/mission-data/json-reader.ts';
import { MAX_LISTED_ISSUES, MissionDataError, formatIssue, type MissionDataIssue } from '../../src/core/mission-data/mission-data-error.ts';
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

describe('the rules every file gets from the shared reader', () => {
  const read = (json: string, fields: string[]) => {
    const issues: MissionDataIssue[] = [];
    const r = new JsonReader('f.json', issues);
    const o = r.object(JSON.parse(json), 'x', { required: fields });
    return { r, o, issues, lines: () => issues.map(formatIssue) };
  };

  it('refuses a "__proto__" key as JSON.parse keeps it (an own key), and does not let it change anything', () => {
    const { o, lines } = read('{"a": 1, "__proto__": {"polluted": true}}', ['a']);
    expect(lines()).toEqual(['f.json: x.__proto__: expected no such field (known: a), got an object']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(o?.fields)).toBeNull();
  });

  it('refuses an object whose prototype an object literal replaced (how a bundler may turn such a key into code)', () => {
    const issues: MissionDataIssue[] = [];
    const r = new JsonReader('f.json', issues);
    const tampered = { __proto__: { a: 1 } } as unknown;
    expect(r.object(tampered, 'x', { required: [] })).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      'f.json: x: expected a plain JSON object, got an object whose prototype was replaced (a "__proto__" key?)',
    ]);
  });

  it('looks fields up by own key only: an inherited toString or constructor is a missing field', () => {
    const { r, o, lines } = read('{}', []);
    expect(r.has(o!, 'toString')).toBe(false);
    expect(r.has(o!, 'constructor')).toBe(false);
    r.string(o!, 'constructor');
    expect(lines()).toEqual(['f.json: x.constructor: expected a non-empty string, got nothing (the field is missing)']);
  });

  it('caps open-ended ranges at ±1e12 and says so when that is what a value broke', () => {
    const { r, o, lines } = read('{"m": 1e308, "n": -1e13, "ok": 2.5e9}', ['m', 'n', 'ok']);
    expect(r.number(o!, 'm', POSITIVE)).toBeNaN();
    expect(r.number(o!, 'n')).toBeNaN();
    expect(r.number(o!, 'ok', POSITIVE)).toBe(2.5e9);
    expect(lines()).toEqual([
      'f.json: x.m: expected a number > 0 of at most 1e12 in size, got 1e+308',
      'f.json: x.n: expected a finite number of at most 1e12 in size, got -10000000000000',
    ]);
  });

  it('bounds array lengths (at most MAX_ITEMS whatever a reader asks) and string lengths', () => {
    const { r, o, lines } = read(JSON.stringify({
      huge: new Array(MAX_ITEMS + 1).fill(0), few: [1], three: [1, 2, 3], long: 'x'.repeat(MAX_STRING_LENGTH + 1),
    }), ['huge', 'few', 'three', 'long']);
    expect(r.array(o!, 'huge', { max: 1e9 }).items).toEqual([]);
    expect(r.array(o!, 'few', { min: 2 }).items).toEqual([]);
    expect(r.array(o!, 'three', { min: 1, max: 2 }).items).toEqual([]);
    expect(r.string(o!, 'long')).toBe('');
    expect(lines()).toEqual([
      `f.json: x.huge: expected an array with at most ${MAX_ITEMS} items, got an array of ${MAX_ITEMS + 1}`,
      'f.json: x.few: expected an array with at least 2 items, got an array of 1',
      'f.json: x.three: expected an array with at most 2 items, got an array of 3',
      `f.json: x.long: expected a string of at most ${MAX_STRING_LENGTH} characters, got ${MAX_STRING_LENGTH + 1} characters`,
    ]);
  });

  it('keeps dates within the data\'s era (2000 to 2050)', () => {
    const { r, o, lines } = read('{"a": "1900-01-01T00:00:00Z", "b": "9999-12-31T23:59:59Z", "c": "2049-12-31T23:59:59Z"}', ['a', 'b', 'c']);
    expect(r.isoUtcMs(o!, 'a')).toBeNaN();
    expect(r.isoUtcMs(o!, 'b')).toBeNaN();
    expect(r.isoUtcMs(o!, 'c')).toBe(Date.UTC(2049, 11, 31, 23, 59, 59));
    expect(lines()).toEqual([
      'f.json: x.a: expected an ISO 8601 UTC date-time like "2025-05-28T17:31:00Z" between 2000-01-01 and 2050-01-01, got "1900-01-01T00:00:00Z"',
      'f.json: x.b: expected an ISO 8601 UTC date-time like "2025-05-28T17:31:00Z" between 2000-01-01 and 2050-01-01, got "9999-12-31T23:59:59Z"',
    ]);
  });
});

describe('the error a broken file gives', () => {
  it('keeps every problem but lists only the first 20 in its message', () => {
    const issues = Array.from({ length: 1000 }, (_, i): MissionDataIssue => ({ file: 'f.json', path: `a[${i}]`, expected: 'a number', got: 'null' }));
    const error = new MissionDataError(issues);
    expect(error.issues).toHaveLength(1000);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('mission data: 1000 problems');
    expect(lines).toHaveLength(1 + MAX_LISTED_ISSUES + 1);
    expect(lines.at(-1)).toBe('… and 980 more');
  });
});
