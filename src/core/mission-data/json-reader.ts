/**
 * A small typed reader over parsed JSON that records every problem instead of stopping at the first.
 * Failed reads return a placeholder (NaN, '', []) so a file can be read to the end; the loader throws when any
 * problem was recorded, so placeholders never reach callers.
 *
 * The rules every file gets from here, whoever writes its reader: fields are looked up by own key only (the
 * `fields` of a read object have no prototype, so `toString` or `constructor` are not "present"); unknown keys,
 * `__proto__` among them, are errors; an object whose prototype was replaced is refused; numbers are finite and,
 * unless a reader asks for a narrower range, within ±MAX_MAGNITUDE; arrays hold at most MAX_ITEMS items,
 * strings at most MAX_STRING_LENGTH characters; dates fall within DATA_ERA.
 */
import type { MissionDataIssue } from './mission-data-error.ts';
import { describeRange, describeRangeFor, inRange, type NumberRange, ANY_FINITE } from './number-range.ts';

/** A JSON object together with its path in the file. `fields` holds its own keys only (no prototype). */
export interface JsonObject {
  readonly path: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** No list in these files comes near it (the longest holds 11 items): a million-item array is a broken file. */
export const MAX_ITEMS = 1000;
/** The longest text in these files is ~650 characters. */
export const MAX_STRING_LENGTH = 4000;

/**
 * Dates in these files: the bodies' discovery (2013, 2016) and element epochs (2017 on) to the mission's end
 * (~2036), with room on both sides. A date outside is a typo (1900, 9999) and would ask propagation for decades.
 */
export const DATA_ERA = {
  startUtcMs: Date.UTC(2000, 0, 1),
  endUtcMs: Date.UTC(2050, 0, 1),
  description: 'between 2000-01-01 and 2050-01-01',
} as const;

export interface ArrayBounds {
  min?: number;
  max?: number;
}

export interface FieldList {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
}

export const childPath = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

/** How a value is shown after "got" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}...` : JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What JSON.parse makes. A `"__proto__"` key written in a JavaScript object literal replaces the prototype instead. */
const hasPlainPrototype = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A copy with no prototype: only the object's own keys can be looked up. */
function ownFields(value: Record<string, unknown>): Record<string, unknown> {
  const fields = Object.create(null) as Record<string, unknown>;
  // Without a prototype there is no `__proto__` setter: an own "__proto__" key is copied as data.
  for (const key of Object.keys(value)) fields[key] = value[key];
  return fields;
}

export const hasOwnKey = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;
const HAN_CHARACTER = /\p{Script=Han}/u;

export class JsonReader {
  constructor(
    readonly file: string,
    private readonly issues: MissionDataIssue[],
  ) {}

  get issueCount(): number {
    return this.issues.length;
  }

  report(path: string, expected: string, got: string): void {
    this.issues.push({ file: this.file, path, expected, got });
  }

  /** Reads an object and reports missing required fields and fields it does not know (typos). */
  object(value: unknown, path: string, fields: FieldList): JsonObject | undefined {
    if (!isObject(value)) {
      this.report(path, 'an object', describeValue(value));
      return undefined;
    }
    if (!hasPlainPrototype(value)) {
      this.report(path, 'a plain JSON object', 'an object whose prototype was replaced (a "__proto__" key?)');
      return undefined;
    }
    // Missing required fields are reported by the typed read of each field, which knows what it expected.
    const known = new Set([...fields.required, ...(fields.optional ?? [])]);
    for (const key of Object.keys(value)) {
      if (!known.has(key) || key === '__proto__') {
        this.report(childPath(path, key), `no such field (known: ${[...known].join(', ')})`, describeValue(value[key]));
      }
    }
    return { path, fields: ownFields(value) };
  }

  has(o: JsonObject, key: string): boolean {
    return o.fields[key] !== undefined;
  }

  number(o: JsonObject, key: string, allowed: NumberRange = ANY_FINITE): number {
    return this.numberAt(o.fields[key], childPath(o.path, key), allowed);
  }

  optionalNumber(o: JsonObject, key: string, allowed: NumberRange = ANY_FINITE): number | undefined {
    return this.has(o, key) ? this.number(o, key, allowed) : undefined;
  }

