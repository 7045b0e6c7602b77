/**
 * Registers a panel's element as covering the scene (src/state/screen-areas.ts) while it is mounted, and tells the
 * registry whenever it resizes, shows or hides, so the names and the framing make room the frame it changes.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { screenAreas as defaultAreas, type ScreenAreas } from '../state/screen-areas.ts';

export function useScreenArea(ref: RefObject<Element | null>, framing = true, areas: ScreenAreas = defaultAreas): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const unregister = areas.register({
      framing,
      measure: () => {
        const box = element.getBoundingClientRect();
        return { left: box.left, top: box.top, width: box.width, height: box.height };
      },
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => areas.changed());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      unregister();
    };
  }, [ref, framing, areas]);
}

/** The same as a ref callback (React 19 runs its cleanup on detach), for elements shown only some of the time. */
function screenAreaRef(framing: boolean, areas: ScreenAreas = defaultAreas) {
  return (element: Element | null) => {
    if (!element) return undefined;
    const unregister = areas.register({
      framing,
      measure: () => {
        const box = element.getBoundingClientRect();
        return { left: box.left, top: box.top, width: box.width, height: box.height };
      },
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => areas.changed());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      unregister();
    };
  };
}

/** A panel: the names keep clear of it and the overview is framed beside it. */
export const panelArea = screenAreaRef(true);
/** A strip or corner button over the sky: the names keep clear of it, the framing does not move for it. */
export const overlayArea = screenAreaRef(false);
