/**
 * 311P's dust tails as the camera sees them: six fanned ribbons away from the Sun (Hubble saw six in 2013: Jewitt
 * et al. 2013, ApJL 778, L21), each turned about its own axis to face the camera so it is never seen edge-on,
 * brightest near the nucleus, streaked along its length (dust from separate ejection episodes). Drawn in km at the
 * comet, not scaled with the nucleus's drawn size: a faint stub in the overview, the true length up close
 * (comet-tail-scale.ts).
 */
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide, ShaderMaterial, Vector3, type Group } from 'three';
import { useFramePhase } from './frame-pipeline.ts';
import { withGlowBlending } from './glow-blending.ts';
import { setRelative } from './scene-runtime.ts';
import { KM_PER_UNIT } from './scene-units.ts';
import { tailLook } from './comet-tail-scale.ts';

/** Illustrative fan: each tail's turn from the anti-Sun line (rad), width as a share of the length, relative length. */
const TAILS: readonly { yaw: number; pitch: number; width: number; length: number; seed: number }[] = [
  { yaw: -0.16, pitch: 0.02, width: 0.05, length: 0.8, seed: 1.3 },
  { yaw: -0.09, pitch: -0.01, width: 0.06, length: 0.95, seed: 2.9 },
  { yaw: -0.03, pitch: 0.015, width: 0.07, length: 1, seed: 4.1 },
  { yaw: 0.03, pitch: -0.02, width: 0.055, length: 0.9, seed: 5.7 },
  { yaw: 0.09, pitch: 0.01, width: 0.05, length: 0.75, seed: 7.2 },
  { yaw: 0.15, pitch: -0.005, width: 0.045, length: 0.6, seed: 8.8 },
];
const SEGMENTS = 24;

/** Per vertex: the tail's direction (local frame, -z anti-sunward), how far along (0–1) and across (-1…1), width, seed. */
function tailsGeometry(): BufferGeometry {
  const direction: number[] = [], along: number[] = [], across: number[] = [], shape: number[] = [], index: number[] = [];
  for (const tail of TAILS) {
    const d = new Vector3(0, 0, -1).applyAxisAngle(new Vector3(0, 1, 0), tail.yaw).applyAxisAngle(new Vector3(1, 0, 0), tail.pitch);
    const first = along.length;
    for (let i = 0; i <= SEGMENTS; i++) {
      const t = (i / SEGMENTS) ** 3; // finer near the nucleus (the first step ~2 km of 30,000), where a close-up looks
      for (const side of [-1, 1]) {
        direction.push(d.x, d.y, d.z);
        along.push(t * tail.length);
        across.push(side);
        shape.push(tail.width, tail.seed);
      }
      if (i < SEGMENTS) {
        const a = first + 2 * i;
        index.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
      }
    }
  }
  const geometry = new BufferGeometry();
  // Positions are made in the vertex shader; this attribute only sizes the draw.
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(direction.length), 3));
  geometry.setAttribute('tailDirection', new BufferAttribute(new Float32Array(direction), 3));
  geometry.setAttribute('along', new BufferAttribute(new Float32Array(along), 1));
  geometry.setAttribute('across', new BufferAttribute(new Float32Array(across), 1));
  geometry.setAttribute('shape', new BufferAttribute(new Float32Array(shape), 2));
  geometry.setIndex(index);
  return geometry;
}

function tailsMaterial(): ShaderMaterial {
  return withGlowBlending(new ShaderMaterial({
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
    uniforms: { lengthUnits: { value: 1 }, opacity: { value: 0.5 } },
    vertexShader: /* glsl */ `
      uniform float lengthUnits;
      attribute vec3 tailDirection;
      attribute float along;
      attribute float across;
      attribute vec2 shape;
      varying float vAlong;
      varying float vAcross;
      varying float vSeed;
      void main() {
        vec3 origin = (modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
        vec3 axis = normalize((modelViewMatrix * vec4(tailDirection, 0.0)).xyz);
        vec3 centre = origin + axis * along * lengthUnits;
        // Widened across the line of sight: the ribbon faces the camera about its own axis.
        vec3 side = cross(axis, normalize(-centre));
        float s = length(side);
        side = s > 1e-6 ? side / s : vec3(1.0, 0.0, 0.0);
        float halfWidth = shape.x * lengthUnits * pow(along, 0.8);
        vAlong = along;
        vAcross = across;
        vSeed = shape.y;
        gl_Position = projectionMatrix * vec4(centre + side * across * halfWidth, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform float opacity;
      varying float vAlong;
      varying float vAcross;
      varying float vSeed;
      void main() {
        float core = exp(-5.0 * vAcross * vAcross);
        float fade = pow(1.0 - clamp(vAlong, 0.0, 1.0), 1.6);
        // Streaks along the tail: a few bands across it, drifting with the distance from the nucleus.
        float band = 0.5 + 0.5 * sin(vAcross * 11.0 + vSeed * 3.0 + vAlong * 6.0) * sin(vAcross * 5.0 - vSeed);
        float streaks = 0.3 + 0.7 * band * band;
        // Colour unmultiplied, coverage in alpha: the same light on a black sky, and a right alpha on a clear one.
        gl_FragColor = vec4(0.78, 0.84, 1.0, opacity * core * fade * streaks);
      }`,
  }));
}

const sunScratch = new Vector3();

export function CometTails() {
  const tails = useMemo(() => ({ geometry: tailsGeometry(), material: tailsMaterial(), look: { lengthKm: 0, opacity: 0 } }), []);
  useEffect(() => () => {
    tails.geometry.dispose();
    tails.material.dispose();
  }, [tails]);
  const group = useRef<Group>(null);
  useFramePhase('objects', (frame) => {
    const g = group.current;
    if (!g) return;
    g.visible = frame.drawn['311p'] && frame.bodies.valid.sun;
    if (!g.visible) return;
    setRelative(g.position, frame.bodies.posKm['311p'], frame.originKm);
    setRelative(sunScratch, frame.bodies.posKm.sun, frame.originKm);
    g.lookAt(sunScratch);
    const distanceKm = Math.max(1e-6, g.position.distanceTo(frame.view.position) * KM_PER_UNIT);
    tailLook(distanceKm * frame.kmPerPixelPerKm, tails.look);
    tails.material.uniforms.lengthUnits!.value = tails.look.lengthKm / KM_PER_UNIT;
    tails.material.uniforms.opacity!.value = tails.look.opacity;
  });
  return (
    <group ref={group}>
      <mesh geometry={tails.geometry} material={tails.material} frustumCulled={false} raycast={() => null} />
    </group>
  );
}
