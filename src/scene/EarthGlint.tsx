/**
 * The Earth as a camera millions of km away records it: a point far brighter than the sky, spread over a few
 * pixels by the optics. Drawn only on the probe's arm camera, over the true-size Earth (under a pixel there).
 */
import { useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { Sprite, SpriteMaterial } from 'three';
import { placeRelative, useSceneRuntime } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { withGlowBlending } from './glow-blending.ts';
import { radialGlowTexture } from './radial-glow-texture.ts';

const GLINT_DIAMETER_PX = 14;

const glintTexture = () => radialGlowTexture(64, [
  [0, 'rgba(225,240,255,1)'], [0.16, 'rgba(120,180,255,1)'], [0.4, 'rgba(50,110,235,0.45)'], [1, 'rgba(30,70,200,0)'],
]);

export function EarthGlint() {
  const runtime = useSceneRuntime();
  const sprite = useMemo(() => {
    const material = withGlowBlending(new SpriteMaterial({ map: glintTexture(), depthWrite: false, transparent: true }));
    const s = new Sprite(material);
    s.renderOrder = 3;
    s.raycast = () => {};
    return s;
  }, []);
  useFrame(({ camera }) => {
    sprite.visible = runtime.probeEye && runtime.bodies.valid.earth;
    if (!sprite.visible) return;
    placeRelative(sprite, runtime.bodies.posKm.earth, runtime.originKm);
    const kmPerPx = sprite.position.distanceTo(camera.position) * KM_PER_UNIT * runtime.kmPerPixelPerKm;
    sprite.scale.setScalar((GLINT_DIAMETER_PX * kmPerPx) / KM_PER_UNIT);
  });
  return <primitive object={sprite} />;
}
