/** The Sun with its glow, the planets and the Moon, lit by one point light at the Sun (SceneLights). */
import { useMemo, useRef } from 'react';
import { Color, MeshBasicMaterial, MeshLambertMaterial, type Material, type Mesh, type PointLight } from 'three';
import { BODIES, BODY_BY_ID, type BodyId } from '../core/bodies.ts';
import { BodyMarker } from './BodyMarker.tsx';
import { EarthGlobe } from './EarthGlobe.tsx';
import { useFramePhase } from './frame-pipeline.ts';
import { placeRelative } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { radialGlowBillboard } from './radial-glow-billboard.ts';
import { DEFAULT_SPHERE, sphereForRadiusPx } from './sphere-detail.ts';

/** The Earth has a globe of its own. */
const PLANETS: readonly BodyId[] = BODIES.filter((body) => body.kind === 'planet' && body.id !== 'earth').map((body) => body.id);

function planetMaterial(id: BodyId): MeshLambertMaterial {
  const color = new Color(BODY_BY_ID[id].color);
  // Lambert, not the PBR standard material: its shader compiles several times faster in software WebGL. A little self-light keeps the night side of a 4-pixel planet from vanishing into the sky.
  return new MeshLambertMaterial({ color, emissive: color, emissiveIntensity: 0.22 });
}

const sunGlow = () => radialGlowBillboard([
  [0, [255, 250, 230], 1], [0.08, [255, 236, 180], 0.85], [0.22, [255, 190, 100], 0.32],
  [0.5, [255, 150, 60], 0.08], [1, [255, 120, 40], 0],
]);

function SunGlow() {
  const glow = useMemo(() => {
    const s = sunGlow();
    s.renderOrder = 2;
    return s;
  }, []);
  useFramePhase('objects', (frame) => {
    placeRelative(glow, frame.bodies.posKm.sun, frame.originKm);
    const distanceKm = glow.position.distanceTo(frame.view.position) * KM_PER_UNIT;
    const kmPerPx = distanceKm * frame.kmPerPixelPerKm;
    const sunRadiusKm = BODY_BY_ID.sun.radiusKm;
    const diameterKm = Math.max(sunRadiusKm * 14, 150 * kmPerPx);
    glow.scale.setScalar(Math.min(diameterKm, 900 * kmPerPx) / KM_PER_UNIT);
  });
  return <primitive object={glow} />;
}

/** A body's sphere, as fine as its drawn size needs (BodyMarker has measured it in the frame's first phase). */
function BodySphere({ id, material }: { id: BodyId; material: Material }) {
  const mesh = useRef<Mesh>(null);
  useFramePhase('objects', (frame) => {
    if (mesh.current) mesh.current.geometry = sphereForRadiusPx(frame.drawnRadiusPx[id]);
  });
  return <mesh ref={mesh} geometry={DEFAULT_SPHERE} material={material} />;
}

/** Outside the compiled stages: programs are compiled for the lights in view. */
export function SceneLights() {
  const light = useRef<PointLight>(null);
  useFramePhase('bodies', (frame) => {
    if (light.current) placeRelative(light.current, frame.bodies.posKm.sun, frame.originKm);
  });
  return (
    <>
      <ambientLight intensity={0.06} />
      <pointLight ref={light} intensity={3.2} decay={0} color="#fff6e8" />
    </>
  );
}

export function SolarSystemBodies() {
  const sunMaterial = useMemo(() => new MeshBasicMaterial({ color: BODY_BY_ID.sun.color }), []);
  const materials = useMemo(() => Object.fromEntries([...PLANETS, 'moon' as const].map((id) => [id, planetMaterial(id)])), []);
  return (
    <>
      <BodyMarker id="sun">
        <BodySphere id="sun" material={sunMaterial} />
      </BodyMarker>
      <SunGlow />
      {PLANETS.map((id) => (
        <BodyMarker key={id} id={id}>
          <BodySphere id={id} material={materials[id]!} />
        </BodyMarker>
      ))}
      <BodyMarker id="earth">
        <EarthGlobe />
      </BodyMarker>
      <BodyMarker id="moon" hideInside="earth">
        <BodySphere id="moon" material={materials.moon!} />
      </BodyMarker>
    </>
  );
}
