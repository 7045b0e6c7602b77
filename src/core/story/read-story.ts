/**
 * Reads ephemeris/story.json (the shots per event and the guided tour) with the mission data's reader, so it
 * gets the same rules and file:field messages: ids unique, subjects from the body catalogue, frames and views
 * from their lists, rates and distances within physical ranges, every tour chapter naming a shot.
 */
import { FOCUSABLE_BODY_IDS, isBodyId, type BodyId } from '../bodies.ts';
import { childPath, describeValue, type JsonObject, type JsonReader } from '../mission-data/json-reader.ts';
import { readMissionFiles } from '../mission-data/load-mission-data.ts';
import { range } from '../mission-data/number-range.ts';
import { readSource } from '../mission-data/read-provenance.ts';
import { FRAME_IDS } from '../view-frame.ts';
import { CAMERA_MODES } from '../camera-mode.ts';
import { type ShotPose, type ShotTime, type Story, type StoryShot, type TourChapter } from './story-types.ts';

export const STORY_FILE = 'ephemeris/story.json';

const SHOT_ID = { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, description: 'a kebab-case id like "earth-flyby"' };
const SHOT_FIELDS = {
  required: ['id', 'subject', 'frame', 'view', 'rateSPerS', 'play', 'windowHours', 'caption', 'source'],
  optional: ['eventId', 'offsetHours', 'atUtc', 'pose'],
} as const;
/** A shot sits within a year of its event: the mission's events are months apart. */
const OFFSET_HOURS = range(-8766, 8766);
/** From a metre from the probe to beyond the planets (the camera rig's own limits). */
const DISTANCE_KM = range(1e-3, 2e10);
/** Up to a year per second, the fastest rate the controls offer; a non-zero rate (a still clock is `play: false`). */
const RATE_S_PER_S = range(-31_557_600, 31_557_600);
const WINDOW_HOURS = range(0, 87_660);

function readPose(r: JsonReader, o: JsonObject): ShotPose | undefined {
  if (!r.has(o, 'pose')) return undefined;
  const pose = r.object(o.fields.pose, childPath(o.path, 'pose'), { required: ['azimuthDeg', 'elevationDeg', 'distanceKm'] });
  if (!pose) return undefined;
  return {
    azimuthDeg: r.number(pose, 'azimuthDeg', range(0, 360)),
    elevationDeg: r.number(pose, 'elevationDeg', range(-90, 90)),
    distanceKm: r.number(pose, 'distanceKm', DISTANCE_KM),
  };
}

function readTime(r: JsonReader, o: JsonObject, eventIds: ReadonlySet<string> | null): ShotTime {
  const byEvent = r.has(o, 'eventId'), byDate = r.has(o, 'atUtc');
  if (byEvent === byDate) {
    r.report(o.path, 'exactly one of "eventId" (with "offsetHours") or "atUtc"', byEvent ? 'both' : 'neither');
    return { atUtcMs: NaN };
  }
  if (byDate) return { atUtcMs: r.isoUtcMs(o, 'atUtc') };
  const eventId = r.string(o, 'eventId', SHOT_ID);
  if (eventIds && eventId !== '' && !eventIds.has(eventId)) {
    r.report(childPath(o.path, 'eventId'), `the id of an event in ephemeris/mission-events.json`, describeValue(eventId));
  }
  return { eventId, offsetHours: r.has(o, 'offsetHours') ? r.number(o, 'offsetHours', OFFSET_HOURS) : 0 };
}

function readSubject(r: JsonReader, o: JsonObject): BodyId | null {
  const value = o.fields.subject;
  if (value === null) return null;
  if (typeof value === 'string' && isBodyId(value) && (FOCUSABLE_BODY_IDS as readonly string[]).includes(value)) return value;
  r.report(childPath(o.path, 'subject'), `null (the overview) or a focusable body id (${FOCUSABLE_BODY_IDS.join(', ')})`, describeValue(value));
  return null;
}

