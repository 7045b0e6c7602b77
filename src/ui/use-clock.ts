/**
 * React bindings for the clock. Two kinds of readers:
 * - useClockValue: a slow-changing value (playing, rate, which event is next) as React state; re-renders only
 *   when the selected primitive changes, even though the clock notifies every frame.
 * - useClockWriter: per-frame output (playhead, date text) written straight into the DOM through refs, at most
 *   once per animation frame (and no more often than minIntervalMs), never through React state.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { Clock } from '../state/clock.ts';

export function useClockValue<T extends string | number | boolean | null>(clock: Clock, select: (clock: Clock) => T): T {
  const subscribe = useCallback((onChange: () => void) => clock.subscribe(onChange), [clock]);
  const getSnapshot = () => select(clock);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

export function useClockWriter(clock: Clock, write: (tdbSec: number) => void, minIntervalMs = 0): void {
  const writeRef = useRef(write);
  useLayoutEffect(() => {
    writeRef.current = write;
    // A new writer (language, layout change…) shows the current time at once.
    write(clock.currentTdbSec);
  });

  useEffect(() => {
    let frame = 0;
    let lastWriteMs = -Infinity;
    const flush = (nowMs: number): void => {
      frame = 0;
      if (nowMs - lastWriteMs < minIntervalMs) {
        frame = requestAnimationFrame(flush);
        return;
      }
      lastWriteMs = nowMs;
      writeRef.current(clock.currentTdbSec);
    };
    const unsubscribe = clock.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(flush);
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [clock, minIntervalMs]);
}
