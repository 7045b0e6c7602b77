/**
 * The museum kiosk: the tour loops unattended; any touch, click, key or wheel pauses it where it is, and after
 * `idleMs` without input everything opened is closed and the tour starts over from its first chapter.
 */
import { useEffect } from 'react';
import type { TourPlayer } from '../state/story/tour-player.ts';
import type { ViewStore } from '../state/view-store.ts';

export const KIOSK_IDLE_MS = 60_000;
const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useKiosk(enabled: boolean, tour: TourPlayer | null, viewStore: ViewStore, idleMs = KIOSK_IDLE_MS): void {
  useEffect(() => {
    if (!enabled || !tour) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const restart = () => {
      timer = null;
      viewStore.setState({ helpOpen: false, eventListOpen: false, selectedId: null, panelsVisible: true });
      tour.start(0, { loop: true });
    };
    const onInput = () => {
      // The tour's own buttons act first (a tap on "next" moves on, then holds there).
      queueMicrotask(() => tour.pause());
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(restart, idleMs);
    };
    for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
      if (timer !== null) clearTimeout(timer);
    };
  }, [enabled, tour, viewStore, idleMs]);
}
