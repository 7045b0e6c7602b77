/**
 * The one clock that owns "now" (after CesiumJS Core/Clock): TDB seconds since J2000, clamped to
 * [startTdbSec, stopTdbSec], advanced only by tick(realDtSec) while playing. UI and scene read it and subscribe;
 * nothing else keeps its own copy of the current time.
 */

export interface ClockOptions {
  startTdbSec: number;
  stopTdbSec: number;
  /** Defaults to startTdbSec; clamped to the bounds. */
  currentTdbSec?: number;
  /** Simulated seconds per real second; negative plays backwards. Defaults to one day per second. */
  multiplier?: number;
  playing?: boolean;
  /**
   * Longest real interval one tick may advance by. A tab that comes back from the background reports a huge
   * frame delta; without a cap the journey would jump ahead by months in one frame.
   */
  maxRealDtSec?: number;
}

export type ClockListener = (clock: Clock) => void;

export interface Clock {
  readonly startTdbSec: number;
  readonly stopTdbSec: number;
  readonly currentTdbSec: number;
  readonly multiplier: number;
  readonly playing: boolean;
  /** Advances time by realDtSec × multiplier while playing; pauses on reaching the bound it runs into. */
  tick(realDtSec: number): number;
  seek(tdbSec: number): void;
  setMultiplier(multiplier: number): void;
  /** Flips the direction of play, keeping the rate. */
  reverse(): void;
  setBounds(startTdbSec: number, stopTdbSec: number): void;
  play(): void;
  pause(): void;
  toggle(): void;
  /** The listener is called after every change (time, rate, play state, bounds). Returns the unsubscribe function. */
  subscribe(listener: ClockListener): () => void;
}

export const DEFAULT_MULTIPLIER = 86_400;
const DEFAULT_MAX_REAL_DT_SEC = 0.25;

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`clock: ${what} must be a finite number, got ${value}`);
}

function assertBounds(startTdbSec: number, stopTdbSec: number): void {
  assertFinite(startTdbSec, 'startTdbSec');
  assertFinite(stopTdbSec, 'stopTdbSec');
  if (!(stopTdbSec > startTdbSec)) {
    throw new RangeError(`clock: stopTdbSec (${stopTdbSec}) must be after startTdbSec (${startTdbSec})`);
  }
}

export function createClock(options: ClockOptions): Clock {
  assertBounds(options.startTdbSec, options.stopTdbSec);
  let startTdbSec = options.startTdbSec;
  let stopTdbSec = options.stopTdbSec;
  const clamp = (tdbSec: number): number => Math.min(stopTdbSec, Math.max(startTdbSec, tdbSec));
  let currentTdbSec = clamp(options.currentTdbSec ?? startTdbSec);
  let multiplier = options.multiplier ?? DEFAULT_MULTIPLIER;
  assertFinite(multiplier, 'multiplier');
  let playing = options.playing ?? false;
  const maxRealDtSec = options.maxRealDtSec ?? DEFAULT_MAX_REAL_DT_SEC;
  const listeners = new Set<ClockListener>();

  const atBoundAhead = (): boolean =>
    (multiplier > 0 && currentTdbSec >= stopTdbSec) || (multiplier < 0 && currentTdbSec <= startTdbSec);

  const notify = (): void => {
    for (const listener of listeners) listener(clock);
  };

  const clock: Clock = {
    get startTdbSec() { return startTdbSec; },
    get stopTdbSec() { return stopTdbSec; },
    get currentTdbSec() { return currentTdbSec; },
    get multiplier() { return multiplier; },
    get playing() { return playing; },

    tick(realDtSec) {
      if (!playing || !(realDtSec > 0) || !Number.isFinite(realDtSec) || multiplier === 0) return currentTdbSec;
      const next = clamp(currentTdbSec + Math.min(realDtSec, maxRealDtSec) * multiplier);
      currentTdbSec = next;
      if (atBoundAhead()) playing = false;
      notify();
      return currentTdbSec;
    },

    seek(tdbSec) {
      assertFinite(tdbSec, 'seek time');
      const next = clamp(tdbSec);
      if (next === currentTdbSec) return;
      currentTdbSec = next;
      notify();
    },

    setMultiplier(next) {
      assertFinite(next, 'multiplier');
      if (next === multiplier) return;
      multiplier = next;
      notify();
    },

    reverse() {
      multiplier = -multiplier;
      notify();
    },

    setBounds(nextStart, nextStop) {
      assertBounds(nextStart, nextStop);
      startTdbSec = nextStart;
      stopTdbSec = nextStop;
      currentTdbSec = clamp(currentTdbSec);
      notify();
    },

    play() {
      if (playing) return;
      // Like a video player: "play" at the end it runs into starts over from the other end.
      if (atBoundAhead()) currentTdbSec = multiplier > 0 ? startTdbSec : stopTdbSec;
      playing = true;
      notify();
    },

    pause() {
      if (!playing) return;
      playing = false;
      notify();
    },

    toggle() {
      if (playing) clock.pause();
      else clock.play();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return clock;
}
