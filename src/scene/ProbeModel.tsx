/**
 * Tianwen-2 as a recognisable toy: a gold box, two round ten-sided solar wings facing the Sun (4.7 m across,
 * ephemeris/spacecraft.json), the return capsule on top until it separates; and the capsule alone afterwards.
 * Modelled in metres, scaled so the half-span is 1 (BodyMarker sets the drawn size).
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BoxGeometry, CylinderGeometry, MeshLambertMaterial, type Group } from 'three';
import { BodyMarker } from './BodyMarker.tsx';
import { useSceneRuntime } from './scene-runtime.ts';

const WING_RADIUS_M = 2.35;
const BODY_HALF_M = 1;
const ARM_M = 0.5;
const HALF_SPAN_M = BODY_HALF_M + ARM_M + 2 * WING_RADIUS_M;

function useProbeParts() {
  return useMemo(() => {
    const wing = new CylinderGeometry(WING_RADIUS_M, WING_RADIUS_M, 0.08, 10, 1);
    wing.rotateX(Math.PI / 2);
    return {
      body: new BoxGeometry(2 * BODY_HALF_M, 2 * BODY_HALF_M, 2.2),
      wing,
      arm: new BoxGeometry(ARM_M + 0.2, 0.12, 0.12),
      capsule: new CylinderGeometry(0.22, 0.375, 0.5, 16),
      nozzle: new CylinderGeometry(0.18, 0.4, 0.6, 12, 1, true),
      gold: new MeshLambertMaterial({ color: '#e0b24f', emissive: '#5a4010', emissiveIntensity: 0.6 }),
      panel: new MeshLambertMaterial({ color: '#3d6ee0', emissive: '#1f3c9a', emissiveIntensity: 1 }),
      white: new MeshLambertMaterial({ color: '#f2efe8', emissive: '#555049', emissiveIntensity: 0.6 }),
      dark: new MeshLambertMaterial({ color: '#555a60', emissive: '#1c1f24', emissiveIntensity: 0.6 }),
    };
  }, []);
}

export interface ProbeModelProps {
  /** The capsule leaves the probe here (the capsule track's first sample); null before the path is ready. */
  capsuleSeparationTdbSec: number | null;
}

export function ProbeModel({ capsuleSeparationTdbSec }: ProbeModelProps) {
  const parts = useProbeParts();
  const runtime = useSceneRuntime();
  const capsuleOnBoard = useRef<Group>(null);
  useFrame(() => {
    if (capsuleOnBoard.current) {
      capsuleOnBoard.current.visible = capsuleSeparationTdbSec === null || runtime.tdbSec < capsuleSeparationTdbSec;
    }
  });
  const s = 1 / HALF_SPAN_M;
  const wingX = BODY_HALF_M + ARM_M + WING_RADIUS_M;
  return (
    <>
      <BodyMarker id="probe" faceSun>
        <group scale={[s, s, s]}>
          <mesh geometry={parts.body} material={parts.gold} />
          {[-1, 1].map((side) => (
            <group key={side}>
              <mesh geometry={parts.arm} material={parts.dark} position={[side * (BODY_HALF_M + ARM_M / 2), 0, 0]} />
              <mesh geometry={parts.wing} material={parts.panel} position={[side * wingX, 0, 0]} />
            </group>
          ))}
          <group ref={capsuleOnBoard}>
            <mesh geometry={parts.capsule} material={parts.white} position={[0, BODY_HALF_M + 0.25, 0]} />
          </group>
          <mesh geometry={parts.nozzle} material={parts.dark} position={[0, -BODY_HALF_M - 0.3, 0]} />
        </group>
      </BodyMarker>
      <BodyMarker id="capsule" faceSun>
        <mesh geometry={parts.capsule} material={parts.white} scale={[2.2, 2.2, 2.2]} />
      </BodyMarker>
    </>
  );
}
