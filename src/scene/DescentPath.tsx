/**
 * The probe's sampling descent drawn beside Kamoʻoalewa: the event's whole path (down the Sun line from the
 * standoff to the surface, the time there, the climb back) taken relative to the rock at each of its times and
 * hung on the rock where it is now, so a close-up sees the track the probe follows to the surface. Bright where the
 * probe has been, faint where it is still to go. Read from the one ephemeris, which places the probe by the stay's
 * body-relative path (core/proximity/proximity-arc.ts).
 */
import { useEffect, useMemo } from 'react';
import { Color, Vector3 } from 'three';
import type { Ephemeris } from '../core/ephemeris.ts';
import { fatLine, PolylineSegments, uniformPointsMaterial } from './fat-line.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { descentLineShown, descentLineSpan, descentVertexPassed, descentVertexTime } from './close-up-lines.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { debugHooks } from './debug-hooks.ts';

/** As many as a trail's: the same uniform-points program, no second compile. */
const VERTICES = 96;
const WIDTH_PX = 2.4;
const COLOR = '#ffd38a';
/** The part still to be flown, as a share of the full colour (additive: darker is fainter). */
const AHEAD = 0.28;
const ndcScratch = new Vector3();

export function DescentPath({ ephemeris }: { ephemeris: Ephemeris }) {
  const setup = useMemo(() => {
    const segments = new PolylineSegments(VERTICES, 'uniform');
    const line = uniformPointsMaterial({ widthPx: WIDTH_PX, vertexColors: true, additive: true }, VERTICES);
    const object = fatLine(segments.geometry, line.material);
    object.visible = false;
    return { segments, points: line.points, material: line.material, object, colors: new Float32Array(3 * VERTICES), color: new Color(COLOR), rel: new Float64Array(3), centre: new Float64Array(3), lastSplit: -1 };
  }, []);

  useEffect(() => () => {
    setup.segments.dispose();
    setup.material.dispose();
  }, [setup]);

  useFramePhase('objects', (frame) => {
    const { object, points, rel, centre } = setup;
    object.visible = false;
    const hooks = debugHooks();
    if (hooks) hooks.descent = null;
    const stay = ephemeris.stayPath();
    if (!descentLineShown(stay, frame.focusId, frame.cameraDistanceKm, frame.probeEye)) return;
    const span = descentLineSpan(stay, frame.tdbSec);
    if (!span || !stay) return;
    if (!ephemeris.stateAt(stay.centre, frame.tdbSec, frame.frame, centre)) return;
    const { originKm } = frame;
    // Uniform in time, the eased glides put the vertices closest together near the surface, where the camera is.
    for (let i = 0; i < VERTICES; i++) {
      const t = descentVertexTime(span, i, VERTICES);
      if (!ephemeris.stateAt('probe', t, frame.frame, rel, undefined, stay.centre)) return;
      for (let k = 0; k < 3; k++) points[3 * i + k] = ((centre[k] as number) + (rel[k] as number) - (originKm[k] as number)) / KM_PER_UNIT;
    }
    // Colours change only when the probe passes a vertex.
    const split = descentVertexPassed(span, frame.tdbSec, VERTICES);
    if (split !== setup.lastSplit) {
      for (let i = 0; i < VERTICES; i++) {
        const a = i <= split ? 0.95 : AHEAD * 0.95;
        setup.colors[3 * i] = setup.color.r * a; setup.colors[3 * i + 1] = setup.color.g * a; setup.colors[3 * i + 2] = setup.color.b * a;
      }
      setup.segments.writeColors(setup.colors, VERTICES);
      setup.lastSplit = split;
    }
    object.visible = true;
    if (hooks && ephemeris.stateAt('probe', frame.tdbSec, frame.frame, rel, undefined, stay.centre)) {
      const ndc = (x: number, y: number, z: number) => ndcScratch.set(x, y, z).project(frame.view).toArray();
      const at = (i: number) => ndc(points[3 * i]!, points[3 * i + 1]!, points[3 * i + 2]!);
      const c = [0, 1, 2].map((k) => ((centre[k] as number) - (originKm[k] as number)) / KM_PER_UNIT) as [number, number, number];
      hooks.descent = {
        probeFromCentreKm: Math.hypot(rel[0]!, rel[1]!, rel[2]!),
        topNdc: at(0), footNdc: at(VERTICES / 2 - 1),
        probeNdc: ndc(c[0] + rel[0]! / KM_PER_UNIT, c[1] + rel[1]! / KM_PER_UNIT, c[2] + rel[2]! / KM_PER_UNIT),
        centreNdc: ndc(...c),
      };
    }
  });

  return <primitive object={setup.object} />;
}
