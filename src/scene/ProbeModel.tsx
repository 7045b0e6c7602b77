/**
 * Tianwen-2 as a recognisable toy: a gold box, two round ten-sided solar wings facing the Sun (4.7 m across,
 * ephemeris/spacecraft.json), the return capsule on top until it separates; and the capsule alone afterwards.
 * Modelled in metres, scaled so the half-span is 1 (BodyMarker sets the drawn size). The probe's-eye views,
 * metres away, add the flag on the deck and the wings' cells, roll the probe towards their subject and lean the
 * body on its wing axis so the deck catches the Sun.
 */
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { CylinderGeometry, Matrix4, MeshLambertMaterial, PlaneGeometry, SphereGeometry, Vector3, type Group, type Mesh } from 'three';
import { BodyMarker } from './BodyMarker.tsx';
import { chineseFlagTexture } from './flag-texture.ts';
import { DECK_SUN_TILT_RAD } from '../state/camera/probe-eye.ts';
import {
  BODY_HALF_M, FINISHES, HALF_SPAN_M, mergedProbeGeometry, probePartGeometries, PROBE_LAYOUT, type Finish, type PlacedPart,
} from './probe-layout.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { useSceneRuntime } from './scene-runtime.ts';
import { goldFoilTexture } from './foil-texture.ts';
import { solarCellTexture } from './solar-cell-texture.ts';
import { vertexEmissiveLambert } from './vertex-emissive-material.ts';

function useProbeParts() {
  return useMemo(() => {
    const geometries = probePartGeometries();
    const finishes = Object.fromEntries(Object.entries(FINISHES).map(([name, look]) => [name, new MeshLambertMaterial(look)])) as Record<Finish, MeshLambertMaterial>;
    return { geometries, finishes, merged: mergedProbeGeometry(geometries), mergedMaterial: vertexEmissiveLambert() };
  }, []);
}

/** Seen from metres away the wings need their cells and the body its foil: built the first time a probe's-eye view asks. */
function useCloseUpMaterials(wanted: boolean): { panel: MeshLambertMaterial; foil: MeshLambertMaterial } | null {
  const materials = useRef<{ panel: MeshLambertMaterial; foil: MeshLambertMaterial } | null>(null);
  if (wanted && !materials.current) {
    const cells = solarCellTexture();
    const foil = goldFoilTexture();
    materials.current = {
      panel: new MeshLambertMaterial({ map: cells, emissiveMap: cells, emissive: '#ffffff', emissiveIntensity: 0.3 }),
      foil: new MeshLambertMaterial({ map: foil, emissiveMap: foil, emissive: '#ffffff', emissiveIntensity: 0.25 }),
    };
  }
  return wanted ? materials.current : null;
}

/**
 * Close-up hardware (only drawn in the probe's-eye views): a high-gain dish on the +z face, a folded sampling arm
 * on the deck, and the four anchoring legs of the "anchor-and-attach" sampler under the body (CAST's sampling methods, cloud.kepuchina.cn 2025).
 * Layout illustrative: CNSA has published no drawings.
 */
function CloseUpHardware({ white, dark }: { white: MeshLambertMaterial; dark: MeshLambertMaterial }) {
  const parts = useMemo(() => {
    const dish = new SphereGeometry(0.55, 24, 8, 0, Math.PI * 2, 0, 0.55);
    dish.rotateX(Math.PI / 2);
    return {
      dish,
      mast: new CylinderGeometry(0.04, 0.04, 0.35, 8),
      armSegment: new CylinderGeometry(0.035, 0.035, 1, 8),
      joint: new SphereGeometry(0.07, 10, 8),
      leg: new CylinderGeometry(0.03, 0.05, 0.9, 8),
      foot: new CylinderGeometry(0.12, 0.12, 0.03, 12),
    };
  }, []);
  const legs: [number, number][] = [[0.7, 0.7], [-0.7, 0.7], [0.7, -0.7], [-0.7, -0.7]];
  return (
    <>
      <mesh geometry={parts.mast} material={dark} position={[0, 0.2, 1.25]} rotation={[Math.PI / 2, 0, 0]} />
      <mesh geometry={parts.dish} material={white} position={[0, 0.2, 1.42]} />
      <mesh geometry={parts.joint} material={dark} position={[0.6, BODY_HALF_M + 0.07, -0.6]} />
      <mesh geometry={parts.armSegment} material={white} position={[0.6, BODY_HALF_M + 0.5, -0.6]} />
      <mesh geometry={parts.joint} material={dark} position={[0.6, BODY_HALF_M + 1.0, -0.6]} />
      <mesh geometry={parts.armSegment} material={white} position={[0.35, BODY_HALF_M + 1.0, -0.2]} rotation={[0.9, 0, 0.5]} />
      {legs.map(([x, z]) => (
        <group key={`${x},${z}`}>
          <mesh geometry={parts.leg} material={dark} position={[x * 1.1, -BODY_HALF_M - 0.35, z * 1.1]} rotation={[-z * 0.35, 0, x * 0.35]} />
          <mesh geometry={parts.foot} material={dark} position={[x * 1.28, -BODY_HALF_M - 0.78, z * 1.28]} />
        </group>
      ))}
    </>
  );
}

