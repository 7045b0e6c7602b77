/**
 * Body names as HTML over the canvas: crisp at any size, in the current language. The labels phase places them
 * (label-placement.ts); the live loop writes that placement here each frame, without React renders.
 */
import { useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import type { ViewStore } from '../state/view-store.ts';
import { BODIES_BY_LABEL_PRIORITY, bodyName } from '../core/bodies.ts';
import { useHudObstacles } from './hud-obstacles.ts';
import type { LabelLayout } from './label-placement.ts';
import type { SceneRuntime } from './scene-runtime.ts';

const ORDERED = BODIES_BY_LABEL_PRIORITY;
/** data-side per LABEL_SIDE code (the browser tests find a body from its name's box and side). */
const SIDE_NAMES = ['right', 'left', 'above', 'below', 'upper-right', 'lower-right', 'upper-left', 'lower-left'] as const;

/** The label elements, rendered outside the Canvas (plain DOM). */
export function LabelLayer({ runtime, viewStore }: { runtime: SceneRuntime; viewStore: ViewStore }) {
  const language = useStore(viewStore, (s) => s.language);
  const visible = useStore(viewStore, (s) => s.labelsVisible);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  useHudObstacles(runtime, panelsVisible);
  useLayoutEffect(() => {
    for (const look of ORDERED) {
      const element = runtime.labelElements[look.id];
      if (element) runtime.labelSizes[look.id] = [element.offsetWidth, element.offsetHeight];
    }
  }, [language, runtime]);
  return (
    <div className="scene-labels" aria-hidden="true" style={{ display: visible ? undefined : 'none' }}>
      {ORDERED.map((look) => (
        <span
          key={look.id}
          className={`scene-label scene-label-${look.id}`}
          ref={(element) => {
            if (element) runtime.labelElements[look.id] = element;
            else delete runtime.labelElements[look.id];
          }}
        >
          {bodyName(look.id, language)}
        </span>
      ))}
    </div>
  );
}

/** What each canvas's name elements were last given, so unchanged ones are not touched. */
const written = new WeakMap<SceneRuntime, { x: Float32Array; y: Float32Array; shown: Uint8Array; side: Uint8Array }>();

/** Moves the name elements to the screen frame's placement, touching only what changed. */
export function writeLabels(runtime: SceneRuntime, layout: LabelLayout): void {
  let last = written.get(runtime);
  if (!last) {
    const n = ORDERED.length;
    last = { x: new Float32Array(n).fill(NaN), y: new Float32Array(n).fill(NaN), shown: new Uint8Array(n).fill(2), side: new Uint8Array(n).fill(255) };
    written.set(runtime, last);
  }
  for (let i = 0; i < ORDERED.length; i++) {
    const element = runtime.labelElements[ORDERED[i]!.id];
    if (!element) continue;
    const shown = layout.shown[i]!;
    if (shown !== last.shown[i]) {
      element.style.visibility = shown ? 'visible' : 'hidden';
      last.shown[i] = shown;
    }
    if (!shown) continue;
    // Which side of its body the name took (the browser tests locate bodies by their names).
    const side = layout.side[i]!;
    if (side !== last.side[i]) {
      element.dataset.side = SIDE_NAMES[side] ?? 'right';
      last.side[i] = side;
    }
    const x = Math.round(layout.boxes[4 * i]!), y = Math.round(layout.boxes[4 * i + 1]!);
    if (x !== last.x[i] || y !== last.y[i]) {
      element.style.transform = `translate(${x}px, ${y}px)`;
      last.x[i] = x; last.y[i] = y;
    }
  }
}
