import { useEffect } from 'react';
import type { Clock } from '../state/clock.ts';

/** Advances the clock on animation frames when no scene does it (the scene ticks it in its own frame loop). */
export function ClockDriver({ clock }: { clock: Clock }) {
  useEffect(() => {
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      if (clock.playing) clock.tick((now - last) / 1000);
      last = now;
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [clock]);
  return null;
}
