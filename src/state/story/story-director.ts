/**
 * Jumps to a staged shot: time and camera glide together into it (the clock is moved here, the camera by the rig's
 * scripted shot), the shot's rate is set on arrival, and its caption is shown while the clock stays within the
 * shot's window. The user can take over at any moment: a camera move ends the rig's shot, a seek or "play" ends
 * the time glide. Advanced once per screen frame by `update`; plain TypeScript, no React, three or DOM.
 */
import type { StoryShot, Story } from '../../core/story/story-types.ts';
import { tdbSecFromUtcMs } from '../../core/time.ts';
import type { CameraRig } from '../camera/camera-rig.ts';
import { easeTransition } from '../camera/camera-targets.ts';
import type { Clock } from '../clock.ts';
import type { ViewStore } from '../view-store.ts';

/** How long time and camera take to glide into a shot, s (a cut when the user prefers reduced motion). */
export const SHOT_GLIDE_SEC = 2.5;
const HOUR_S = 3600;

export interface MissionEventTime {
  id: string;
  tdbSec: number;
}

export interface ActiveShot {
  shot: StoryShot;
  tdbSec: number;
  /** True while time and camera still glide into it. */
  arriving: boolean;
}

interface TimeGlide {
  shot: StoryShot;
  fromTdbSec: number;
  toTdbSec: number;
  elapsedSec: number;
  durationSec: number;
  /** The time this glide last set: any other change of the clock's time is the user's, and ends the glide. */
  setTdbSec: number;
  /** Asked on arrival whether the clock should play (a paused tour says no). */
  playOnArrival: () => boolean;
  /** The designed time of the shot's event, TDB s (null for a shot at a date). */
  eventTdbSec: number | null;
}

export interface StoryDirectorOptions {
  clock: Clock;
  viewStore: ViewStore;
  rig: CameraRig;
  /** The user's reduced-motion preference: shots cut instead of gliding. */
  reducedMotion: () => boolean;
}

/** The first frame after an idle spell reports the whole pause as its interval: a glide or hold moves on at most this. */
const MAX_FRAME_STEP_SEC = 0.25;

export class StoryDirector {
  private eventTimes = new Map<string, number>();
  private glide: TimeGlide | null = null;
  private current: ActiveShot | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly stopClock: () => void;

  constructor(readonly story: Story, private readonly o: StoryDirectorOptions) {
    this.stopClock = o.clock.subscribe(() => this.clockChanged());
  }

  dispose(): void {
    this.stopClock();
  }

  /** The mission's events with their designed times (the worker's answer). */
  setEvents(events: readonly MissionEventTime[]): void {
    this.eventTimes = new Map(events.map((event) => [event.id, event.tdbSec]));
  }

  /** The shot staged for an event, if the story has one. */
  shotForEvent(eventId: string): StoryShot | undefined {
    return this.story.shots.find((shot) => 'eventId' in shot.time && shot.time.eventId === eventId);
  }

  shot(shotId: string): StoryShot | undefined {
    return this.story.shots.find((shot) => shot.id === shotId);
  }

  /** A shot's time (TDB s), clamped to the clock's span; null while its event's time is not known. */
  shotTdbSec(shot: StoryShot): number | null {
    const { clock } = this.o;
    let tdbSec: number;
    if ('eventId' in shot.time) {
      const eventTdbSec = this.eventTimes.get(shot.time.eventId);
      if (eventTdbSec === undefined) return null;
      tdbSec = eventTdbSec + shot.time.offsetHours * HOUR_S;
    } else {
      tdbSec = tdbSecFromUtcMs(shot.time.atUtcMs);
    }
    return Math.min(clock.stopTdbSec, Math.max(clock.startTdbSec, tdbSec));
  }

  /** What is staged now (its caption is shown), or null. */
  get active(): ActiveShot | null {
    return this.current;
  }

  /** While gliding into an event's shot, that event's time (TDB s): the next step walks on from it. */
  get headingTdbSec(): number | null {
    return this.glide?.eventTdbSec ?? null;
  }

