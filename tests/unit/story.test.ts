/**
 * The staged shots and the tour: ephemeris/story.json validates against the mission's events and the body
 * catalogue; the director glides time and camera into a shot and sets its rate; the user's seek ends the glide;
 * the caption goes when the clock leaves the shot's window; the tour walks every chapter, pauses and loops.
 */
import { describe, expect, it } from 'vitest';
import story from '../../ephemeris/story.json';
import events from '../../ephemeris/mission-events.json';
import { AU_KM } from '../../src/core/constants.ts';
import type { BodyId } from '../../src/core/bodies.ts';
import { MissionDataError } from '../../src/core/mission-data/index.ts';
import { loadStory } from '../../src/core/story/read-story.ts';
import { tdbSecFromIsoUtc } from '../../src/core/time.ts';
import { CameraRig, type RigEphemeris } from '../../src/state/camera/camera-rig.ts';
import { createClock } from '../../src/state/clock.ts';
import { stepToEvent, type ArriveAt } from '../../src/state/event-stepping.ts';
import { SHOT_GLIDE_SEC, StoryDirector } from '../../src/state/story/story-director.ts';
import { TourPlayer } from '../../src/state/story/tour-player.ts';
import { createViewStore } from '../../src/state/view-store.ts';

const EVENT_IDS = new Set(events.events.map((e) => e.id));
const EVENT_TIMES = events.events.map((e) => ({ id: e.id, tdbSec: tdbSecFromIsoUtc(e.dateUtc) }));

const ephemeris: RigEphemeris = {
  stateAt(id: BodyId, _t, _f, out) {
    out[0] = id === 'sun' ? 0 : AU_KM; out[1] = 0; out[2] = 0;
    return true;
  },
};

function setUp(reduced = false) {
  const clock = createClock({ startTdbSec: tdbSecFromIsoUtc('2025-05-01T00:00:00Z'), stopTdbSec: tdbSecFromIsoUtc('2036-06-01T00:00:00Z') });
  const viewStore = createViewStore();
  const rig = new CameraRig(ephemeris);
  const director = new StoryDirector(loadStory(story, EVENT_IDS), { clock, viewStore, rig, reducedMotion: () => reduced });
  director.setEvents(EVENT_TIMES);
  return { clock, viewStore, rig, director };
}

/** Frames at 60/s: the director first (as in the live loop), then the rig. */
function frames(d: ReturnType<typeof setUp>, seconds: number, tour?: TourPlayer) {
  for (let i = 0; i < Math.round(seconds * 60); i++) {
    tour?.update(1 / 60);
    d.director.update(1 / 60);
    d.clock.tick(1 / 60);
    const v = d.viewStore.getState();
    d.rig.update(d.clock.currentTdbSec, 1 / 60, { focusId: v.focusId as BodyId | null, frame: v.frame, cameraMode: v.cameraMode }, { widthPx: 1280, heightPx: 720, free: null });
  }
}

describe('ephemeris/story.json', () => {
  it('has a shot for every event in ephemeris/mission-events.json, and every tour chapter names a shot', () => {
    const read = loadStory(story, EVENT_IDS);
    for (const id of EVENT_IDS) expect(read.shots.some((s) => 'eventId' in s.time && s.time.eventId === id), id).toBe(true);
    expect(read.tour.length).toBe(12);
  });

  it('refuses a shot of an unknown event, an unknown subject and an unknown tour shot, naming file and field', () => {
    const broken = structuredClone(story) as typeof story;
    (broken.shots[0] as { eventId?: string }).eventId = 'landing-on-mars';
    (broken.shots[1] as { subject: string | null }).subject = 'toString';
    broken.tour[0]!.shot = 'nowhere';
    let message = '';
    try { loadStory(broken, EVENT_IDS); } catch (error) { message = error instanceof MissionDataError ? error.message : String(error); }
    expect(message).toContain('ephemeris/story.json: shots[0].eventId');
    expect(message).toContain('shots[1].subject');
    expect(message).toContain('tour[0].shot');
  });
});

