/**
 * One body placed at its floating-origin position each frame, drawn at its true radius or at least `minPixels`
 * (exaggerated), with a larger invisible hit sphere so a click on a 4-pixel planet still lands.
 * Children are modelled with radius 1.
 */
import { useRef, type ReactNode } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { MeshBasicMaterial, SphereGeometry, Vector3, type Group, type Mesh } from 'three';
import { BODY_BY_ID, type BodyId } from '../core/bodies.ts';
import { displayRadiusKm } from './pixel-size.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { placeRelative, setRelative, useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';

const HIT_MIN_PIXELS = 10;
const hitGeometry = new SphereGeometry(1, 8, 6);
const hitMaterial = new MeshBasicMaterial({ visible: false });
const sunScratch = new Vector3();
const worldScratch = new Vector3();
const headingScratch = new Vector3();
const DOWN = new Vector3(0, -1, 0);
const relPos = new Float64Array(3), relVel = new Float64Array(3);

export interface BodyMarkerProps {
  id: BodyId;
  children: ReactNode;
  /** Turn the model so its local +z faces the Sun (solar wings; comet tails point along -z). */
  faceSun?: boolean;
  /**
   * Turn the model so its local −y (the capsule's heat shield) leads along its velocity relative to this body,
   * where it has one; else as faceSun says.
   */
  headingFrom?: BodyId;
  /** Hidden while it would sit inside this body's drawn disc (the Moon beside an exaggerated Earth). */
  hideInside?: BodyId;
  /** Spin period, seconds (not with faceSun; applied only at slow play rates). */
  spinPeriodSec?: number;
  onSelect?: (id: BodyId) => void;
}

export function BodyMarker({ id, children, faceSun, headingFrom, hideInside, spinPeriodSec, onSelect }: BodyMarkerProps) {
  const runtime = useSceneRuntime();
  const outer = useRef<Group>(null);
  const inner = useRef<Group>(null);
  const hit = useRef<Mesh>(null);
  const look = BODY_BY_ID[id];

  useFramePhase('bodies', (frame) => {
    const group = outer.current;
    const model = inner.current;
    if (!group || !model || !hit.current) return;
    const { bodies, originKm, view: camera } = frame;
    let visible = bodies.valid[id];
    if (visible) {
      placeRelative(group, bodies.posKm[id], originKm);
      const distanceKm = Math.max(1e-6, group.position.distanceTo(camera.position) * KM_PER_UNIT);
      const kmPerPx = distanceKm * frame.kmPerPixelPerKm;
      const minPixels = frame.minPixelsOverride ?? look.minPixels;
      const radiusKm = displayRadiusKm(look.radiusKm, minPixels, kmPerPx, frame.exaggerated);
      model.scale.setScalar(radiusKm / KM_PER_UNIT);
      hit.current.scale.setScalar(Math.max(radiusKm, HIT_MIN_PIXELS * kmPerPx) / KM_PER_UNIT);
      frame.drawnRadiusPx[id] = radiusKm / kmPerPx;
      if (hideInside && bodies.valid[hideInside]) {
        const a = bodies.posKm[id], b = bodies.posKm[hideInside];
        const separationPx = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!) / kmPerPx;
        visible = separationPx > 1.4 * (frame.drawnRadiusPx[hideInside] + frame.drawnRadiusPx[id]);
      }
      if (headingFrom && bodies.ephemeris.stateAt(id, frame.tdbSec, frame.frame, relPos, relVel, headingFrom)
        && headingScratch.set(relVel[0]!, relVel[1]!, relVel[2]!).lengthSq() > 0) {
        model.quaternion.setFromUnitVectors(DOWN, headingScratch.normalize());
      } else if (faceSun) {
        setRelative(sunScratch, bodies.posKm.sun, originKm);
        group.getWorldPosition(worldScratch);
        if (worldScratch.distanceToSquared(sunScratch) > 0) model.lookAt(sunScratch);
      }
      // Spinning at a month per second would only flicker: the rock holds still at fast rates.
      else if (spinPeriodSec && Math.abs(frame.rateSPerS) <= 3600) {
        model.rotation.set(0.5, ((frame.tdbSec % spinPeriodSec) / spinPeriodSec) * Math.PI * 2, 0.25);
      }
    }
    group.visible = visible;
    frame.drawn[id] = visible;
  });

  const handleClick = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > 6) return;
    event.stopPropagation();
    if (onSelect) onSelect(id);
    else {
      const view = runtime.viewStore.getState();
      view.select(id);
      view.focus(id);
    }
  };

  return (
    <group ref={outer} name={id}>
      <group ref={inner}>{children}</group>
      <mesh ref={hit} geometry={hitGeometry} material={hitMaterial} onClick={handleClick} />
    </group>
  );
}
