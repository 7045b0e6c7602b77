/** Reads the provenance parts shared by every file: `source` and sourced quantities. */
import { childPath, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import { ANY_FINITE, range, type NumberRange } from './number-range.ts';
import type { Quantity, Source } from './types.ts';

const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const SOURCE_EXPECTED = 'a source: { "ref": citation, "urls": [http(s) URLs] } or "illustrative"';
/** The most any figure here cites is three pages. */
const MAX_URLS = 20;

/** The `source` of a group of numbers. With `requireUrl`, a citation must give at least one URL. */
export function readSource(r: JsonReader, o: JsonObject, options: { requireUrl?: boolean } = {}): Source {
  const value = o.fields.source;
  const path = childPath(o.path, 'source');
  if (value === 'illustrative') return 'illustrative';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    r.report(path, SOURCE_EXPECTED, describeValue(value));
    return 'illustrative';
  }
  const source = r.object(value, path, { required: ['ref', 'urls'] });
  if (!source) return 'illustrative';
  const ref = r.string(source, 'ref');
  const list = r.array(source, 'urls', { min: options.requireUrl ? 1 : 0, max: MAX_URLS });
  const urls = list.items.map((url, i) => r.stringAt(url, childPath(list.path, i), { regex: HTTP_URL, description: 'an http(s) URL' }));
  return { ref, urls };
}

const QUANTITY_FIELDS = { required: ['source'], optional: ['value', 'min', 'max', 'plusMinus', 'note'] } as const;

/** A sourced figure: value, min/max range or bound, value ± plusMinus; every number within `allowed`. */
export function readQuantity(r: JsonReader, parent: JsonObject, key: string, allowed: NumberRange = ANY_FINITE): Quantity {
  const path = childPath(parent.path, key);
  const o = r.object(parent.fields[key], path, QUANTITY_FIELDS);
  if (!o) return { source: 'illustrative' };
  const quantity: Quantity = { source: readSource(r, o) };
  const value = r.optionalNumber(o, 'value', allowed);
  const min = r.optionalNumber(o, 'min', allowed);
  const max = r.optionalNumber(o, 'max', allowed);
  // An uncertainty larger than the whole allowed range says nothing: a typo.
  const plusMinus = r.optionalNumber(o, 'plusMinus', range(0, Math.max(Math.abs(allowed.min), Math.abs(allowed.max))));
  const note = r.optionalString(o, 'note');
  if (value !== undefined) quantity.value = value;
  if (min !== undefined) quantity.min = min;
  if (max !== undefined) quantity.max = max;
  if (plusMinus !== undefined) quantity.plusMinus = plusMinus;
  if (note !== undefined) quantity.note = note;

  if (value === undefined && min === undefined && max === undefined) {
    r.report(path, 'at least one of "value", "min", "max"', 'none of them');
  }
  if (min !== undefined && max !== undefined && min > max) {
    r.report(childPath(path, 'max'), `a number >= min (${min})`, describeValue(max));
  }
  if (plusMinus !== undefined && value === undefined) {
    r.report(childPath(path, 'value'), 'a number (plusMinus needs a value)', describeValue(undefined));
  }
  return quantity;
}