/** 0.6 × 0.4 m, lying on the deck next to the capsule, its top edge towards +x (the subject's side). */
const FLAG_WIDTH_M = 0.6;
const FLAG_POSITION_M: [number, number, number] = [-0.5, BODY_HALF_M + 0.004, 0.45];

function DeckFlag() {
  const flag = useMemo(() => {
    const geometry = new PlaneGeometry(FLAG_WIDTH_M, (FLAG_WIDTH_M * 2) / 3);
    geometry.applyMatrix4(new Matrix4().makeBasis(new Vector3(0, 0, 1), new Vector3(1, 0, 0), new Vector3(0, 1, 0)));
    const map = chineseFlagTexture();
    return { geometry, material: new MeshLambertMaterial({ map, emissiveMap: map, emissive: '#ffffff', emissiveIntensity: 0.35 }) };
  }, []);
  return <mesh geometry={flag.geometry} material={flag.material} position={FLAG_POSITION_M} />;
}

export interface ProbeModelProps {
  /** The capsule leaves the probe here (the capsule track's first sample); null before the path is ready. */
  capsuleSeparationTdbSec: number | null;
}

export function ProbeModel({ capsuleSeparationTdbSec }: ProbeModelProps) {
  const parts = useProbeParts();
  const runtime = useSceneRuntime();
  const capsuleOnBoard = useRef<Group>(null);
  const merged = useRef<Mesh>(null);
  const roll = useRef<Group>(null);
  const body = useRef<Group>(null);
  const probeEye = useStore(runtime.viewStore, (state) => state.cameraMode !== 'orbit');
  const closeUp = useCloseUpMaterials(probeEye);
  useFramePhase('objects', (frame) => {
    if (roll.current) roll.current.rotation.z = frame.probeRollRad;
    if (body.current) body.current.rotation.x = frame.probeEye ? DECK_SUN_TILT_RAD : 0;
    const onBoard = capsuleSeparationTdbSec === null || frame.tdbSec < capsuleSeparationTdbSec;
    if (capsuleOnBoard.current) capsuleOnBoard.current.visible = onBoard;
    merged.current?.geometry.setDrawRange(0, onBoard ? Infinity : parts.merged.indicesWithoutCapsule);
  });
  const materialOf = ({ part, finish }: PlacedPart) => {
    if (part === 'body') return closeUp?.foil ?? parts.finishes.gold;
    if (part === 'wing') return closeUp?.panel ?? parts.finishes.panel;
    return parts.finishes[finish];
  };
  const partMesh = (placed: PlacedPart) => {
    const mesh = <mesh key={placed.position.join()} geometry={parts.geometries[placed.part]} material={materialOf(placed)} position={placed.position} />;
    return placed.part === 'capsule' ? <group key="capsule" ref={capsuleOnBoard}>{mesh}</group> : mesh;
  };
  const s = 1 / HALF_SPAN_M;
  return (
    <>
      <BodyMarker id="probe" faceSun>
        <group ref={roll} scale={[s, s, s]}>
          {probeEye ? (
            <>
              <group ref={body}>
                {PROBE_LAYOUT.filter((p) => p.onBody).map(partMesh)}
                <DeckFlag />
                {closeUp && <CloseUpHardware white={parts.finishes.white} dark={parts.finishes.dark} />}
              </group>
              {PROBE_LAYOUT.filter((p) => !p.onBody).map(partMesh)}
            </>
          ) : (
            // Seen from the orbit camera the box never tilts: all parts in one draw.
            <mesh ref={merged} geometry={parts.merged.geometry} material={parts.mergedMaterial} />
          )}
        </group>
      </BodyMarker>
      <BodyMarker id="capsule" faceSun hideInside="probe">
        <mesh geometry={parts.geometries.capsule} material={parts.finishes.white} scale={[2.2, 2.2, 2.2]} />
      </BodyMarker>
    </>
  );
}
