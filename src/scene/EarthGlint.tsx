/**
 * The Earth as a camera millions of km away records it: a point far brighter than the sky, spread over a few
 * pixels by the optics. Drawn only on the probe's arm camera, over the true-size Earth (under a pixel there).
 */
import { useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { placeRelative, useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { radialGlowBillboard } from './radial-glow-billboard.ts';

const GLINT_DIAMETER_PX = 14;

const glint = () => radialGlowBillboard([
  [0, [225, 240, 255], 1], [0.16, [120, 180, 255], 1], [0.4, [50, 110, 235], 0.45], [1, [30, 70, 200], 0],
]);

export function EarthGlint() {
  const runtime = useSceneRuntime();
  const billboard = useMemo(() => {
    const s = glint();
    s.renderOrder = 3;
    return s;
  }, []);
  useFrame(({ camera }) => {
    billboard.visible = runtime.probeEye && runtime.bodies.valid.earth;
    if (!billboard.visible) return;
    placeRelative(billboard, runtime.bodies.posKm.earth, runtime.originKm);
    const kmPerPx = billboard.position.distanceTo(camera.position) * KM_PER_UNIT * runtime.kmPerPixelPerKm;
    billboard.scale.setScalar((GLINT_DIAMETER_PX * kmPerPx) / KM_PER_UNIT);
  });
  return <primitive object={billboard} />;
}