function readShot(r: JsonReader, value: unknown, path: string, eventIds: ReadonlySet<string> | null): StoryShot | undefined {
  const o = r.object(value, path, SHOT_FIELDS);
  if (!o) return undefined;
  const window = r.object(o.fields.windowHours, childPath(path, 'windowHours'), { required: ['before', 'after'] });
  const shot: StoryShot = {
    id: r.string(o, 'id', SHOT_ID),
    time: readTime(r, o, eventIds),
    subject: readSubject(r, o),
    frame: r.oneOf(o, 'frame', FRAME_IDS),
    view: r.oneOf(o, 'view', CAMERA_MODES),
    rateSPerS: r.number(o, 'rateSPerS', RATE_S_PER_S),
    play: r.boolean(o, 'play'),
    windowHours: window ? { before: r.number(window, 'before', WINDOW_HOURS), after: r.number(window, 'after', WINDOW_HOURS) } : { before: 0, after: 0 },
    caption: r.localizedText(o, 'caption'),
    source: o.fields.source === 'event' ? 'event' : readSource(r, o, { requireUrl: true }),
  };
  const pose = readPose(r, o);
  if (pose) shot.pose = pose;
  if (shot.source === 'event' && !('eventId' in shot.time)) {
    r.report(childPath(path, 'source'), '"event" only for a shot of an event (with "eventId"); otherwise a citation or "illustrative"', '"event"');
  }
  if (r.has(o, 'offsetHours') && !r.has(o, 'eventId')) r.report(childPath(path, 'offsetHours'), 'no offset without "eventId"', describeValue(o.fields.offsetHours));
  if (shot.rateSPerS === 0) r.report(childPath(path, 'rateSPerS'), 'a non-zero rate (a still clock is "play": false)', '0');
  return shot;
}

function readChapter(r: JsonReader, value: unknown, path: string, shotIds: ReadonlySet<string>): TourChapter | undefined {
  const o = r.object(value, path, { required: ['shot', 'holdSec', 'title'] });
  if (!o) return undefined;
  const shotId = r.string(o, 'shot', SHOT_ID);
  if (shotId !== '' && !shotIds.has(shotId)) r.report(childPath(path, 'shot'), 'the id of a shot in this file', describeValue(shotId));
  return { shotId, holdSec: r.number(o, 'holdSec', range(1, 120)), title: r.localizedText(o, 'title') };
}

/** `eventIds`: the mission's event ids, to check shots against (null: not checked, e.g. before they are known). */
export function readStoryFile(r: JsonReader, json: unknown, eventIds: ReadonlySet<string> | null = null): Story {
  const root = r.object(json, '', { required: ['shots', 'tour'], optional: ['note'] });
  if (!root) return { shots: [], tour: [] };
  r.optionalString(root, 'note');
  const shotList = r.array(root, 'shots', { min: 1, max: 100 });
  const shots: StoryShot[] = [];
  const ids = new Set<string>();
  shotList.items.forEach((item, i) => {
    const shot = readShot(r, item, childPath(shotList.path, i), eventIds);
    if (!shot) return;
    if (ids.has(shot.id)) r.report(childPath(childPath(shotList.path, i), 'id'), 'an id not used before', describeValue(shot.id));
    ids.add(shot.id);
    shots.push(shot);
  });
  const tourList = r.array(root, 'tour', { min: 1, max: 50 });
  const tour = tourList.items.flatMap((item, i) => readChapter(r, item, childPath(tourList.path, i), ids) ?? []);
  return { shots, tour };
}

/** Validates the parsed story file; throws a MissionDataError naming file and field. */
export function loadStory(json: unknown, eventIds: ReadonlySet<string> | null = null): Story {
  return readMissionFiles({ [STORY_FILE]: json }, { [STORY_FILE]: (r: JsonReader, value: unknown) => readStoryFile(r, value, eventIds) })[STORY_FILE];
}
