/**
 * Body names as HTML over the canvas: crisp at any size, in the current language. Placed each frame beside the
 * drawn body and decluttered by priority (the probe and the Sun win), clear of the HUD's panels, without React
 * renders per frame.
 */
import { useLayoutEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { useStore } from 'zustand';
import { Vector3 } from 'three';
import type { ViewStore } from '../state/view-store.ts';
import { BODIES_BY_LABEL_PRIORITY, bodyName } from '../core/bodies.ts';
import { useHudObstacles } from './hud-obstacles.ts';
import { declutterLabels } from './label-declutter.ts';
import { setRelative, useSceneRuntime, type SceneRuntime } from './scene-runtime.ts';

const ORDERED = BODIES_BY_LABEL_PRIORITY;
const GAP_PX = 5;

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

/** Inside the Canvas: projects, declutters and moves the labels. */
export function LabelPlacer() {
  const runtime = useSceneRuntime();
  const scratch = useMemo(() => ({
    v: new Vector3(),
    boxes: new Float32Array(4 * ORDERED.length),
    leftX: new Float32Array(ORDERED.length),
    wanted: new Uint8Array(ORDERED.length),
    shown: new Uint8Array(ORDERED.length),
    lastX: new Float32Array(ORDERED.length).fill(NaN),
    lastY: new Float32Array(ORDERED.length).fill(NaN),
    lastShown: new Uint8Array(ORDERED.length).fill(2),
    lastOnLeft: new Uint8Array(ORDERED.length).fill(2),
  }), []);

  useFrame(({ camera, size }) => {
    const { v, boxes, leftX, wanted, shown, lastX, lastY, lastShown, lastOnLeft } = scratch;
    for (let i = 0; i < ORDERED.length; i++) {
      const look = ORDERED[i]!;
      const labelSize = runtime.labelSizes[look.id];
      wanted[i] = 0;
      if (!runtime.drawn[look.id] || !labelSize) continue;
      // On the probe's arm camera the probe fills the foreground: its name would sit on the photo.
      if (runtime.probeEye && look.id === 'probe') continue;
      setRelative(v, runtime.bodies.posKm[look.id], runtime.originKm);
      v.project(camera);
      if (v.z > 1 || v.x < -1.1 || v.x > 1.1 || v.y < -1.1 || v.y > 1.1) continue;
      const radiusPx = Math.min(runtime.drawnRadiusPx[look.id], 200);
      const bodyX = (v.x * 0.5 + 0.5) * size.width, offset = radiusPx * 0.75 + GAP_PX;
      const y = (-v.y * 0.5 + 0.5) * size.height - radiusPx * 0.75 - labelSize[1] * 0.6;
      boxes[4 * i] = bodyX + offset; boxes[4 * i + 1] = y; boxes[4 * i + 2] = labelSize[0]; boxes[4 * i + 3] = labelSize[1];
      leftX[i] = bodyX - offset - labelSize[0];
      wanted[i] = 1;
    }
    declutterLabels(boxes, wanted, ORDERED.length, shown, 3, runtime.labelObstacles, leftX, size.width);
    for (let i = 0; i < ORDERED.length; i++) {
      const element = runtime.labelElements[ORDERED[i]!.id];
      if (!element) continue;
      if (shown[i] !== lastShown[i]) {
        element.style.visibility = shown[i] ? 'visible' : 'hidden';
        lastShown[i] = shown[i]!;
      }
      if (!shown[i]) continue;
      // Which side of its body the name took (the browser tests locate bodies by their names).
      const onLeft = boxes[4 * i] === leftX[i] ? 1 : 0;
      if (onLeft !== lastOnLeft[i]) {
        element.dataset.side = onLeft ? 'left' : 'right';
        lastOnLeft[i] = onLeft;
      }
      const x = Math.round(boxes[4 * i]!), y = Math.round(boxes[4 * i + 1]!);
      if (x !== lastX[i] || y !== lastY[i]) {
        element.style.transform = `translate(${x}px, ${y}px)`;
        lastX[i] = x; lastY[i] = y;
      }
    }
  });
  return null;
}
