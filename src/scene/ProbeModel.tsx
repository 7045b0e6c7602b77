/**
 * Tianwen-2 in the scene, at true scale: the poster model (probe-model/build-probe-model.ts, physically based, lit
 * by the point light at the Sun) whenever the probe is drawn large enough to show it, and its one-draw far variant
 * otherwise. The wings face the Sun (BodyMarker's faceSun turns the model's +z to it); the probe's-eye views roll
 * the probe towards their subject and lean the body on its wing axis so the deck catches the Sun. The return
 * capsule rides on the deck until it separates, then is drawn on its own track.
 */
import { useEffect, useMemo, useRef } from 'react';
import { MeshLambertMaterial, type Group } from 'three';
import { BODY_BY_ID } from '../core/bodies.ts';
import { DECK_SUN_TILT_RAD } from '../state/camera/probe-eye.ts';
import { BodyMarker } from './BodyMarker.tsx';
import { useFramePhase } from './frame-pipeline.ts';
import { buildTianwenModel, type TianwenModel } from './probe-model/build-probe-model.ts';
import { farProbe } from './probe-model/far-probe.ts';
import { FAR_MODEL_BELOW_PX } from './probe-model/probe-dimensions.ts';
import { probePartGeometries } from './probe-layout.ts';

/** Model metres to the marker's units (its children are modelled with radius 1 = the catalogue's half-span). */
const MODEL_SCALE = 1 / (BODY_BY_ID.probe.radiusKm * 1000);
/** The capsule is modelled 0.75 m across in probe-layout's parts; its marker's radius 1 is half that. */
const CAPSULE_SCALE = 1 / (BODY_BY_ID.capsule.radiusKm * 1000);

export interface ProbeModelProps {
  /** The capsule leaves the probe here (the capsule track's first sample); null before the path is ready. */
  capsuleSeparationTdbSec: number | null;
}

/**
 * The close model is built the first time it is wanted (a few hundred ms computing its maps, then its three
 * programs compile): the overview, which only ever shows the far variant, pays nothing for it.
 */
function useCloseModel() {
  const model = useRef<TianwenModel | null>(null);
  useEffect(() => () => {
    model.current?.dispose();
    model.current = null;
  }, []);
  return (holder: Group): TianwenModel => {
    if (!model.current) {
      model.current = buildTianwenModel();
      holder.add(model.current.group);
    }
    return model.current;
  };
}

export function ProbeModel({ capsuleSeparationTdbSec }: ProbeModelProps) {
  const far = useMemo(() => farProbe(), []);
  const capsule = useMemo(() => ({
    geometry: probePartGeometries().capsule,
    material: new MeshLambertMaterial({ color: '#eceae4', emissive: '#555049', emissiveIntensity: 0.4 }),
  }), []);
  useEffect(() => () => {
    far.dispose();
    capsule.geometry.dispose();
    capsule.material.dispose();
  }, [far, capsule]);
  const closeModel = useCloseModel();
  const roll = useRef<Group>(null);
  const closeHolder = useRef<Group>(null);

  useFramePhase('objects', (frame) => {
    if (!roll.current || !closeHolder.current) return;
    roll.current.rotation.z = frame.probeRollRad;
    const onBoard = capsuleSeparationTdbSec === null || frame.tdbSec < capsuleSeparationTdbSec;
    const close = frame.probeEye || 2 * frame.drawnRadiusPx.probe >= FAR_MODEL_BELOW_PX * frame.pixelScale;
    far.mesh.visible = !close;
    far.setCapsuleAttached(onBoard);
    if (!close && !closeHolder.current.children.length) return;
    const model = closeModel(closeHolder.current);
    model.group.visible = close;
    model.setCapsuleAttached(onBoard);
    model.body.rotation.x = frame.probeEye ? DECK_SUN_TILT_RAD : 0;
  });

  return (
    <>
      <BodyMarker id="probe" faceSun>
        <group ref={roll} scale={[MODEL_SCALE, MODEL_SCALE, MODEL_SCALE]}>
          <primitive object={far.mesh} />
          <group ref={closeHolder} />
        </group>
      </BodyMarker>
      {/* On its own the capsule flies heat shield first (its wide end), as it meets the air. */}
      <BodyMarker id="capsule" headingFrom="earth" faceSun hideInside="probe">
        <mesh geometry={capsule.geometry} material={capsule.material} scale={[CAPSULE_SCALE, CAPSULE_SCALE, CAPSULE_SCALE]} />
      </BodyMarker>
    </>
  );
}

