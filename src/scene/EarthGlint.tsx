/**
 * The Earth as a camera millions of km away records it: a point far brighter than the sky, spread over a few
 * pixels by the optics. Drawn only on the probe's arm camera, over the true-size Earth (under a pixel there).
 */
import { useMemo } from 'react';
import { useFramePhase } from './frame-pipeline.ts';
import { placeRelative } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { radialGlowBillboard } from './radial-glow-billboard.ts';

const GLINT_DIAMETER_PX = 14;

const glint = () => radialGlowBillboard([
  [0, [225, 240, 255], 1], [0.16, [120, 180, 255], 1], [0.4, [50, 110, 235], 0.45], [1, [30, 70, 200], 0],
]);

export function EarthGlint() {
  const billboard = useMemo(() => {
    const s = glint();
    s.renderOrder = 3;
    return s;
  }, []);
  useFramePhase('objects', (frame) => {
    billboard.visible = frame.probeEye && frame.bodies.valid.earth;
    if (!billboard.visible) return;
    placeRelative(billboard, frame.bodies.posKm.earth, frame.originKm);
    const kmPerPx = billboard.position.distanceTo(frame.view.position) * KM_PER_UNIT * frame.kmPerPixelPerKm;
    billboard.scale.setScalar((GLINT_DIAMETER_PX * kmPerPx) / KM_PER_UNIT);
  });
  return <primitive object={billboard} />;
}