  /** True while time glides into a shot: the live loop keeps drawing frames. */
  get busy(): boolean {
    return this.glide !== null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Glides into the shot of the event at `tdbSec` (its designed time, within a second); false when there is none. */
  goToEventAt(tdbSec: number): boolean {
    for (const [id, eventTdbSec] of this.eventTimes) {
      if (Math.abs(eventTdbSec - tdbSec) <= 1 && this.goToEvent(id)) return true;
    }
    return false;
  }

  /** Glides into the shot of an event; false when the event has no shot or no time yet. */
  goToEvent(eventId: string): boolean {
    const shot = this.shotForEvent(eventId);
    return shot ? this.play(shot) : false;
  }

  /** Glides into a shot (time, view, camera), then sets its rate; false when its time is not known yet. */
  play(shot: StoryShot, options: { playOnArrival?: () => boolean } = {}): boolean {
    const tdbSec = this.shotTdbSec(shot);
    if (tdbSec === null) return false;
    const { clock, viewStore, rig } = this.o;
    const durationSec = this.o.reducedMotion() ? 0 : SHOT_GLIDE_SEC;
    const view = viewStore.getState();
    clock.pause();
    view.setFrame(shot.frame);
    view.focus(shot.subject);
    view.setCameraMode(shot.view);
    if (shot.view === 'orbit' && shot.pose) {
      rig.playShot({ pose: shot.pose, durationSec, view: { focusId: shot.subject, frame: shot.frame } });
    }
    this.glide = {
      shot, fromTdbSec: clock.currentTdbSec, toTdbSec: tdbSec, elapsedSec: 0, durationSec, setTdbSec: clock.currentTdbSec,
      playOnArrival: options.playOnArrival ?? (() => true),
      eventTdbSec: 'eventId' in shot.time ? this.eventTimes.get(shot.time.eventId) ?? null : null,
    };
    this.current = { shot, tdbSec, arriving: true };
    this.notify();
    if (durationSec === 0) this.update(0);
    return true;
  }

  /** Hides the caption (the view stays as it is). */
  dismiss(): void {
    if (!this.current) return;
    this.glide = null;
    this.current = null;
    this.notify();
  }

  /** One screen frame: advances the time glide; true while it still runs. */
  update(realDtSec: number): boolean {
    const glide = this.glide;
    if (!glide) return false;
    const { clock } = this.o;
    glide.elapsedSec += Math.min(MAX_FRAME_STEP_SEC, Math.max(0, Number.isFinite(realDtSec) ? realDtSec : 0));
    const eased = glide.durationSec > 0 ? easeTransition(glide.elapsedSec / glide.durationSec) : 1;
    const tdbSec = glide.fromTdbSec + (glide.toTdbSec - glide.fromTdbSec) * eased;
    glide.setTdbSec = Math.min(clock.stopTdbSec, Math.max(clock.startTdbSec, tdbSec));
    clock.seek(tdbSec);
    if (eased < 1) return true;
    this.glide = null;
    clock.setMultiplier(glide.shot.rateSPerS);
    if (glide.shot.play && glide.playOnArrival()) clock.play();
    if (this.current) this.current = { ...this.current, arriving: false };
    this.notify();
    return false;
  }

  private clockChanged(): void {
    const { clock } = this.o;
    const glide = this.glide;
    if (glide) {
      // A seek or "play" by the user while gliding: the user has taken over time.
      if (!clock.playing && clock.currentTdbSec === glide.setTdbSec) return;
      this.glide = null;
      if (this.current) this.current = { ...this.current, arriving: false };
      this.notify();
    }
    const current = this.current;
    if (!current) return;
    const t = clock.currentTdbSec;
    const { before, after } = current.shot.windowHours;
    if (t < current.tdbSec - before * HOUR_S || t > current.tdbSec + after * HOUR_S) {
      this.current = null;
      this.notify();
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
