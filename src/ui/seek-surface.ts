/**
 * What the timeline and the distance plot share: dragging across a time axis seeks the clock (pausing it while the
 * pointer is down and resuming after), and the slider keys step through events and time.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { DAY_S } from '../core/constants.ts';
import type { Clock } from '../state/clock.ts';
import { stepToEvent, type ArriveAt } from '../state/event-stepping.ts';

export interface SeekDragOptions {
  /** The time under the pointer, or null when the surface has no size yet. */
  timeAtClientX(clientX: number): number | null;
  onDragStart?(): void;
  onDragEnd?(event: PointerEvent<HTMLElement>): void;
}

export function useSeekDrag(clock: Clock, options: SeekDragOptions) {
  const drag = useRef<{ resume: boolean } | null>(null);
  const seekTo = (clientX: number) => {
    const tdbSec = options.timeAtClientX(clientX);
    if (tdbSec !== null) clock.seek(tdbSec);
  };
  return {
    dragging: () => drag.current !== null,
    onPointerDown(event: PointerEvent<HTMLElement>): void {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      if (options.timeAtClientX(event.clientX) === null) return;
      drag.current = { resume: clock.playing };
      options.onDragStart?.();
      clock.pause();
      event.currentTarget.setPointerCapture(event.pointerId);
      seekTo(event.clientX);
    },
    onPointerMove(event: PointerEvent<HTMLElement>): void {
      if (drag.current) seekTo(event.clientX);
    },
    endDrag(event: PointerEvent<HTMLElement>): void {
      const current = drag.current;
      if (!current) return;
      drag.current = null;
      if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
      options.onDragEnd?.(event);
      if (current.resume) clock.play();
    },
  };
}

/** ←/→ previous/next event, ↑/↓ ±`smallStepSec`, PgUp/PgDn ±30 days, Home/End: the slider keys of a time axis. */
export function seekByKey(event: KeyboardEvent<HTMLElement>, clock: Clock, eventTimes: readonly number[], smallStepSec: number, arrive?: ArriveAt): void {
  const t = clock.currentTdbSec;
  switch (event.key) {
    case 'ArrowLeft': stepToEvent(clock, eventTimes, -1, arrive); break;
    case 'ArrowRight': stepToEvent(clock, eventTimes, 1, arrive); break;
    case 'ArrowDown': clock.seek(t - smallStepSec); break;
    case 'ArrowUp': clock.seek(t + smallStepSec); break;
    case 'PageDown': clock.seek(t - 30 * DAY_S); break;
    case 'PageUp': clock.seek(t + 30 * DAY_S); break;
    case 'Home': clock.seek(clock.startTdbSec); break;
    case 'End': clock.seek(clock.stopTdbSec); break;
    default: return;
  }
  event.preventDefault();
}