  numberAt(value: unknown, path: string, allowed: NumberRange): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || !inRange(value, allowed)) {
      this.report(path, describeRangeFor(allowed, value), describeValue(value));
      return Number.NaN;
    }
    return value;
  }

  integer(o: JsonObject, key: string, allowed: NumberRange): number {
    const value = this.number(o, key, allowed);
    if (Number.isFinite(value) && !Number.isInteger(value)) {
      this.report(childPath(o.path, key), `a whole number (${describeRange(allowed)})`, describeValue(value));
    }
    return value;
  }

  string(o: JsonObject, key: string, pattern?: { regex: RegExp; description: string }): string {
    return this.stringAt(o.fields[key], childPath(o.path, key), pattern);
  }

  /** A non-empty string of at most MAX_STRING_LENGTH characters, matching `pattern` if given. */
  stringAt(value: unknown, path: string, pattern?: { regex: RegExp; description: string }): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(path, pattern?.description ?? 'a non-empty string', describeValue(value));
      return '';
    }
    if (value.length > MAX_STRING_LENGTH) {
      this.report(path, `a string of at most ${MAX_STRING_LENGTH} characters`, `${value.length} characters`);
      return '';
    }
    if (pattern && !pattern.regex.test(value)) {
      this.report(path, pattern.description, describeValue(value));
      return '';
    }
    return value;
  }

  optionalString(o: JsonObject, key: string): string | undefined {
    return this.has(o, key) ? this.string(o, key) : undefined;
  }

  boolean(o: JsonObject, key: string): boolean {
    const value = o.fields[key];
    if (typeof value !== 'boolean') {
      this.report(childPath(o.path, key), 'true or false', describeValue(value));
      return false;
    }
    return value;
  }

  oneOf<const T extends string>(o: JsonObject, key: string, options: readonly T[]): T {
    const value = o.fields[key];
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.report(childPath(o.path, key), `one of ${options.map((s) => JSON.stringify(s)).join(', ')}`, describeValue(value));
    return options[0] as T;
  }

  /**
   * The items of an array field with their paths; an empty list when the field is not an array or its length is
   * out of bounds (`bounds` a minimum length, or { min, max }; max at most MAX_ITEMS).
   */
  array(o: JsonObject, key: string, bounds: number | ArrayBounds = 0): { path: string; items: readonly unknown[] } {
    const value = o.fields[key];
    const path = childPath(o.path, key);
    const { min = 0, max = MAX_ITEMS } = typeof bounds === 'number' ? { min: bounds } : bounds;
    const most = Math.min(max, MAX_ITEMS);
    if (!Array.isArray(value) || value.length < min || value.length > most) {
      const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
      const tooLong = Array.isArray(value) && value.length > most;
      this.report(path, tooLong ? `an array with at most ${items(most)}` : min > 0 ? `an array with at least ${items(min)}` : 'an array',
        describeValue(value));
      return { path, items: [] };
    }
    return { path, items: value };
  }

  /** Exactly three finite numbers, each within `allowed`. */
  vector3(o: JsonObject, key: string, allowed: NumberRange = ANY_FINITE): [number, number, number] {
    const value = o.fields[key];
    const path = childPath(o.path, key);
    if (!Array.isArray(value) || value.length !== 3) {
      this.report(path, 'an array of 3 numbers [x, y, z]', describeValue(value));
      return [Number.NaN, Number.NaN, Number.NaN];
    }
    return [0, 1, 2].map((i) => this.numberAt(value[i], childPath(path, i), allowed)) as [number, number, number];
  }

  /**
   * An ISO 8601 UTC date-time ('2025-05-28T17:31:00Z', seconds and milliseconds optional) that names a real
   * calendar instant within DATA_ERA. Returns Unix milliseconds, NaN when invalid.
   */
  isoUtcMs(o: JsonObject, key: string): number {
    const value = o.fields[key];
    const path = childPath(o.path, key);
    const expected = 'an ISO 8601 UTC date-time like "2025-05-28T17:31:00Z"';
    if (typeof value !== 'string') {
      this.report(path, expected, describeValue(value));
      return Number.NaN;
    }
    const match = ISO_UTC.exec(value);
    if (!match) {
      this.report(path, expected, describeValue(value));
      return Number.NaN;
    }
    const [, y, mo, d, h, mi, s, ms] = match;
    const utcMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((ms ?? '0').padEnd(3, '0')));
    // Date.UTC rolls 2025-02-30 over to March 2: a changed calendar date means the input was not a real date.
    const back = new Date(utcMs);
    const sameFields =
      back.getUTCFullYear() === Number(y) && back.getUTCMonth() === Number(mo) - 1 && back.getUTCDate() === Number(d) &&
      back.getUTCHours() === Number(h) && back.getUTCMinutes() === Number(mi) && back.getUTCSeconds() === Number(s ?? 0);
    if (!sameFields) {
      this.report(path, `${expected} on a real calendar date`, describeValue(value));
      return Number.NaN;
    }
    if (utcMs < DATA_ERA.startUtcMs || utcMs >= DATA_ERA.endUtcMs) {
      this.report(path, `${expected} ${DATA_ERA.description}`, describeValue(value));
      return Number.NaN;
    }
    return utcMs;
  }

  /** { en, zh }: both non-empty, the Chinese text containing Chinese characters. */
  localizedText(o: JsonObject, key: string): { en: string; zh: string } {
    const text = this.object(o.fields[key], childPath(o.path, key), { required: ['en', 'zh'] });
    if (!text) return { en: '', zh: '' };
    return {
      en: this.string(text, 'en'),
      zh: this.string(text, 'zh', { regex: HAN_CHARACTER, description: 'Chinese text (at least one Chinese character)' }),
    };
  }
}