describe('story director', () => {
  it('glides time and camera into a shot together, then sets the shot\'s rate and plays', () => {
    const d = setUp();
    frames(d, 0.1);
    expect(d.director.goToEvent('science-phase')).toBe(true);
    const shot = d.director.shotForEvent('science-phase')!;
    const target = d.director.shotTdbSec(shot)!;
    frames(d, SHOT_GLIDE_SEC / 2);
    expect(d.clock.currentTdbSec).toBeGreaterThan(d.clock.startTdbSec);
    expect(d.clock.currentTdbSec).toBeLessThan(target);
    expect(d.rig.mode).toBe('shot');
    expect(d.director.active?.arriving).toBe(true);
    frames(d, SHOT_GLIDE_SEC / 2 + 0.1);
    expect(d.clock.currentTdbSec).toBeGreaterThanOrEqual(target);
    expect(d.clock.multiplier).toBe(shot.rateSPerS);
    expect(d.clock.playing).toBe(true);
    expect(d.viewStore.getState().focusId).toBe('kamooalewa');
    expect(d.rig.state.pose.distanceKm).toBeCloseTo(shot.pose!.distanceKm, 6);
    expect(d.director.active?.arriving).toBe(false);
  });

  it('cuts instead of gliding when the user prefers reduced motion', () => {
    const d = setUp(true);
    frames(d, 0.1);
    d.director.goToEvent('earth-flyby');
    const shot = d.director.shotForEvent('earth-flyby')!;
    expect(d.clock.currentTdbSec).toBe(d.director.shotTdbSec(shot));
    frames(d, 1 / 60);
    expect(d.rig.state.pose.distanceKm).toBeCloseTo(shot.pose!.distanceKm, 6);
  });

  it('yields: a seek during the glide ends it where the user put the clock; the caption goes outside the shot\'s window', () => {
    const d = setUp();
    frames(d, 0.1);
    d.director.goToEvent('kamooalewa-arrival');
    frames(d, 0.5);
    const userTime = tdbSecFromIsoUtc('2030-01-01T00:00:00Z');
    d.clock.seek(userTime);
    frames(d, SHOT_GLIDE_SEC);
    expect(d.clock.currentTdbSec).toBe(userTime);
    expect(d.director.busy).toBe(false);
    expect(d.director.active).toBe(null);
  });

  it('steps on from the event a glide is heading for: → pressed twice mid-glide walks two events', () => {
    const d = setUp();
    frames(d, 0.1);
    const times = EVENT_TIMES.map((e) => e.tdbSec).sort((a, b) => a - b);
    const arrive: ArriveAt = (t) => { d.director.goToEventAt(t); };
    arrive.headingTdbSec = () => d.director.headingTdbSec;
    stepToEvent(d.clock, times, 1, arrive);
    frames(d, 0.3);
    const first = d.director.headingTdbSec;
    expect(first).toBe(times[0]);
    expect(d.clock.currentTdbSec).toBeLessThan(first!);
    stepToEvent(d.clock, times, 1, arrive);
    expect(d.director.headingTdbSec).toBe(times[1]);
    frames(d, SHOT_GLIDE_SEC + 0.1);
    expect(d.director.headingTdbSec).toBeNull();
  });

  it('keeps the caption while the clock plays on within the window', () => {
    const d = setUp(true);
    d.director.goToEvent('launch');
    frames(d, 2);
    expect(d.director.active?.shot.id).toBe('launch');
  });
});

describe('tour', () => {
  it('gives the chapter shown as a clip: from its shot\'s time, for its hold at its rate, as long as its hold, with its caption', () => {
    const d = setUp(true);
    const tour = new TourPlayer(d.director, d.clock);
    expect(tour.chapterClip()).toBeNull();
    tour.start(4);
    const chapter = story.tour[4]!;
    const shot = d.director.shot(chapter.shot)!;
    const clip = tour.chapterClip()!;
    expect(clip.chapter).toBe(4);
    expect(clip.startTdbSec).toBe(d.director.shotTdbSec(shot));
    expect(clip.durationSec).toBe(chapter.holdSec);
    expect(clip.caption).toEqual(shot.caption);
    expect(clip.endTdbSec - clip.startTdbSec).toBeCloseTo(shot.play ? Math.max(3600, chapter.holdSec * shot.rateSPerS) : 3600, 6);
    tour.stop();
    expect(tour.chapterClip()).toBeNull();
  });

  it('walks every chapter in order at a fast test pace, pauses and resumes, and stops after the last', () => {
    const d = setUp(true);
    const tour = new TourPlayer(d.director, d.clock);
    const seen: string[] = [];
    d.director.subscribe(() => {
      const id = d.director.active?.shot.id;
      if (id && seen[seen.length - 1] !== id) seen.push(id);
    });
    tour.start(0);
    frames(d, 3, tour);
    tour.pause();
    const held = { chapter: tour.progress().chapter, t: d.clock.currentTdbSec };
    frames(d, 30, tour);
    expect(tour.progress()).toMatchObject({ status: 'paused', chapter: held.chapter });
    expect(d.clock.currentTdbSec).toBe(held.t);
    tour.resume();
    expect(d.clock.playing).toBe(true);
    frames(d, 150, tour);
    expect(seen).toEqual(story.tour.map((c) => c.shot));
    expect(tour.progress().status).toBe('off');
  });

  it('deep-links a chapter, and loops for the kiosk', () => {
    const d = setUp(true);
    const tour = new TourPlayer(d.director, d.clock);
    tour.start(11, { loop: true });
    expect(d.director.active?.shot.id).toBe('quasi-satellite');
    expect(d.viewStore.getState().frame).toBe('sun-earth-rotating');
    frames(d, 11, tour);
    expect(tour.progress()).toMatchObject({ status: 'playing', chapter: 0 });
    expect(d.director.active?.shot.id).toBe('launch');
  });
});
