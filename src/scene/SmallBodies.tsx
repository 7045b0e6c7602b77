/** Kamoʻoalewa (a tumbling rock) and 311P/PANSTARRS (a dark nucleus trailing fanned anti-sunward dust tails). */
import { useMemo } from 'react';
import { ConeGeometry, DoubleSide, MeshLambertMaterial, ShaderMaterial } from 'three';
import { BodyMarker } from './BodyMarker.tsx';
import { rockGeometry } from './rock-geometry.ts';
import { withGlowBlending } from './glow-blending.ts';

/** Kamoʻoalewa turns in about 28 minutes (Sharkey et al. 2021, Communications Earth & Environment 2, 231). */
const KAMOOALEWA_SPIN_SEC = 28 * 60;
/** Tail length in nucleus radii as drawn: a poster proportion, not a measurement. */
const TAIL_LENGTH_RADII = 30;

function tailGeometry(): ConeGeometry {
  const cone = new ConeGeometry(1, 1, 12, 1, true);
  cone.translate(0, -0.5, 0); // apex at the origin, opening towards -y
  cone.rotateX(Math.PI / 2); // ... now towards -z, away from the Sun once the marker faces it
  return cone;
}

function tailMaterial(): ShaderMaterial {
  return withGlowBlending(new ShaderMaterial({
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
    uniforms: {},
    vertexShader: /* glsl */ `
      varying float vAlong;
      void main() {
        vAlong = clamp(-position.z, 0.0, 1.0);
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      varying float vAlong;
      void main() {
        float fade = pow(1.0 - vAlong, 1.8) * smoothstep(0.0, 0.04, vAlong);
        // Colour unmultiplied, coverage in alpha: the same light on a black sky, and a right alpha on a clear one.
        gl_FragColor = vec4(0.62, 0.78, 1.0, fade * 0.55);
      }`,
  }));
}

/** Hubble saw six tails in 2013 (Jewitt et al. 2013, ApJL 778, L21): drawn as six slightly fanned cones. */
const TAILS: readonly { yaw: number; pitch: number; width: number; length: number }[] = [
  { yaw: -0.16, pitch: 0.02, width: 0.05, length: 0.8 },
  { yaw: -0.09, pitch: -0.01, width: 0.06, length: 0.95 },
  { yaw: -0.03, pitch: 0.015, width: 0.07, length: 1 },
  { yaw: 0.03, pitch: -0.02, width: 0.055, length: 0.9 },
  { yaw: 0.09, pitch: 0.01, width: 0.05, length: 0.75 },
  { yaw: 0.15, pitch: -0.005, width: 0.045, length: 0.6 },
];

export function SmallBodies() {
  const kamooalewa = useMemo(() => rockGeometry(20_160_427), []);
  const nucleus = useMemo(() => rockGeometry(311, 1.15, 5), []);
  const rockMaterial = useMemo(() => new MeshLambertMaterial({ color: '#a8927a', flatShading: true, emissive: '#3a3028', emissiveIntensity: 0.5 }), []);
  const nucleusMaterial = useMemo(() => new MeshLambertMaterial({ color: '#8e98a3', flatShading: true, emissive: '#2a3340', emissiveIntensity: 0.6 }), []);
  const tail = useMemo(() => ({ geometry: tailGeometry(), material: tailMaterial() }), []);
  return (
    <>
      <BodyMarker id="kamooalewa" spinPeriodSec={KAMOOALEWA_SPIN_SEC}>
        <mesh geometry={kamooalewa} material={rockMaterial} />
      </BodyMarker>
      <BodyMarker id="311p" faceSun>
        <mesh geometry={nucleus} material={nucleusMaterial} />
        {TAILS.map((t, i) => (
          <mesh
            key={i}
            geometry={tail.geometry}
            material={tail.material}
            rotation={[t.pitch, t.yaw, 0]}
            scale={[t.width * TAIL_LENGTH_RADII, t.width * TAIL_LENGTH_RADII, t.length * TAIL_LENGTH_RADII]}
            raycast={() => null}
          />
        ))}
      </BodyMarker>
    </>
  );
}
