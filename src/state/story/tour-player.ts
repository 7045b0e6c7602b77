/**
 * The guided tour: its chapters in order, each a staged shot held for its time once arrived. Pause, resume, next,
 * previous and a jump to any chapter; progress as chapter and fraction. Looping (the museum kiosk) starts over
 * after the last chapter. Advanced once per screen frame by `update`; plain TypeScript.
 */
import type { StoryShot, TourChapter } from '../../core/story/story-types.ts';
import type { Clock } from '../clock.ts';
import type { StoryDirector } from './story-director.ts';

export type TourStatus = 'off' | 'playing' | 'paused';

export interface TourProgress {
  status: TourStatus;
  /** 0-based index of the chapter shown. */
  chapter: number;
  chapters: number;
  /** How much of the chapter's hold has passed, 0–1 (0 while gliding in). */
  fraction: number;
}

/** A clip of a still chapter (its clock stopped) spans this much mission time, s, so that it has a span at all. */
const STILL_CLIP_SPAN_SEC = 3600;
/** The first frame after an idle spell reports the whole pause as its interval: a glide or hold moves on at most this. */
const MAX_FRAME_STEP_SEC = 0.25;

export class TourPlayer {
  private status: TourStatus = 'off';
  private index = 0;
  private heldSec = 0;
  private looping = false;
  private readonly listeners = new Set<() => void>();
  private progressCache: TourProgress = { status: 'off', chapter: 0, chapters: 0, fraction: 0 };

  /** `holdScale` shortens every chapter's hold (browser tests walk the whole tour at 10×; 1 in the app). */
  constructor(private readonly director: StoryDirector, private readonly clock: Clock, private readonly holdScale = 1) {
    this.refresh();
  }

  get chapters(): readonly TourChapter[] {
    return this.director.story.tour;
  }

  /** The same object until something changes (for useSyncExternalStore). */
  progress = (): TourProgress => this.progressCache;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * What the chapter shown plays, as a clip's span: from its shot's time for its hold at its rate (a still shot
   * holds an hour of mission time), lasting the hold, with its shot's caption; null when the tour is off or the shot's time is not known.
   */
  chapterClip(): { chapter: number; startTdbSec: number; endTdbSec: number; durationSec: number; caption: StoryShot['caption'] } | null {
    if (this.status === 'off') return null;
    const chapter = this.chapters[this.index];
    const shot = chapter ? this.director.shot(chapter.shotId) : undefined;
    const startTdbSec = shot ? this.director.shotTdbSec(shot) : null;
    if (!chapter || !shot || startTdbSec === null) return null;
    const playedSec = shot.play ? chapter.holdSec * Math.abs(shot.rateSPerS) : 0;
    const endTdbSec = Math.min(this.clock.stopTdbSec, startTdbSec + Math.max(STILL_CLIP_SPAN_SEC, playedSec));
    return { chapter: this.index, startTdbSec, endTdbSec, durationSec: chapter.holdSec, caption: shot.caption };
  }

  /** True while the tour runs: the live loop keeps drawing frames so the hold time passes. */
  get busy(): boolean {
    return this.status === 'playing';
  }

  /** Starts the tour at `chapter` (0-based, clamped); `loop` starts over after the last chapter. */
  start(chapter = 0, options: { loop?: boolean } = {}): boolean {
    if (this.chapters.length === 0) return false;
    this.looping = options.loop ?? false;
    this.status = 'playing';
    return this.goTo(chapter);
  }

  stop(): void {
    if (this.status === 'off') return;
    this.status = 'off';
    this.refresh();
  }

  /** Holds the tour and the clock where they are. */
  pause(): void {
    if (this.status !== 'playing') return;
    this.status = 'paused';
    this.clock.pause();
    this.refresh();
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.status = 'playing';
    const shot = this.director.shot(this.chapters[this.index]?.shotId ?? '');
    if (shot?.play && !this.director.busy) this.clock.play();
    this.refresh();
  }

  togglePause(): void {
    if (this.status === 'playing') this.pause();
    else this.resume();
  }

  next(): boolean {
    if (this.status === 'off') return false;
    if (this.index + 1 >= this.chapters.length) {
      if (!this.looping) {
        this.stop();
        return false;
      }
      return this.goTo(0);
    }
    return this.goTo(this.index + 1);
  }

  previous(): boolean {
    if (this.status === 'off') return false;
    return this.goTo(Math.max(0, this.index - 1));
  }

  /** Shows chapter `index` (clamped); false when its shot's time is not known yet (the mission still computing). */
  goTo(index: number): boolean {
    const count = this.chapters.length;
    if (count === 0) return false;
    this.index = Math.min(count - 1, Math.max(0, Math.trunc(Number.isFinite(index) ? index : 0)));
    this.heldSec = 0;
    const chapter = this.chapters[this.index]!;
    const shot = this.director.shot(chapter.shotId);
    const started = shot ? this.director.play(shot, { playOnArrival: () => this.status === 'playing' }) : false;
    this.refresh();
    return started;
  }

  /** One screen frame of real time: the hold runs once the chapter's glide has arrived and the tour is not paused. */
  update(realDtSec: number): boolean {
    if (this.status !== 'playing') return false;
    if (this.director.busy) return true;
    this.heldSec += Math.min(MAX_FRAME_STEP_SEC, Math.max(0, Number.isFinite(realDtSec) ? realDtSec : 0));
    const hold = (this.chapters[this.index]?.holdSec ?? 1) / this.holdScale;
    if (this.heldSec >= hold) this.next();
    else this.refresh();
    return this.status === 'playing';
  }

  private refresh(): void {
    const hold = (this.chapters[this.index]?.holdSec ?? 1) / this.holdScale;
    const next: TourProgress = {
      status: this.status,
      chapter: this.index,
      chapters: this.chapters.length,
      fraction: this.director.busy ? 0 : Math.min(1, this.heldSec / hold),
    };
    const p = this.progressCache;
    // A new object only when what is shown changes (the fraction to a percent), so panels re-render sparingly.
    if (p.status !== next.status || p.chapter !== next.chapter || p.chapters !== next.chapters || Math.round(p.fraction * 100) !== Math.round(next.fraction * 100)) {
      this.progressCache = next;
      for (const listener of this.listeners) listener();
    }
  }
}
