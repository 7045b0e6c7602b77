/**
 * Faint orbit lines: one period of each planet, Kamoʻoalewa and 311P around the Sun; in the Sun–Earth rotating
 * frame only Kamoʻoalewa's quasi-satellite loops (the planets' lines there would be spirographs, not orbits).
 */
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { useStore } from 'zustand';
import { DAY_S } from '../core/constants.ts';
import type { Track } from '../core/track.ts';
import type { FrameId } from '../state/view-store.ts';
import { BODY_LOOK_BY_ID, type BodyId } from './body-catalog.ts';
import { fatLine, fatLineMaterial, type FatLine } from './fat-line.ts';
import { RelativeLine } from './relative-line.ts';
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

function linesFor(frame: FrameId): BodyId[] {
  return frame === 'heliocentric' ? ['mercury', 'venus', 'earth', 'mars', 'jupiter', 'kamooalewa', '311p'] : ['kamooalewa'];
}

export interface OrbitLinesProps {
  tracks: readonly Track[];
}

export function OrbitLines({ tracks }: OrbitLinesProps) {
  const runtime = useSceneRuntime();
  const frame = useStore(runtime.viewStore, (s) => s.frame);
  const lines = useMemo(() => {
    const byId = new Map(tracks.map((t) => [t.id, t]));
    const earth = byId.get('earth');
    const built: { line: RelativeLine; object: FatLine }[] = [];
    for (const id of linesFor(frame)) {
      const track = byId.get(id);
      const style = LINE_STYLE[id];
      if (!track || !style || (frame !== 'heliocentric' && !earth)) continue;
      const first = track.segments[0]?.tdbSec[0];
      if (first === undefined) continue;
      const periodDays = BODY_LOOK_BY_ID[id].orbitPeriodDays;
      const heliocentric = frame === 'heliocentric';
      const polyline = buildDisplayPolyline(track, {
        frame, earth,
        startTdbSec: first,
        // One period (and a sample more, to close the loop) around the Sun; the whole track co-rotating.
        endTdbSec: heliocentric && periodDays ? first + periodDays * DAY_S * 1.01 : Infinity,
      });
      const line = new RelativeLine(polyline.posKm, polyline.count);
      const material = fatLineMaterial({ widthPx: ORBIT_WIDTH_PX, color: style.color, opacity: heliocentric ? style.opacity : 0.75 });
      const object = fatLine(line.levels[0]!.segments.geometry, material);
      built.push({ line, object });
    }
    return built;
  }, [tracks, frame]);

  useEffect(() => () => {
    for (const { line, object } of lines) {
      line.dispose();
      object.material.dispose();
    }
  }, [lines]);

  useFrame(() => {
    for (const { line, object } of lines) {
      if (line.place(object, runtime.originKm, runtime.cameraDistanceKm)) {
        object.geometry = line.levelFor(runtime.cameraDistanceKm, runtime.kmPerPixelPerKm).segments.geometry;
      }
    }
  });

  return (
    <>
      {lines.map(({ object }, i) => <primitive key={i} object={object} />)}
    </>
  );
}
