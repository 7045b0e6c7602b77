/**
 * A thin sunlit haze for the Earth, drawn additively on a shell slightly larger than the globe. Per pixel it
 * finds the view ray's closest approach to the Earth's centre, b (in Earth radii): off the disc (b > 1) the
 * glow falls as exp(−(b − 1)/H) as the air along a grazing ray does; on the disc it grows with the slant path
 * 1/μ towards the limb, so the two meet at the edge without a seam. Lit by the Sun's side only.
 */
import { Color, FrontSide, ShaderMaterial, Vector3 } from 'three';
import { withGlowBlending } from './glow-blending.ts';

/** Scale height of the drawn haze, Earth radii (76 km): ten times the real air's, or the limb would be under a pixel. */
const SCALE_HEIGHT = 0.012;
/** The shell reaches where the glow has fallen to e⁻⁷. */
export const ATMOSPHERE_SHELL = 1 + 7 * SCALE_HEIGHT;

const vertexShader = /* glsl */ `
  varying vec3 vViewPos;
  varying vec3 vCentre;
  varying float vEarthRadius;
  void main() {
    vec4 viewPos = modelViewMatrix * vec4(position, 1.0);
    vViewPos = viewPos.xyz;
    vCentre = (modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
    vEarthRadius = length((modelViewMatrix * vec4(1.0, 0.0, 0.0, 0.0)).xyz) / ${ATMOSPHERE_SHELL.toFixed(6)};
    gl_Position = projectionMatrix * viewPos;
  }
`;

const fragmentShader = /* glsl */ `
  uniform vec3 sunDirection;
  uniform vec3 tint;
  uniform float strength;
  varying vec3 vViewPos;
  varying vec3 vCentre;
  varying float vEarthRadius;
  void main() {
    vec3 ray = normalize(vViewPos);
    // The ray's closest approach to the centre; from inside the haze, a ray climbing away from the Earth is
    // closest at the camera itself (the line behind the camera would graze the Earth and light a false ring).
    float b = dot(ray, vCentre) > 0.0 ? length(cross(ray, vCentre)) / vEarthRadius : length(vCentre) / vEarthRadius;
    float glow = b > 1.0
      ? exp(-(b - 1.0) / ${SCALE_HEIGHT.toFixed(6)})
      : min(1.0, 0.06 / sqrt(max(1.0 - b * b, 1e-4)));
    float day = smoothstep(-0.2, 0.4, dot(normalize(vViewPos - vCentre), sunDirection));
    gl_FragColor = vec4(tint, strength * glow * day);
    #include <colorspace_fragment>
  }
`;

export function atmosphereMaterial(): ShaderMaterial {
  return withGlowBlending(new ShaderMaterial({
    uniforms: {
      sunDirection: { value: new Vector3(1, 0, 0) },
      tint: { value: new Color(0.32, 0.58, 1.0) },
      strength: { value: 0 },
    },
    vertexShader, fragmentShader, side: FrontSide, transparent: true, depthWrite: false,
  }));
}
