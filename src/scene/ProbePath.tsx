/**
 * The probe's planned path coloured by phase: the part already flown bright, the part ahead dim, meeting at the
 * last sample flown (the probe's trail carries on to its exact position); the capsule's own arc; markers at the burns and the Earth flyby (click: jump there).
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { Color } from 'three';
import type { Ephemeris } from '../core/ephemeris.ts';
import type { FrameId } from '../core/view-frame.ts';
import { phaseColor } from '../state/phase-colors.ts';
import type { PropagationResult } from '../core/mission/mission-result.ts';
import { fatLine, fatLineMaterial } from './fat-line.ts';
import { PathMarkers, type PathMarker } from './PathMarkers.tsx';
import { RelativeLine } from './relative-line.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { useSceneRuntime } from './scene-runtime.ts';
import { buildDisplayPolyline, countUpTo, displayPositionAt } from './track-polyline.ts';

const FUTURE_OPACITY = 0.5;
const PAST_WIDTH_PX = 2.2;
const FUTURE_WIDTH_PX = 1.8;
const CAPSULE_COLOR = '#ffd27a';

/** One colour for every point, linear rgb as three holds colours. */
function uniformRgb(css: string, count: number): Float32Array {
  const { r, g, b } = new Color(css);
  const rgb = new Float32Array(3 * Math.max(1, count));
  for (let i = 0; i < count; i++) rgb.set([r, g, b], 3 * i);
  return rgb;
}

function phaseIndexAt(phases: PropagationResult['phases'], tdbSec: number): number {
  let index = 0;
  for (let i = 0; i < phases.length; i++) if (tdbSec >= phases[i]!.startTdbSec) index = i;
  return index;
}

function buildPath(mission: PropagationResult, frame: FrameId, ephemeris: Ephemeris) {
  const polyline = buildDisplayPolyline(ephemeris, 'probe', { frame });
  if (!polyline) return null;
  const colors = new Float32Array(3 * Math.max(1, polyline.count));
  const color = new Color();
  for (let i = 0; i < polyline.count; i++) {
    color.set(phaseColor(phaseIndexAt(mission.phases, polyline.tdbSec[i]!)));
    colors[3 * i] = color.r; colors[3 * i + 1] = color.g; colors[3 * i + 2] = color.b;
  }
  const line = new RelativeLine(polyline.posKm, polyline.count, { tdbSec: polyline.tdbSec, rgb: colors });
  // Per level, a second geometry over the same buffers for the part still ahead.
  const aheads = new Map(line.levels.map((level) => [level, level.segments.share()]));
  const first = line.levels[0]!;
  const past = fatLine(first.segments.geometry, fatLineMaterial({ widthPx: PAST_WIDTH_PX, vertexColors: true }));
  const future = fatLine(aheads.get(first)!, fatLineMaterial({ widthPx: FUTURE_WIDTH_PX, vertexColors: true, opacity: FUTURE_OPACITY }));
  const capsulePolyline = buildDisplayPolyline(ephemeris, 'capsule', { frame });
  // Coloured per vertex like the probe's path, so that both lines share one shader.
  const capsuleLine = capsulePolyline
    ? new RelativeLine(capsulePolyline.posKm, capsulePolyline.count, { rgb: uniformRgb(CAPSULE_COLOR, capsulePolyline.count) })
    : null;
  const capsuleObject = capsuleLine
    ? fatLine(capsuleLine.levels[0]!.segments.geometry, fatLineMaterial({ widthPx: FUTURE_WIDTH_PX, vertexColors: true, opacity: 0.85 }))
    : null;
  const markers: PathMarker[] = [];
  const nearbyEvent = (t: number) => mission.events.find((e) => Math.abs(e.tdbSec - t) < 86_400)?.id ?? null;
  for (const impulse of mission.impulses) {
    const posKm = new Float64Array(3);
    if (displayPositionAt(ephemeris, 'probe', impulse.tdbSec, frame, posKm)) {
      markers.push({ tdbSec: impulse.tdbSec, posKm, eventId: nearbyEvent(impulse.tdbSec), kind: 'burn' });
    }
  }
  for (const event of mission.events) {
    if (!event.id.includes('flyby')) continue;
    const posKm = new Float64Array(3);
    if (displayPositionAt(ephemeris, 'probe', event.tdbSec, frame, posKm)) markers.push({ tdbSec: event.tdbSec, posKm, eventId: event.id, kind: 'flyby' });
  }
  return { line, aheads, past, future, capsuleLine, capsuleObject, markers };
}

export interface ProbePathProps {
  mission: PropagationResult;
  ephemeris: Ephemeris;
}

export function ProbePath({ mission, ephemeris }: ProbePathProps) {
  const runtime = useSceneRuntime();
  const frame = useStore(runtime.viewStore, (s) => s.frame);
  const path = useMemo(() => buildPath(mission, frame, ephemeris), [mission, frame, ephemeris]);

  useEffect(() => {
    if (path) runtime.missionDrawn = true;
    return () => {
      if (!path) return;
      path.line.dispose();
      for (const ahead of path.aheads.values()) ahead.dispose();
      path.capsuleLine?.dispose();
      for (const object of [path.past, path.future, path.capsuleObject]) object?.material.dispose();
    };
  }, [path, runtime]);

  useFramePhase('objects', (frame) => {
    if (!path) return;
    const { originKm, cameraDistanceKm, tdbSec } = frame;
    if (path.line.place(path.past, originKm, cameraDistanceKm)) {
      // Bright up to the last point flown, dim from there on.
      const level = path.line.levelFor(cameraDistanceKm, frame.kmPerPixelPerKm);
      const n = level.indices.length;
      const k = countUpTo(level.tdbSec!, n, tdbSec);
      const ahead = path.aheads.get(level)!;
      level.segments.drawPoints(k);
      level.segments.drawBetween(k - 1, n - 1, ahead);
      path.past.geometry = level.segments.geometry;
      path.future.geometry = ahead;
    }
    path.future.position.copy(path.past.position);
    path.future.visible = path.past.visible;
    if (path.capsuleLine && path.capsuleObject && path.capsuleLine.place(path.capsuleObject, originKm, cameraDistanceKm)) {
      path.capsuleObject.geometry = path.capsuleLine.levelFor(cameraDistanceKm, frame.kmPerPixelPerKm).segments.geometry;
    }
  });

  if (!path) return null;
  return (
    <>
      <primitive object={path.future} />
      <primitive object={path.past} />
      {path.capsuleObject && <primitive object={path.capsuleObject} />}
      <PathMarkers markers={path.markers} />
    </>
  );
}
