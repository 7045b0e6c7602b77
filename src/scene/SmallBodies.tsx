/** Kamoʻoalewa (a tumbling rock) and 311P/PANSTARRS (a dark nucleus trailing fanned anti-sunward dust tails). */
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, type BufferGeometry, ConeGeometry, type Mesh, DoubleSide, Euler, Matrix4, MeshLambertMaterial, ShaderMaterial } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { BodyMarker } from './BodyMarker.tsx';
import { FINE_ROCK, rockGeometry } from './rock-geometry.ts';
import { useFramePhase } from './frame-pipeline.ts';
import { KAMOOALEWA_SPIN_SEC } from './small-body-spin.ts';
import { withGlowBlending } from './glow-blending.ts';

/** Above this drawn radius, px, the rock shows its craters (the fine geometry, built the first time it is needed). */
const FINE_ROCK_ABOVE_PX = 24;
/** Tail length in nucleus radii as drawn: a poster proportion, not a measurement. */
const TAIL_LENGTH_RADII = 30;

/** One cone, apex at the origin, opening towards -z (away from the Sun once the marker faces it), length 1. */
function tailCone(): ConeGeometry {
  const cone = new ConeGeometry(1, 1, 12, 1, true);
  cone.translate(0, -0.5, 0);
  cone.rotateX(Math.PI / 2);
  // How far along its own tail each vertex is (0 at the nucleus, 1 at the end), kept through the fanning below.
  const position = cone.getAttribute('position');
  cone.setAttribute('along', new BufferAttribute(Float32Array.from({ length: position.count }, (_, i) => -position.getZ(i)), 1));
  return cone;
}

/** The fanned tails as one geometry: one draw instead of one per tail. */
function tailsGeometry() {
  const cone = tailCone();
  const fanned = TAILS.map((t) => {
    const width = t.width * TAIL_LENGTH_RADII;
    const rotateThenScale = new Matrix4().makeRotationFromEuler(new Euler(t.pitch, t.yaw, 0))
      .multiply(new Matrix4().makeScale(width, width, t.length * TAIL_LENGTH_RADII));
    return cone.clone().applyMatrix4(rotateThenScale);
  });
  const merged = mergeGeometries(fanned);
  if (!merged) throw new Error('the comet tails could not be merged');
  return merged;
}

function tailMaterial(): ShaderMaterial {
  return withGlowBlending(new ShaderMaterial({
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
    uniforms: {},
    vertexShader: /* glsl */ `
      attribute float along;
      varying float vAlong;
      void main() {
        vAlong = clamp(along, 0.0, 1.0);
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

/**
 * Kamoʻoalewa's shape is illustrative (no shape model is published): a rock elongated 1.35 : 1 : 0.9, its longest
 * axis the catalogue's 70 m (within the published 40–100 m diameter), lit only by the Sun and a faint self-light.
 */
function Kamooalewa() {
  const coarse = useMemo(() => ({
    geometry: rockGeometry(KAMOOALEWA_SEED),
    material: new MeshLambertMaterial({ color: '#a8927a', emissive: '#3a3028', emissiveIntensity: 0.5 }),
  }), []);
  const fine = useRef<{ geometry: BufferGeometry; material: MeshLambertMaterial } | null>(null);
  const mesh = useRef<Mesh>(null);
  useEffect(() => () => {
    coarse.geometry.dispose();
    coarse.material.dispose();
    fine.current?.geometry.dispose();
    fine.current?.material.dispose();
  }, [coarse]);
  useFramePhase('objects', (frame) => {
    if (!mesh.current) return;
    const close = frame.drawnRadiusPx.kamooalewa > FINE_ROCK_ABOVE_PX * frame.pixelScale;
    if (close && !fine.current) {
      fine.current = {
        geometry: rockGeometry(KAMOOALEWA_SEED, 1.35, 7, FINE_ROCK),
        // Up close the night side is the Sun's to light: a faint self-light only, so the spin reads.
        material: new MeshLambertMaterial({ color: '#a38b72', emissive: '#3a3028', emissiveIntensity: 0.12 }),
      };
    }
    const look = close && fine.current ? fine.current : coarse;
    mesh.current.geometry = look.geometry;
    mesh.current.material = look.material;
  });
  return (
    <BodyMarker id="kamooalewa" spinPeriodSec={KAMOOALEWA_SPIN_SEC}>
      <mesh ref={mesh} geometry={coarse.geometry} material={coarse.material} />
    </BodyMarker>
  );
}

const KAMOOALEWA_SEED = 20_160_427;

export function SmallBodies() {
  const nucleus = useMemo(() => rockGeometry(311, 1.15, 5), []);
  const nucleusMaterial = useMemo(() => new MeshLambertMaterial({ color: '#8e98a3', emissive: '#2a3340', emissiveIntensity: 0.6 }), []);
  const tail = useMemo(() => ({ geometry: tailsGeometry(), material: tailMaterial() }), []);
  return (
    <>
      <Kamooalewa />
      <BodyMarker id="311p" faceSun>
        <mesh geometry={nucleus} material={nucleusMaterial} />
        <mesh geometry={tail.geometry} material={tail.material} raycast={() => null} />
      </BodyMarker>
    </>
  );
}
