/**
 * The parts of the window the panels cover, registered by the panels themselves: names keep clear of them and the
 * overview is framed in the largest area they leave free. The scene reads this registry; it never looks the panels
 * up in the page. An area is a way to measure it (client pixels), not an element, so this layer stays free of the DOM.
 */
export interface AreaBox { left: number; top: number; width: number; height: number }

export interface ScreenArea {
  /** The area's box in client pixels now; null or an empty box while it is hidden. */
  measure(): AreaBox | null;
  /** Whether the overview makes room for it (a panel) or only the names do (a toolbar strip, a corner button). */
  framing: boolean;
}

export interface ScreenAreas {
  register(area: ScreenArea): () => void;
  /** An area moved, appeared or changed size: measured again before the next frame. */
  changed(): void;
  areas(): readonly ScreenArea[];
  subscribe(listener: () => void): () => void;
}

export function createScreenAreas(): ScreenAreas {
  const areas: ScreenArea[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    register(area) {
      areas.push(area);
      notify();
      return () => {
        const i = areas.indexOf(area);
        if (i >= 0) areas.splice(i, 1);
        notify();
      };
    },
    changed: notify,
    areas: () => areas,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one registry. */
export const screenAreas: ScreenAreas = createScreenAreas();
