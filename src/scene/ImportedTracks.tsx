/**
 * The user's imported trajectories: each drawn as its own line (one run per segment: never joined across a
 * boundary) and a point at the current time, in its file's colour. Reads the one ephemeris like every other body.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Color, MeshBasicMaterial, SphereGeometry, Vector3, type Group } from 'three';
import { debugHooks } from './debug-hooks.ts';
import { useStore } from 'zustand';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { ImportedBodyId } from '../core/imported-track.ts';
import { fatLine, fatLineMaterial } from './fat-line.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { RelativeLine } from './relative-line.ts';
import { placeRelative, useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';

const LINE_WIDTH_PX = 1.5;
const LINE_OPACITY = 0.8;
/** The point is drawn this many pixels across at least (a file says nothing of the object's size). */
const POINT_PIXELS = 7;
const pointGeometry = new SphereGeometry(1, 12, 8);
const ndcScratch = new Vector3();

/**
 * Lines are built from at most this many points (every k-th sample, each segment's first and last kept): a 50 MB
 * file has ~300 000 samples, whose simplification took ~0.3 s of the main thread (bench/import.bench.ts). The
 * point at the current time still reads the full track.
 */
const MAX_LINE_POINTS = 20_000;

function thinSamples(posKm: Float64Array, count: number, segmentStarts: readonly number[]): { posKm: Float64Array; count: number; runStarts: number[] } {
  const stride = Math.ceil(count / MAX_LINE_POINTS);
  if (stride <= 1) return { posKm, count, runStarts: [...segmentStarts] };
  const bounds = [...segmentStarts, count];
  const out: number[] = [];
  const runStarts: number[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const [from, to] = [bounds[s] as number, bounds[s + 1] as number];
    runStarts.push(out.length / 3);
    for (let i = from; i < to; i += stride) out.push(posKm[3 * i]!, posKm[3 * i + 1]!, posKm[3 * i + 2]!);
    if ((to - 1 - from) % stride !== 0) out.push(posKm[3 * (to - 1)]!, posKm[3 * (to - 1) + 1]!, posKm[3 * (to - 1) + 2]!);
  }
  return { posKm: Float64Array.from(out), count: out.length / 3, runStarts };
}

export function ImportedTracks({ ephemeris, colors }: { ephemeris: Ephemeris; colors: ReadonlyMap<ImportedBodyId, string> }) {
  const runtime = useSceneRuntime();
  const frame = useStore(runtime.viewStore, (s) => s.frame);
  const ids = ephemeris.imported();
  const drawn = useMemo(() => ids.flatMap((id) => {
    const samples = ephemeris.samplesIn(id, frame);
    if (!samples || samples.count === 0) return [];
    const color = colors.get(id) ?? '#ffffff';
    const thinned = thinSamples(samples.posKm, samples.count, samples.segmentStarts);
    const line = thinned.count > 1 ? new RelativeLine(thinned.posKm, thinned.count, { runStarts: thinned.runStarts }) : null;
    const material = fatLineMaterial({ widthPx: LINE_WIDTH_PX, opacity: LINE_OPACITY });
    material.color = new Color(color);
    const object = line ? fatLine(line.levels[0]!.segments.geometry, material) : null;
    return [{ id, line, object, pointMaterial: new MeshBasicMaterial({ color }) }];
  }), [ephemeris, frame, ids, colors]);

  useEffect(() => () => {
    for (const d of drawn) {
      d.line?.dispose();
      d.object?.material.dispose();
      d.pointMaterial.dispose();
    }
  }, [drawn]);

  const points = useRef<(Group | null)[]>([]);
  const posKm = useMemo(() => new Float64Array(3), []);
  useFramePhase('objects', (f) => {
    const hooks = debugHooks();
    if (hooks && drawn.length > 0) {
      hooks.imported = {};
      for (const id of [...drawn.map((d) => d.id), 'mars' as const, 'probe' as const]) {
        if (!ephemeris.stateAt(id, f.tdbSec, frame, posKm)) continue;
        ndcScratch.set(posKm[0]! - f.originKm[0]!, posKm[1]! - f.originKm[1]!, posKm[2]! - f.originKm[2]!).divideScalar(KM_PER_UNIT).project(f.view);
        hooks.imported[id] = { posKm: Array.from(posKm), ndc: ndcScratch.toArray() };
      }
    }
    drawn.forEach((d, k) => {
      if (d.line && d.object && d.line.place(d.object, f.originKm, f.cameraDistanceKm)) {
        d.object.geometry = d.line.levelFor(f.cameraDistanceKm, f.kmPerPixelPerKm).segments.geometry;
      }
      const point = points.current[k];
      if (!point) return;
      const ok = ephemeris.stateAt(d.id, f.tdbSec, frame, posKm);
      point.visible = ok;
      if (!ok) return;
      placeRelative(point, posKm, f.originKm);
      const distanceKm = Math.max(1e-6, point.position.distanceTo(f.view.position) * KM_PER_UNIT);
      point.scale.setScalar((POINT_PIXELS / 2) * distanceKm * f.kmPerPixelPerKm / KM_PER_UNIT);
      // Drawn: its name and trail go beside the point (label-placement.ts, Trails.tsx).
      const placed = f.bodies.importedIds.indexOf(d.id);
      if (placed >= 0) f.importedDrawnRadiusPx[placed] = POINT_PIXELS / 2;
    });
  });

  return (
    <>
      {drawn.map((d, k) => (
        <group key={d.id}>
          {d.object && <primitive object={d.object} />}
          <group ref={(g) => { points.current[k] = g; }} name={d.id}>
            <mesh geometry={pointGeometry} material={d.pointMaterial} />
          </group>
        </group>
      ))}
    </>
  );
}
