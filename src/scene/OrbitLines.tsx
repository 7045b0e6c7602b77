/**
 * Faint orbit lines: one period of each planet, Kamoʻoalewa and 311P around the Sun; in the Sun–Earth rotating
 * frame only Kamoʻoalewa's quasi-satellite loops (the planets' lines there would be spirographs, not orbits).
 * All of them are one line of separate runs, drawn at once (each draw costs the page ~70 µs of JS in software
 * WebGL, measured): colour per point, and the one opacity shared by scaling each orbit's colour by its own
 * opacity over the largest, which gives the same light on the dark sky.
 */
import { useEffect, useMemo } from 'react';
import { Color } from 'three';
import { useStore } from 'zustand';
import { DAY_S } from '../core/constants.ts';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { FrameId } from '../state/view-store.ts';
import { BODIES, BODY_BY_ID, type BodyId, type BodyKind } from '../core/bodies.ts';
import { fatLine, fatLineMaterial } from './fat-line.ts';
import { RelativeLine } from './relative-line.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { useSceneRuntime } from './scene-runtime.ts';
import { buildDisplayPolyline } from './track-polyline.ts';

const LINE_STYLE: Partial<Record<BodyId, { color: string; opacity: number }>> = {
  mercury: { color: '#8d8780', opacity: 0.4 },
  venus: { color: '#d9c48f', opacity: 0.4 },
  earth: { color: '#5c9cff', opacity: 0.55 },
  mars: { color: '#e07a50', opacity: 0.45 },
  jupiter: { color: '#cfae7f', opacity: 0.4 },
  kamooalewa: { color: '#e2b98f', opacity: 0.6 },
  '311p': { color: '#8fb8e8', opacity: 0.55 },
};

const ORBIT_WIDTH_PX = 1.5;

/** Bodies that go round the Sun get an orbit line; co-rotating with the Earth, only Kamoʻoalewa's loop is drawn. */
const SUN_ORBITING: readonly BodyKind[] = ['planet', 'asteroid', 'comet'];
const HELIOCENTRIC_LINES = BODIES.filter((body) => SUN_ORBITING.includes(body.kind)).map((body) => body.id);

function linesFor(frame: FrameId): readonly BodyId[] {
  return frame === 'heliocentric' ? HELIOCENTRIC_LINES : ['kamooalewa'];
}

export interface OrbitLinesProps {
  ephemeris: Ephemeris;
}

export function OrbitLines({ ephemeris }: OrbitLinesProps) {
  const runtime = useSceneRuntime();
  const frame = useStore(runtime.viewStore, (s) => s.frame);
  const orbits = useMemo(() => {
    const heliocentric = frame === 'heliocentric';
    const runs: { posKm: Float64Array; count: number; color: string; opacity: number }[] = [];
    for (const id of linesFor(frame)) {
      const style = LINE_STYLE[id];
      const first = ephemeris.coverage(id)?.startTdbSec;
      if (!style || first === undefined) continue;
      const periodDays = BODY_BY_ID[id].orbitPeriodDays;
      const polyline = buildDisplayPolyline(ephemeris, id, {
        frame,
        startTdbSec: first,
        // One period (and a sample more, to close the loop) around the Sun; the whole track co-rotating.
        endTdbSec: heliocentric && periodDays ? first + periodDays * DAY_S * 1.01 : Infinity,
      });
      if (polyline && polyline.count > 1) runs.push({ posKm: polyline.posKm, count: polyline.count, color: style.color, opacity: heliocentric ? style.opacity : 0.75 });
    }
    if (runs.length === 0) return null;
    const total = runs.reduce((n, run) => n + run.count, 0);
    const posKm = new Float64Array(3 * total);
    const rgb = new Float32Array(3 * total);
    const opacity = Math.max(...runs.map((run) => run.opacity));
    const runStarts: number[] = [];
    const color = new Color();
    let at = 0;
    for (const run of runs) {
      runStarts.push(at);
      posKm.set(run.posKm.subarray(0, 3 * run.count), 3 * at);
      // Blending happens on sRGB-encoded output: scale there, so colour × shared opacity = colour × own opacity.
      color.set(run.color).convertLinearToSRGB().multiplyScalar(run.opacity / opacity).convertSRGBToLinear();
      for (let i = at; i < at + run.count; i++) rgb.set([color.r, color.g, color.b], 3 * i);
      at += run.count;
    }
    const line = new RelativeLine(posKm, total, { rgb, runStarts });
    const material = fatLineMaterial({ widthPx: ORBIT_WIDTH_PX, vertexColors: true, opacity });
    return { line, object: fatLine(line.levels[0]!.segments.geometry, material) };
  }, [ephemeris, frame]);

  useEffect(() => () => {
    orbits?.line.dispose();
    orbits?.object.material.dispose();
  }, [orbits]);

  useFramePhase('objects', (frame) => {
    if (orbits && orbits.line.place(orbits.object, frame.originKm, frame.cameraDistanceKm)) {
      orbits.object.geometry = orbits.line.levelFor(frame.cameraDistanceKm, frame.kmPerPixelPerKm).segments.geometry;
    }
  });

  return orbits ? <primitive object={orbits.object} /> : null;
}
