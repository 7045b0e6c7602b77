/**
 * Body names as HTML over the canvas: crisp at any size, in the current language. The labels phase places them
 * (label-placement.ts); the live loop writes that placement here each frame, without React renders. Imported tracks
 * are named too, from their file's OBJECT_NAME, with the colour of their line.
 */
import { useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import type { ViewStore } from '../state/view-store.ts';
import { BODIES_BY_LABEL_PRIORITY, bodyName } from '../core/bodies.ts';
import type { AnyBodyId } from '../core/body-registry.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import { useHudObstacles } from './hud-obstacles.ts';
import { LABEL_SLOTS, type LabelLayout } from './label-placement.ts';
import type { SceneRuntime } from './scene-runtime.ts';

const ORDERED = BODIES_BY_LABEL_PRIORITY;
/** data-side per LABEL_SIDE code (the browser tests find a body from its name's box and side). */
const SIDE_NAMES = ['right', 'left', 'above', 'below', 'upper-right', 'lower-right', 'upper-left', 'lower-left'] as const;

/** An imported track's name and colour, as its label shows them. */
export interface ImportedLabel {
  id: ImportedBodyId;
  name: string;
  color: string;
}

const NO_IMPORTED: readonly ImportedLabel[] = [];

function labelRef(runtime: SceneRuntime, id: AnyBodyId) {
  return (element: HTMLSpanElement | null) => {
    if (element) runtime.labelElements[id] = element;
    else delete runtime.labelElements[id];
  };
}

/** The label elements, rendered outside the Canvas (plain DOM). */
export function LabelLayer({ runtime, viewStore, imported = NO_IMPORTED }: { runtime: SceneRuntime; viewStore: ViewStore; imported?: readonly ImportedLabel[] }) {
  const language = useStore(viewStore, (s) => s.language);
  const visible = useStore(viewStore, (s) => s.labelsVisible);
  const panelsVisible = useStore(viewStore, (s) => s.panelsVisible);
  useHudObstacles(runtime, panelsVisible);
  useLayoutEffect(() => {
    const ids: AnyBodyId[] = [...ORDERED.map((look) => look.id), ...imported.map((look) => look.id)];
    for (const id of ids) {
      const element = runtime.labelElements[id];
      if (element) runtime.labelSizes[id] = [element.offsetWidth, element.offsetHeight];
    }
    runtime.requestFrame();
  }, [language, runtime, imported]);
  return (
    <div className="scene-labels" aria-hidden="true" style={{ display: visible ? undefined : 'none' }}>
      {ORDERED.map((look) => (
        <span key={look.id} className={`scene-label scene-label-${look.id}`} ref={labelRef(runtime, look.id)}>
          {bodyName(look.id, language)}
        </span>
      ))}
      {imported.map((look) => (
        <span
          key={look.id}
          className="scene-label scene-label-imported"
          data-body={look.id}
          data-testid="imported-label"
          style={{ color: look.color }}
          ref={labelRef(runtime, look.id)}
        >
          {look.name}
        </span>
      ))}
    </div>
  );
}

/** What each canvas's name elements were last given, so unchanged ones are not touched. */
const written = new WeakMap<SceneRuntime, { element: (HTMLElement | null)[]; x: Float32Array; y: Float32Array; shown: Uint8Array; side: Uint8Array }>();

/** Moves the name elements to the screen frame's placement, touching only what changed. */
export function writeLabels(runtime: SceneRuntime, layout: LabelLayout): void {
  let last = written.get(runtime);
  if (!last) {
    const n = LABEL_SLOTS;
    last = {
      element: new Array<HTMLElement | null>(n).fill(null),
      x: new Float32Array(n).fill(NaN), y: new Float32Array(n).fill(NaN), shown: new Uint8Array(n).fill(2), side: new Uint8Array(n).fill(255),
    };
    written.set(runtime, last);
  }
  for (let i = 0; i < LABEL_SLOTS; i++) {
    const id = layout.ids[i];
    const element = id ? runtime.labelElements[id] : undefined;
    if (!element) continue;
    // A slot now names another element (an imported file was added or removed): write it all afresh.
    if (element !== last.element[i]) {
      last.element[i] = element;
      last.shown[i] = 2; last.side[i] = 255; last.x[i] = NaN; last.y[i] = NaN;
    }
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
