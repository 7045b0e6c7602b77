/**
 * The probe's arm camera (view store `cameraMode`): looking back at the Earth, or at the current phase's target.
 * While it is on, the floating origin is the probe itself (the camera sits metres away, so float32 sees metres),
 * the near plane is 10 cm, the orbit controls rest, and bodies are drawn at true size (points stay ≥ 1.5 px).
 * Leaving it puts the orbit camera back where it was.
 */
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Matrix4, Quaternion, Vector3, type PerspectiveCamera } from 'three';
import type { Vec3 } from '../core/vec3.ts';
import type { MissionPhase } from '../core/mission/mission-result.ts';
import { EarthGlint } from './EarthGlint.tsx';
import { armCameraPose, probeEyeSubject, probeRollRad } from './probe-eye-camera.ts';
import { useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';

/** A wide monitoring camera. */
const PROBE_EYE_FOV_DEG = 50;
const NEAR_KM = 1e-4;
const FAR_UNITS = 2e4;
/** Radius in pixels below which a body is still drawn, as a bright point is on a real sensor. */
const POINT_SOURCE_MIN_PIXELS = 1.5;

interface ControlsLike { enabled: boolean }

export function ProbeEyeCamera({ phases }: { phases: readonly MissionPhase[] }) {
  const runtime = useSceneRuntime();
  const scratch = useRef({
    saved: null as { position: Vector3; quaternion: Quaternion; fov: number } | null,
    probe: [0, 0, 0] as Vec3, sun: [0, 0, 0] as Vec3, subject: [0, 0, 0] as Vec3,
    basis: new Matrix4(), right: new Vector3(), up: new Vector3(), back: new Vector3(),
  });

  useFrame(({ camera, controls }) => {
    const s = scratch.current;
    const perspective = camera as PerspectiveCamera;
    const orbitControls = controls as unknown as ControlsLike | null;
    const { bodies, originKm } = runtime;
    const subjectId = probeEyeSubject(runtime.viewStore.getState().cameraMode, phases, runtime.tdbSec);
    const placeable = subjectId !== null && bodies.valid.probe && bodies.valid[subjectId];
    if (!placeable) {
      // Orbit camera (also before launch, when there is no probe to ride on).
      if (s.saved) {
        perspective.position.copy(s.saved.position);
        perspective.quaternion.copy(s.saved.quaternion);
        perspective.fov = s.saved.fov;
        perspective.updateProjectionMatrix();
        perspective.updateMatrixWorld();
        s.saved = null;
      }
      if (orbitControls) orbitControls.enabled = true;
      runtime.probeEye = false;
      runtime.probeRollRad = 0;
      runtime.minPixelsOverride = null;
      return;
    }
    if (!s.saved) {
      s.saved = { position: perspective.position.clone(), quaternion: perspective.quaternion.clone(), fov: perspective.fov };
    }
    if (orbitControls) orbitControls.enabled = false;
    originKm.set(bodies.posKm.probe);
    for (let c = 0; c < 3; c++) {
      s.probe[c] = bodies.posKm.probe[c]!;
      s.sun[c] = bodies.posKm.sun[c]!;
      s.subject[c] = bodies.posKm[subjectId][c]!;
    }
    const pose = armCameraPose(s.probe, s.sun, s.subject);
    perspective.position.set(pose.offsetKm[0] / KM_PER_UNIT, pose.offsetKm[1] / KM_PER_UNIT, pose.offsetKm[2] / KM_PER_UNIT);
    s.up.set(pose.up[0], pose.up[1], pose.up[2]);
    s.back.set(-pose.forward[0], -pose.forward[1], -pose.forward[2]);
    s.right.crossVectors(s.up, s.back);
    s.basis.makeBasis(s.right, s.up, s.back);
    perspective.quaternion.setFromRotationMatrix(s.basis);
    // Labels project with the camera's matrices during this frame, before the renderer would update them.
    perspective.updateMatrixWorld();
    if (perspective.fov !== PROBE_EYE_FOV_DEG) {
      perspective.fov = PROBE_EYE_FOV_DEG;
      perspective.updateProjectionMatrix();
    }
    runtime.probeEye = true;
    runtime.probeRollRad = probeRollRad(pose.axes);
    runtime.minPixelsOverride = POINT_SOURCE_MIN_PIXELS;
  }, -1.5);

  // After the driver set its depth range from the distance to the origin: 10 cm to beyond the planets.
  useFrame(({ camera }) => {
    if (!runtime.probeEye) return;
    const perspective = camera as PerspectiveCamera;
    perspective.near = NEAR_KM / KM_PER_UNIT;
    perspective.far = FAR_UNITS;
    perspective.updateProjectionMatrix();
  }, -0.4);

  return <EarthGlint />;
}
