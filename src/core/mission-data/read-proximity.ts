/** Reads ephemeris/proximity-operations.json: the approach, the hover standoff and the sampling descents at Kamoʻoalewa. */
import { tdbSecFromUtcMs } from '../time.ts';
import { childPath, describeValue, type JsonObject, type JsonReader } from './json-reader.ts';
import { range } from './number-range.ts';
import { readQuantity, readSource } from './read-provenance.ts';
import { SAMPLING_METHODS, SMALL_BODY_IDS, type ApproachPoint, type ProximityPlan, type SamplingEvent } from './types.ts';

const PLAN_FIELDS = {
  required: ['body', 'frame', 'frameNote', 'standoffKm', 'approach', 'contactClearanceKm', 'samplingEvents'],
} as const;
/** From a few metres to beyond the published ~2,000 km start of the approach. */
const DISTANCE_KM = range(0.001, 1e5);
/** A sampling event's phases: seconds of contact to weeks, in hours. */
const HOURS = range(0, 24 * 30);
const HOUR_S = 3600;

function readApproach(r: JsonReader, o: JsonObject): ApproachPoint[] {
  const list = r.array(o, 'approach', { min: 2, max: 50 });
  const points: ApproachPoint[] = [];
  list.items.forEach((value, i) => {
    const path = childPath(list.path, i);
    const p = r.object(value, path, { required: ['utc', 'distanceKm', 'source'], optional: ['note'] });
    if (!p) return;
    r.optionalString(p, 'note');
    const utcMs = r.isoUtcMs(p, 'utc');
    const point = { utcMs, tdbSec: tdbSecFromUtcMs(utcMs), distanceKm: r.number(p, 'distanceKm', DISTANCE_KM), source: readSource(r, p) };
    const previous = points[points.length - 1];
    if (previous && !(point.utcMs > previous.utcMs)) r.report(childPath(path, 'utc'), 'a time after the previous approach point', describeValue(p.fields.utc));
    if (previous && !(point.distanceKm < previous.distanceKm)) r.report(childPath(path, 'distanceKm'), `a distance below the previous point's ${previous.distanceKm} km`, describeValue(p.fields.distanceKm));
    points.push(point);
  });
  return points;
}

function readSamplingEvents(r: JsonReader, o: JsonObject, after: ApproachPoint | undefined): SamplingEvent[] {
  const list = r.array(o, 'samplingEvents', { min: 1, max: 20 });
  const events: SamplingEvent[] = [];
  list.items.forEach((value, i) => {
    const path = childPath(list.path, i);
    const e = r.object(value, path, { required: ['method', 'startUtc', 'descentHours', 'contactHours', 'ascentHours', 'source'], optional: ['note'] });
    if (!e) return;
    r.optionalString(e, 'note');
    const startTdbSec = tdbSecFromUtcMs(r.isoUtcMs(e, 'startUtc'));
    const event: SamplingEvent = {
      method: r.oneOf(e, 'method', SAMPLING_METHODS),
      startTdbSec,
      descentSec: r.number(e, 'descentHours', HOURS) * HOUR_S,
      contactSec: r.number(e, 'contactHours', HOURS) * HOUR_S,
      ascentSec: r.number(e, 'ascentHours', HOURS) * HOUR_S,
      source: readSource(r, e),
    };
    const previous = events[events.length - 1];
    const notBefore = previous ? previous.startTdbSec + previous.descentSec + previous.contactSec + previous.ascentSec : after?.tdbSec;
    if (notBefore !== undefined && !(startTdbSec >= notBefore)) {
      r.report(childPath(path, 'startUtc'), previous ? 'a start after the previous event has climbed back' : 'a start after the approach has ended', describeValue(e.fields.startUtc));
    }
    if (!(event.descentSec > 0) || !(event.ascentSec > 0)) r.report(path, 'descentHours and ascentHours above 0', `${describeValue(e.fields.descentHours)}, ${describeValue(e.fields.ascentHours)}`);
    events.push(event);
  });
  return events;
}

export function readProximityFile(r: JsonReader, json: unknown): ProximityPlan | undefined {
  const o = r.object(json, '', PLAN_FIELDS);
  if (!o) return undefined;
  const body = r.oneOf(o, 'body', SMALL_BODY_IDS);
  r.oneOf(o, 'frame', ['sun-pointing'] as const);
  r.string(o, 'frameNote');
  const standoff = readQuantity(r, o, 'standoffKm', DISTANCE_KM);
  const clearance = readQuantity(r, o, 'contactClearanceKm', range(0, 0.1));
  const approach = readApproach(r, o);
  const standoffKm = standoff.value ?? Number.NaN;
  const last = approach[approach.length - 1];
  if (last && last.distanceKm !== standoffKm) {
    r.report(childPath(childPath('approach', approach.length - 1), 'distanceKm'), `the standoff (${standoffKm} km): the approach ends at the hover`, describeValue(last.distanceKm));
  }
  return {
    body,
    standoffKm,
    approach,
    contactClearanceKm: clearance.value ?? Number.NaN,
    samplingEvents: readSamplingEvents(r, o, last),
  };
}
