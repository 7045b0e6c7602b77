/**
 * Diamonds where the probe burns and where it flies past the Earth, a few pixels across at any zoom; clicking one
 * jumps the clock there and opens its event. One instanced mesh: one draw for all of them.
 */
import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { Color, InstancedMesh, MeshBasicMaterial, Object3D, OctahedronGeometry } from 'three';
import { displayRadiusKm } from './pixel-size.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { placeRelative, useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';

export interface PathMarker {
  tdbSec: number;
  posKm: Float64Array;
  eventId: string | null;
  kind: 'burn' | 'flyby';
}

const MARKER_PIXELS = 4.5;
const COLORS: Record<PathMarker['kind'], Color> = { burn: new Color('#fff3c4'), flyby: new Color('#7fd4ff') };
const geometry = new OctahedronGeometry(1, 0);

export function PathMarkers({ markers }: { markers: readonly PathMarker[] }) {
  const runtime = useSceneRuntime();
  const mesh = useMemo(() => {
    const instanced = new InstancedMesh(geometry, new MeshBasicMaterial(), Math.max(1, markers.length));
    instanced.count = markers.length;
    markers.forEach((marker, i) => instanced.setColorAt(i, COLORS[marker.kind]));
    instanced.frustumCulled = false;
    return instanced;
  }, [markers]);
  useEffect(() => () => {
    mesh.material.dispose();
    mesh.dispose();
  }, [mesh]);
  const placer = useMemo(() => new Object3D(), []);
  // Camera position, floating origin and pixel scale the instances were last placed for: markers stand still, so
  // while the view does not move (playing in the overview) there is nothing to redo.
  const placedFor = useMemo(() => new Float64Array(7).fill(NaN), [mesh]);

  useFramePhase('objects', (frame) => {
    const camera = frame.view;
    const { x, y, z } = camera.position;
    const origin = frame.originKm;
    if (placedFor[0] === x && placedFor[1] === y && placedFor[2] === z && placedFor[3] === origin[0]
      && placedFor[4] === origin[1] && placedFor[5] === origin[2] && placedFor[6] === frame.kmPerPixelPerKm) return;
    placedFor[0] = x; placedFor[1] = y; placedFor[2] = z;
    placedFor[3] = origin[0]!; placedFor[4] = origin[1]!; placedFor[5] = origin[2]!;
    placedFor[6] = frame.kmPerPixelPerKm;
    for (let i = 0; i < markers.length; i++) {
      placeRelative(placer, markers[i]!.posKm, frame.originKm);
      const kmPerPx = placer.position.distanceTo(camera.position) * KM_PER_UNIT * frame.kmPerPixelPerKm;
      placer.scale.setScalar(displayRadiusKm(0, MARKER_PIXELS, kmPerPx, true) / KM_PER_UNIT);
      placer.updateMatrix();
      mesh.setMatrixAt(i, placer.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    // Picking tests the instances' bounding sphere first: recomputed from the moved instances when next needed.
    mesh.boundingSphere = null;
  });

  const jump = (event: ThreeEvent<MouseEvent>) => {
    const marker = event.instanceId === undefined ? undefined : markers[event.instanceId];
    if (!marker) return;
    event.stopPropagation();
    runtime.clock.pause();
    runtime.clock.seek(marker.tdbSec);
    if (marker.eventId) runtime.viewStore.getState().select(marker.eventId);
  };
  return (
    <primitive
      object={mesh}
      onClick={jump}
      onPointerOver={() => { document.body.style.cursor = 'pointer'; }}
      onPointerOut={() => { document.body.style.cursor = ''; }}
    />
  );
}
