/** Reads ephemeris/mission-events.json: the mission timeline, in chronological order, ids unique. */
import { tdbSecFromUtcMs } from '../time.ts';
import { childPath, describeValue, type JsonReader } from './json-reader.ts';
import { readSource } from './read-provenance.ts';
import { DATE_PRECISIONS, EVENT_STATUSES, type MissionEvent } from './types.ts';

const EVENT_FIELDS = {
  required: ['id', 'names', 'description', 'dateUtc', 'datePrecision', 'pathDateUtc', 'status', 'source'],
  optional: ['dateIsIllustrative', 'dateNote', 'endUtc'],
} as const;

const EVENT_ID = { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, description: 'a kebab-case id like "kamooalewa-arrival"' };

function readEvent(r: JsonReader, value: unknown, path: string): MissionEvent | undefined {
  const o = r.object(value, path, EVENT_FIELDS);
  if (!o) return undefined;
  const utcMs = r.isoUtcMs(o, 'dateUtc');
  const issuesBefore = r.issueCount;
  // An event shown for illustration may say so instead of citing; anything else cites at least one URL.
  const source = readSource(r, o, { requireUrl: true });
  const status = r.oneOf(o, 'status', EVENT_STATUSES);
  const statusAndSourceRead = r.issueCount === issuesBefore;
  const event: MissionEvent = {
    id: r.string(o, 'id', EVENT_ID),
    names: r.localizedText(o, 'names'),
    description: r.localizedText(o, 'description'),
    dateUtc: typeof o.fields.dateUtc === 'string' ? o.fields.dateUtc : '',
    utcMs,
    tdbSec: tdbSecFromUtcMs(utcMs),
    datePrecision: r.oneOf(o, 'datePrecision', DATE_PRECISIONS),
    pathTdbSec: tdbSecFromUtcMs(r.isoUtcMs(o, 'pathDateUtc')),
    dateIsIllustrative: r.has(o, 'dateIsIllustrative') ? r.boolean(o, 'dateIsIllustrative') : false,
    status,
    source,
  };
  const dateNote = r.optionalString(o, 'dateNote');
  if (dateNote !== undefined) event.dateNote = dateNote;
  if (r.has(o, 'endUtc')) {
    const endMs = r.isoUtcMs(o, 'endUtc');
    if (endMs < utcMs) r.report(childPath(path, 'endUtc'), `a date-time not before dateUtc (${event.dateUtc})`, describeValue(o.fields.endUtc));
    event.endUtc = String(o.fields.endUtc);
    event.endTdbSec = tdbSecFromUtcMs(endMs);
  }
  if (!statusAndSourceRead) return event;
  if (event.status === 'illustrative' && event.source !== 'illustrative') {
    r.report(childPath(path, 'source'), '"illustrative" for an event whose status is "illustrative"', 'a citation');
  }
  if (event.source === 'illustrative' && event.status !== 'illustrative') {
    r.report(childPath(path, 'source'), `a citation with a URL for an event whose status is "${event.status}"`, '"illustrative"');
  }
  return event;
}

export function readEventsFile(r: JsonReader, json: unknown): MissionEvent[] {
  const root = r.object(json, '', { required: ['events'] });
  if (!root) return [];
  const list = r.array(root, 'events', 1);
  const events: MissionEvent[] = [];
  const firstIndexById = new Map<string, number>();
  list.items.forEach((item, i) => {
    const path = childPath(list.path, i);
    const event = readEvent(r, item, path);
    if (!event) return;
    const earlier = firstIndexById.get(event.id);
    if (earlier !== undefined) {
      r.report(childPath(path, 'id'), `an id not used before (events[${earlier}] has it)`, describeValue(event.id));
    } else if (event.id !== '') {
      firstIndexById.set(event.id, i);
    }
    const previous = events[events.length - 1];
    if (previous && Number.isFinite(previous.utcMs) && event.utcMs < previous.utcMs) {
      r.report(childPath(path, 'dateUtc'), `a date-time not before the previous event's (${previous.id}: ${previous.dateUtc}), events in chronological order`,
        describeValue(event.dateUtc));
    }
    events.push(event);
  });
  return events;
}
