/**
 * A fixed-seed sky of faint stars, drawn at infinity: only the camera's rotation moves it, whatever the zoom or
 * origin (the shader pins each point to the far plane).
 */
import { useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { AdditiveBlending, BufferAttribute, BufferGeometry, Points, ShaderMaterial } from 'three';
import { seededRandom } from '../core/seeded-random.ts';

const STAR_COUNT = 2600;

function starGeometry(): BufferGeometry {
  const random = seededRandom(2_025_0528);
  const position = new Float32Array(3 * STAR_COUNT);
  const color = new Float32Array(3 * STAR_COUNT);
  const size = new Float32Array(STAR_COUNT);
  for (let i = 0; i < STAR_COUNT; i++) {
    const z = 2 * random() - 1;
    const phi = 2 * Math.PI * random();
    const r = Math.sqrt(1 - z * z);
    position.set([r * Math.cos(phi), z, r * Math.sin(phi)], 3 * i);
    // Many faint stars, few bright ones; a slight blue-white-yellow spread.
    const brightness = 0.1 + 0.55 * random() ** 4;
    const tint = random();
    color.set([
      brightness * (tint > 0.8 ? 1 : 0.85 + 0.15 * tint),
      brightness * 0.93,
      brightness * (tint < 0.3 ? 1 : 0.78 + 0.2 * tint),
    ], 3 * i);
    size[i] = 1.2 + 2.0 * random() ** 6;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('color', new BufferAttribute(color, 3));
  geometry.setAttribute('size', new BufferAttribute(size, 1));
  return geometry;
}

export function Starfield() {
  const dpr = useThree((s) => s.viewport.dpr);
  const points = useMemo(() => {
    const material = new ShaderMaterial({
      transparent: true,
      depthWrite: false,
      blending: AdditiveBlending,
      uniforms: { pixelRatio: { value: 1 } },
      vertexShader: /* glsl */ `
        attribute float size;
        attribute vec3 color;
        uniform float pixelRatio;
        varying vec3 vColor;
        void main() {
          vColor = color;
          vec4 clip = projectionMatrix * vec4(mat3(viewMatrix) * position, 1.0);
          clip.z = clip.w * 0.99999;
          gl_Position = clip;
          gl_PointSize = size * pixelRatio;
        }`,
      fragmentShader: /* glsl */ `
        varying vec3 vColor;
        void main() {
          float d = length(gl_PointCoord - 0.5);
          float a = smoothstep(0.5, 0.15, d);
          gl_FragColor = vec4(vColor * a, 1.0);
        }`,
    });
    const p = new Points(starGeometry(), material);
    p.frustumCulled = false;
    p.renderOrder = -10;
    p.raycast = () => {};
    return p;
  }, []);
  (points.material as ShaderMaterial).uniforms.pixelRatio!.value = dpr;
  return <primitive object={points} />;
}
