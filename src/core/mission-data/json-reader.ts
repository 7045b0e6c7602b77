/**
 * A small typed reader over parsed JSON that records every problem instead of stopping at the first.
 * Failed reads return a placeholder (NaN, '', []) so a file can be read to the end; the loader throws when any
 * problem was recorded, so placeholders never reach callers.
 */
import type { MissionDataIssue } from './mission-data-error.ts';
import { describeRange, inRange, type NumberRange, ANY_FINITE } from './number-range.ts';

/** A JSON object together with its path in the file. */
export interface JsonObject {
  readonly path: string;
  readonly fields: Readonly<Record<string, unknown>>;
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

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
    if (!isPlainObject(value)) {
      this.report(path, 'an object', describeValue(value));
      return undefined;
    }
    // Missing required fields are reported by the typed read of each field, which knows what it expected.
    const known = new Set([...fields.required, ...(fields.optional ?? [])]);
    for (const key of Object.keys(value)) {
      if (!known.has(key)) {
        this.report(childPath(path, key), `no such field (known: ${[...known].join(', ')})`, describeValue(value[key]));
      }
    }
    return { path, fields: value };
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
      this.report(path, describeRange(allowed), describeValue(value));
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
    const value = o.fields[key];
    const path = childPath(o.path, key);
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(path, pattern?.description ?? 'a non-empty string', describeValue(value));
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

  /** The items of an array field with their paths; an empty list when the field is not an array. */
  array(o: JsonObject, key: string, minLength = 0): { path: string; items: readonly unknown[] } {
    const value = o.fields[key];
    const path = childPath(o.path, key);
    if (!Array.isArray(value) || value.length < minLength) {
      const expected = minLength > 0 ? `an array with at least ${minLength} item${minLength > 1 ? 's' : ''}` : 'an array';
      this.report(path, expected, describeValue(value));
      return { path, items: [] };
    }
    return { path, items: value };
  }

  /** Exactly three finite numbers. */
  vector3(o: JsonObject, key: string): [number, number, number] {
    const value = o.fields[key];
    const path = childPath(o.path, key);
    if (!Array.isArray(value) || value.length !== 3) {
      this.report(path, 'an array of 3 numbers [x, y, z]', describeValue(value));
      return [Number.NaN, Number.NaN, Number.NaN];
    }
    return [0, 1, 2].map((i) => this.numberAt(value[i], childPath(path, i), ANY_FINITE)) as [number, number, number];
  }

  /**
   * An ISO 8601 UTC date-time ('2025-05-28T17:31:00Z', seconds and milliseconds optional) that names a real
   * calendar instant. Returns Unix milliseconds, NaN when invalid.
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
